import { useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMessages } from '../i18n';
import { uiMessages } from './messages';

export interface TexProps {
  /** TeX source of the formula (KaTeX subset). Use `tex\`…\`` from lib/texNumber to insert live numbers. */
  math: string;
  /** Display (block, centred) rather than inline math. Default false. */
  display?: boolean;
  className?: string;
  /** Spoken text replacing KaTeX's MathML reading, e.g. "w one equals zero point five". */
  ariaLabel?: string;
}

type Rendered = { html: string } | { error: string };

/**
 * Renders TeX to HTML + MathML once per (source, mode). Untrusted commands (\href, \url, \html…)
 * are refused (`trust: false`); a malformed formula is returned as an error instead of thrown.
 */
export function renderTex(math: string, display: boolean): Rendered {
  try {
    return { html: katex.renderToString(math, { displayMode: display, throwOnError: true, trust: false, output: 'htmlAndMathml' }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A KaTeX formula. A formula error does not throw: it shows a small visible box
 * (class `ga-tex-error`) with the error text, so one typo never takes down a lesson.
 */
export function Tex({ math, display = false, className, ariaLabel }: TexProps) {
  const m = useMessages(uiMessages);
  const out = useMemo(() => renderTex(math, display), [math, display]);
  if ('error' in out) {
    return (
      <span className={`ga-tex-error${display ? ' ga-tex-error--display' : ''}`} title={math}>
        {m.formulaError}: {out.error}
      </span>
    );
  }
  const cls = ['ga-tex', display ? 'ga-tex--display' : '', className ?? ''].filter(Boolean).join(' ');
  return ariaLabel
    ? <span className={cls} role="img" aria-label={ariaLabel} dangerouslySetInnerHTML={{ __html: out.html }} />
    : <span className={cls} dangerouslySetInnerHTML={{ __html: out.html }} />;
}
