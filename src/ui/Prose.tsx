import { useMemo, type ReactNode } from 'react';
import { parseProse, type ProseNode } from '../lib/prose';
import { Tex } from './Tex';

export interface ProseProps {
  /**
   * Prose from a message catalog: `$…$` inline math, `$$…$$` display math, `**bold**`, `*em*`,
   * blank lines between paragraphs, `\$` for a dollar sign.
   */
  text: string;
  className?: string;
}

function renderNodes(nodes: ProseNode[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text': return n.text;
      case 'math': return <Tex key={i} math={n.tex} display={n.display} />;
      case 'strong': return <strong key={i}>{renderNodes(n.children)}</strong>;
      case 'em': return <em key={i}>{renderNodes(n.children)}</em>;
    }
  });
}

/** Renders a prose message string as paragraphs with KaTeX math and light emphasis. */
export function Prose({ text, className }: ProseProps) {
  const paragraphs = useMemo(() => parseProse(text), [text]);
  return (
    <div className={`ga-prose${className ? ` ${className}` : ''}`}>
      {paragraphs.map((p, i) => <p key={i}>{renderNodes(p)}</p>)}
    </div>
  );
}
