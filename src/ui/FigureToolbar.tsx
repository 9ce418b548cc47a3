import { useState } from 'react';
import { useMessages } from '../i18n';
import { downloadPng, downloadSvg } from './exportFigure';
import { uiMessages } from './messages';

export interface FigureToolbarProps {
  /** Returns the chart's SVG element at the moment of export (null if it is not rendered). */
  getSvg: () => SVGSVGElement | null;
  /** File name without extension, e.g. "perceptron-boundary". */
  filename: string;
  className?: string;
}

/** Two small buttons that download a chart as SVG or PNG. A failure is shown inline, never thrown. */
export function FigureToolbar({ getSvg, filename, className }: FigureToolbarProps) {
  const m = useMessages(uiMessages);
  const [failed, setFailed] = useState(false);

  const run = async (kind: 'svg' | 'png') => {
    const svg = getSvg();
    setFailed(false);
    try {
      if (!svg) throw new Error('no figure');
      if (kind === 'svg') downloadSvg(svg, filename);
      else await downloadPng(svg, filename);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className={`ga-figure-toolbar${className ? ` ${className}` : ''}`}>
      <button type="button" className="ga-button ga-button--small" aria-label={m.downloadSvg} title={m.downloadSvg}
        onClick={() => void run('svg')}>SVG</button>
      <button type="button" className="ga-button ga-button--small" aria-label={m.downloadPng} title={m.downloadPng}
        onClick={() => void run('png')}>PNG</button>
      <span className="ga-figure-toolbar__status" role="status">{failed ? m.exportFailed : ''}</span>
    </div>
  );
}
