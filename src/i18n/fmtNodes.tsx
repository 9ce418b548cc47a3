import { Fragment, type ReactNode } from 'react';

/**
 * Like {@link fmt}, but a parameter may be a React node (e.g. a corpus word in `<span lang="en">`
 * inside a Vietnamese sentence). Unknown placeholders are left visible, as in fmt.
 */
export function fmtNodes(message: string, params: Record<string, ReactNode>): ReactNode {
  const parts = message.split(/\{(\w+)\}/);
  return parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const value = Object.prototype.hasOwnProperty.call(params, part) ? params[part] : `{${part}}`;
    return <Fragment key={i}>{value}</Fragment>;
  });
}

/** A word of the English corpus quoted in a sentence of either language. */
export function EnglishWord({ children }: { children: ReactNode }) {
  return <span lang="en">{children}</span>;
}
