import type { ReactNode } from 'react';
import { divergingColor, sequentialColor, textColorOn } from '../../viz/palettes';
import type { TokenSpan } from '../../models/text/tokenize';

interface Props {
  text: string;
  tokens: readonly TokenSpan[];
  /** Value per token (null: no colour, e.g. an unknown word). */
  values: readonly (number | null)[];
  /** Colour tokens with index < shown; the token at shown − 1 is outlined. */
  shown: number;
  maxAbs: number;
  /** 'diverging' for signed values (log-likelihood ratios), 'sequential' for weights in [0, max]. */
  scale?: 'diverging' | 'sequential';
  testId?: string;
  label: string;
}

function colour(v: number, maxAbs: number, scale: 'diverging' | 'sequential'): string {
  return scale === 'diverging' ? divergingColor(v, maxAbs) : sequentialColor(v, 0, maxAbs);
}

/** The original text with each token highlighted in place by its value. */
export function TokenText({ text, tokens, values, shown, maxAbs, scale = 'diverging', testId, label }: Props) {
  const out: ReactNode[] = [];
  let at = 0;
  tokens.forEach((t, i) => {
    if (t.start > at) out.push(text.slice(at, t.start));
    const v = values[i];
    const on = i < shown && v !== null && v !== undefined;
    const bg = on ? colour(v, maxAbs, scale) : undefined;
    out.push(
      <mark key={i} className={`ga-tc-token${i === shown - 1 ? ' ga-tc-token--current' : ''}${on ? '' : ' ga-tc-token--off'}`}
        style={bg ? { background: bg, color: textColorOn(bg) } : undefined} data-i={i}>
        {text.slice(t.start, t.end)}
      </mark>,
    );
    at = t.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <div className="ga-tc-text" lang="en" aria-label={label} role="region" tabIndex={0} data-testid={testId}>{out}</div>;
}
