import { describe, expect, it } from 'vitest';
import { BOS, countPieces, learnBpe, pieces, Tokenizer, unknownChars, type MergeStep } from './bpe';

const text = ['low low low low low lower lower newest newest newest newest newest newest widest widest widest'];

describe('byte-pair encoding', () => {
  it('pieces keep the space before a word and split punctuation', () => {
    expect(pieces('The cat, 1961!')).toEqual(['the', ' cat', ',', ' 1961', '!']);
    expect(pieces('a  b').join('')).toBe('a  b');
  });

  it('learns the most frequent pair first, weighted by piece counts (Sennrich et al. example)', () => {
    const steps: MergeStep[] = [];
    const m = learnBpe(countPieces(text), 4, { topPairs: 3, onStep: (s) => steps.push(s) });
    // " newest" ×6 and " widest" ×3 make "es" (9) and then "est" (9) the first merges
    expect(m.merges[0]).toEqual(['e', 's']);
    expect(m.merges[1]).toEqual(['es', 't']);
    expect(steps[0].count).toBe(9);
    expect(steps[0].top[0]).toEqual({ pair: ['e', 's'], count: 9 });
    expect(steps[0].top.map((p) => p.count)).toEqual([...steps[0].top.map((p) => p.count)].sort((a, b) => b - a));
    expect(steps.map((s) => s.vocabSize)).toEqual([1 + m.alphabet.length + 1, 1 + m.alphabet.length + 2, 1 + m.alphabet.length + 3, 1 + m.alphabet.length + 4]);
  });

  it('stops when no pair occurs twice', () => {
    const m = learnBpe(countPieces(['ab']), 10);
    expect(m.merges).toEqual([]);
  });

  it('is deterministic and matches a from-scratch recount on real-looking text', () => {
    const s = ['The jury said it did find that many of the laws are outmoded.', 'The jury further said the election was conducted well.'];
    const a = learnBpe(countPieces(s), 30);
    const b = learnBpe(countPieces(s), 30);
    expect(a).toEqual(b);
    const tok = new Tokenizer(a);
    expect(tok.decode(tok.encode(s[0]))).toBe(s[0].toLowerCase());
    expect(tok.encode(' the jury').length).toBeLessThan(' the jury'.length);
  });

  it('encodes a corpus with sentence boundaries and drops unknown characters there', () => {
    const tok = new Tokenizer(learnBpe(countPieces(text), 10));
    const ids = tok.encodeCorpus(['low', 'lowé']);
    expect(ids[0]).toBe(BOS);
    expect(tok.decode(ids)).toBe('\nlow\nlow\n');
  });

  it('rejects characters outside the alphabet when encoding a prompt', () => {
    const tok = new Tokenizer(learnBpe(countPieces(text), 10));
    expect(unknownChars(tok.model, 'Lowé ✓')).toEqual(['é', '✓']);
    expect(() => tok.encode('lowé')).toThrow(/é/);
  });
});
