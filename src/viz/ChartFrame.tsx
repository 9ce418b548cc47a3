import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { FigureToolbar } from '../ui/FigureToolbar';
import './viz.css';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** Figure title: the visible caption, the SVG's `<title>` and its `aria-label`. */
  title: string;
  /** Width of the SVG viewBox in user units; the SVG itself scales to its container. */
  width: number;
  /** Height of the SVG viewBox in user units. */
  height: number;
  /** Ref the chart uses to read the SVG (pointer positions, downloads). */
  svgRef: RefObject<SVGSVGElement | null>;
  /** Download file name without extension; defaults to a slug of the title. */
  filename?: string;
  /** Text for screen readers, announced politely when it changes (hover/keyboard read-outs). */
  live?: string;
  /** Keyboard instructions. When given, the SVG is focusable and describes itself with this text. */
  hint?: string;
  onKeyDown?: (event: KeyboardEvent<SVGSVGElement>) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  onPointerLeave?: () => void;
  /** Extra class on the `<figure>`. */
  className?: string;
  /** The SVG content (React-rendered elements). */
  children: ReactNode;
}

/**
 * viewBox units per rem of displayed width: charts never grow beyond the size at which their
 * 12-unit text reads as 0.8 rem, so small matrices do not blow up to the column width.
 * (Presenter mode enlarges the rem and with it every chart.)
 */
const UNITS_PER_REM = 15;

/**
 * Uniform frame of every chart: a `<figure>` with the title as `<figcaption>`, the download
 * toolbar, a responsive `<svg viewBox role="img">` and a visually hidden aria-live region.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, width, height, svgRef, live, hint } = props;
  const hintId = `ga-hint-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const focusable = hint !== undefined;
  return (
    <figure
      className={props.className ? `ga-figure ${props.className}` : 'ga-figure'}
      style={{ maxWidth: `${Math.round((width / UNITS_PER_REM) * 100) / 100}rem` }}
    >
      <figcaption className="ga-figure-title">{title}</figcaption>
      <div className="ga-figure-tools">
        <FigureToolbar getSvg={() => svgRef.current} filename={props.filename ?? slugify(title)} />
      </div>
      <svg
        ref={svgRef}
        className="ga-chart"
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={focusable ? hintId : undefined}
        tabIndex={focusable ? 0 : undefined}
        onKeyDown={props.onKeyDown}
        onFocus={props.onFocus}
        onBlur={props.onBlur}
        onPointerLeave={props.onPointerLeave}
      >
        <title>{title}</title>
        {props.children}
      </svg>
      {focusable && <p id={hintId} className="ga-sr-only">{hint}</p>}
      <div className="ga-sr-only" aria-live="polite" aria-atomic="true">{live ?? ''}</div>
    </figure>
  );
}

/** A file-name slug of `text`: ASCII lower case, diacritics removed ("Hàm mất mát" → "ham-mat-mat"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'figure';
}
