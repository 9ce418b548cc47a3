import { describe, expect, it } from 'vitest';
import { bpttTerms, rnnForward, wordError } from './rnn';
import { lstmDecay, rnnDecay } from './rnnGradient';
import { buildMemoryRace, makeSequence, QUERY } from './rnnTask';
import { buildCharModel, sampleIndex } from './rnnChar';
import { createRng } from '../engine/rng';

const round = (v: number[], d = 2) => v.map((x) => Number(x.toFixed(d)));

describe('hell RNN (deck 002)', () => {
  it('reproduces a1, h1, y1 of the deck', () => {
    const [s1] = rnnForward('hello');
    expect(round(s1.a, 10)).toEqual([0.6, 0.2, 0.9]);
    expect(round(s1.h)).toEqual([0.54, 0.2, 0.72]);
    expect(round(s1.y)).toEqual([0.32, 0.21, 0.24, 0.22]);
  });
  it('continues through the word with h_{t−1} fed back (step 2 uses h1)', () => {
    const steps = rnnForward('hello');
    expect(steps.map((s) => s.input).join('')).toBe('hell');
    expect(steps.map((s) => s.target).join('')).toBe('ello');
    expect(steps[1].hPrev).toEqual(steps[0].h);
    expect(round(steps[1].a, 3)).toEqual([1.024, 0.861, 1.072]);
  });
  it('BPTT terms sum to the autograd gradient of W', () => {
    const { terms, gradW } = bpttTerms('hello', 3);
    expect(terms.map((t) => t.k)).toEqual([3, 2, 1]);
    const total = terms[terms.length - 1].partial;
    total.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(gradW[i][j], 12)));
  });
  it('the k = 1 term is zero because h0 = 0', () => {
    const { terms } = bpttTerms('hello', 3);
    expect(terms[2].term.flat().every((v) => v === 0)).toBe(true);
  });
  it('δ_{k−1} = Wᵀ g_k (the chain rule the terms follow)', () => {
    const W = [[0.1, 0.5, 0.1], [0.5, 0.9, 0.3], [0.3, 0.2, 0.1]];
    const { terms } = bpttTerms('hello', 3);
    const [t3, t2] = terms;
    const back = [0, 1, 2].map((j) => [0, 1, 2].reduce((s, i) => s + W[i][j] * t3.g[i], 0));
    back.forEach((v, j) => expect(t2.delta[j]).toBeCloseTo(v, 12));
  });
  it('rejects words outside the vocabulary, too short or too long', () => {
    expect(wordError('hello')).toBeNull();
    expect(wordError('h')).toBe('short');
    expect(wordError('hex')).toBe('chars');
    expect(wordError('h'.repeat(17))).toBe('long');
  });
});

describe('gradient reach', () => {
  const S = { hidden: 16, steps: 50, inputStd: 0.3, seed: 1 };
  it('small recurrent weights vanish, large ones explode', () => {
    const small = rnnDecay(S, 0.5).norms;
    const large = rnnDecay(S, 3).norms;
    expect(small).toHaveLength(51);
    expect(small[50]).toBeLessThan(1e-10);
    expect(large[50]).toBeGreaterThan(100);
  });
  it('an LSTM with forget bias 3 keeps the gradient near 1 over 50 steps', () => {
    const d = lstmDecay(S, 3);
    expect(d.norms[50]).toBeGreaterThan(0.1);
    expect(d.norms[50]).toBeGreaterThan(rnnDecay(S, 1).norms[50] * 100);
    expect(d.forget![1]).toBeGreaterThan(0.9);
  });
});

describe('memory task', () => {
  it('puts the key exactly gap steps before the query', () => {
    const s = makeSequence(createRng(1), 10, 4);
    expect(s.tokens).toHaveLength(12);
    expect(s.tokens[11]).toBe(QUERY);
    expect(s.tokens[11 - 1 - 4]).toBe(s.key);
  });
  it('gap 0: the key is right before the query', () => {
    const s = makeSequence(createRng(2), 5, 0);
    expect(s.tokens[5]).toBe(s.key);
  });
  it('rejects a gap longer than maxGap', () => {
    expect(() => buildMemoryRace({ kind: 'rnnMemory', maxGap: 5, hidden: 4, trainSize: 32, testGaps: [9], testPerGap: 4, optimizer: { name: 'adam' }, batchSize: 8, seed: 1 })).toThrow(/test gap/);
  });
  it('trains three cells on the same batch and reports accuracy per gap', () => {
    const m = buildMemoryRace({ kind: 'rnnMemory', maxGap: 6, hidden: 4, trainSize: 32, testGaps: [1, 6], testPerGap: 8, optimizer: { name: 'adam' }, batchSize: 8, seed: 1 });
    const loss = m.trainStep([0, 1, 2, 3]);
    expect(Number.isFinite(loss)).toBe(true);
    expect(m.params.every((p) => p.grad !== null)).toBe(true);
    const r = m.report!();
    expect(r.cells).toBe('rnn,lstm,gru');
    expect((r.accuracy as number[][]).map((a) => a.length)).toEqual([2, 2, 2]);
  });
});

describe('character model', () => {
  it('temperature 0 is argmax', () => {
    expect(sampleIndex([0.1, 2, 0.3], 0, createRng(1))).toBe(1);
  });
  it('trains one step and samples only characters of the text', () => {
    const text = 'the river runs to the sea and the sea is blue. ';
    const m = buildCharModel({ kind: 'rnnChar', text, cell: 'gru', hidden: 8, seqLen: 6, temperatures: [0.5, 1], sampleLength: 20, optimizer: { name: 'adam' }, batchSize: 2, seed: 1 });
    expect(Number.isFinite(m.trainStep([0, 1]))).toBe(true);
    const samples = m.report!().samples as string[];
    expect(samples).toHaveLength(2);
    for (const s of samples) expect([...s].every((c) => text.includes(c))).toBe(true);
  });
  it('rejects a text that is too short', () => {
    expect(() => buildCharModel({ kind: 'rnnChar', text: 'short', cell: 'lstm', hidden: 8, seqLen: 4, temperatures: [1], sampleLength: 5, optimizer: { name: 'adam' }, batchSize: 1, seed: 1 })).toThrow(/text/);
  });
});
