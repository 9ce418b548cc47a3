import { describe, expect, it } from 'vitest';
import { parseInline, parseProse } from './prose';

describe('prose markup', () => {
  it('splits inline math from text', () => {
    expect(parseInline('the loss $L = (y - t)^2$ falls')).toEqual([
      { type: 'text', text: 'the loss ' },
      { type: 'math', tex: 'L = (y - t)^2', display: false },
      { type: 'text', text: ' falls' },
    ]);
  });
  it('display math with $$', () => {
    expect(parseInline('so $$a*b$$ holds')[1]).toEqual({ type: 'math', tex: 'a*b', display: true });
  });
  it('bold and emphasis, and bold around math', () => {
    expect(parseInline('**the gradient $g$** is *small*')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'the gradient ' }, { type: 'math', tex: 'g', display: false }] },
      { type: 'text', text: ' is ' },
      { type: 'em', children: [{ type: 'text', text: 'small' }] },
    ]);
  });
  it('an asterisk between spaces and an unclosed marker stay literal', () => {
    expect(parseInline('2 * 3 and *open')).toEqual([{ type: 'text', text: '2 * 3 and *open' }]);
  });
  it('an escaped dollar and an unclosed dollar are text', () => {
    expect(parseInline('costs \\$5 or $6')).toEqual([{ type: 'text', text: 'costs $5 or $6' }]);
  });
  it('blank lines separate paragraphs; extra blank lines are ignored', () => {
    const ps = parseProse('one\nline\n\n  \n\ntwo');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toEqual([{ type: 'text', text: 'one\nline' }]);
  });
});
