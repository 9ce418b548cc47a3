/**
 * A tiny markup for lesson prose kept in message catalogs: `$…$` inline math, `$$…$$` display math,
 * `**bold**`, `*emphasis*`, and blank lines between paragraphs. `\$` is a literal dollar sign.
 * Math is taken first, so `*` inside a formula is never emphasis. Unclosed markers stay literal text.
 */

/** One piece of a paragraph. */
export type ProseNode =
  | { type: 'text'; text: string }
  | { type: 'math'; tex: string; display: boolean }
  | { type: 'strong' | 'em'; children: ProseNode[] };

/** A paragraph is a list of inline pieces. */
export type ProseParagraph = ProseNode[];

type Token =
  | { t: 'text'; v: string }
  | { t: 'math'; v: string; display: boolean }
  | { t: 'mark'; v: '**' | '*'; open: boolean; close: boolean };

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Index of the next unescaped `delim` at or after `from`, or −1. */
function findClosing(s: string, delim: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s.startsWith(delim, i)) return i;
  }
  return -1;
}

/** Splits a paragraph into text, math and emphasis-marker tokens. */
function lex(s: string): Token[] {
  const out: Token[] = [];
  let text = '';
  const flush = () => { if (text) out.push({ t: 'text', v: text }); text = ''; };
  for (let i = 0; i < s.length; i++) {
    if (s.startsWith('\\$', i)) { text += '$'; i++; continue; }
    if (s[i] === '$') {
      const delim = s.startsWith('$$', i) ? '$$' : '$';
      const end = findClosing(s, delim, i + delim.length);
      if (end > i + delim.length) {
        flush();
        out.push({ t: 'math', v: s.slice(i + delim.length, end).trim(), display: delim === '$$' });
        i = end + delim.length - 1;
        continue;
      }
    }
    if (s[i] === '*') {
      const v = s.startsWith('**', i) ? '**' : '*';
      flush();
      // Like Markdown: an opener is followed by a non-space, a closer preceded by one ("2 * 3" stays text).
      out.push({ t: 'mark', v, open: !isSpace(s[i + v.length]), close: !isSpace(s[i - 1]) });
      i += v.length - 1;
      continue;
    }
    text += s[i];
  }
  flush();
  return out;
}

interface Frame { mark: '**' | '*' | null; children: ProseNode[] }

function pushText(children: ProseNode[], text: string) {
  const last = children[children.length - 1];
  if (last && last.type === 'text') last.text += text;
  else children.push({ type: 'text', text });
}

function appendAll(target: ProseNode[], nodes: ProseNode[]) {
  for (const n of nodes) if (n.type === 'text') pushText(target, n.text); else target.push(n);
}

/** Builds the nested inline tree of one paragraph. */
export function parseInline(s: string): ProseParagraph {
  const stack: Frame[] = [{ mark: null, children: [] }];
  for (const tok of lex(s)) {
    const top = stack[stack.length - 1];
    if (tok.t === 'text') pushText(top.children, tok.v);
    else if (tok.t === 'math') top.children.push({ type: 'math', tex: tok.v, display: tok.display });
    else if (top.mark === tok.v && tok.close && top.children.length > 0) {
      stack.pop();
      stack[stack.length - 1].children.push({ type: tok.v === '**' ? 'strong' : 'em', children: top.children });
    } else if (tok.open) stack.push({ mark: tok.v, children: [] });
    else pushText(top.children, tok.v);
  }
  // Unclosed markers: give back their text and contents to the enclosing frame.
  while (stack.length > 1) {
    const f = stack.pop()!;
    const parent = stack[stack.length - 1].children;
    pushText(parent, f.mark ?? '');
    appendAll(parent, f.children);
  }
  return stack[0].children;
}

/** Splits prose into paragraphs at blank lines and parses each one; empty paragraphs are dropped. */
export function parseProse(text: string): ProseParagraph[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parseInline);
}
