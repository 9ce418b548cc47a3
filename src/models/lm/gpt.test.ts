import { describe, expect, it } from 'vitest';
import { backward, causalMask, createOptimizer, decodeCheckpoint, encodeCheckpoint, loadCheckpointInto, noGrad } from '../../engine';
import { countPieces, learnBpe, Tokenizer } from './bpe';
import { evenStarts, unigramLoss, windowsAt } from './corpus';
import { Gpt, gptConfigError, gptParamCount } from './gpt';
import { buildGpt, type GptReport } from './gptTask';
import { drawIndex, nextDistribution } from './sampling';

const cfg = { vocab: 20, dModel: 16, heads: 2, layers: 2, context: 16 };

describe('GPT', () => {
  it('float32 parameters keep every intermediate of a block in float32 (so the SIMD kernels serve the backward too)', () => {
    const m = new Gpt(cfg, 1);
    const t = m.blocks[0].trace(m.embed([1, 2, 3, 4, 5], 5), causalMask(5));
    for (const v of [t.weights, t.attention, t.afterAttention, t.hidden, t.output]) expect(v.data).toBeInstanceOf(Float32Array);
  });

  it('causal mask: no attention to later tokens, and a later token never changes earlier logits', () => {
    const m = new Gpt(cfg, 2);
    const t = noGrad(() => m.trace([1, 5, 7, 3]));
    const w = t.blocks[1].weights; // [heads, T, T]
    for (let h = 0; h < 2; h++) for (let i = 0; i < 4; i++) {
      let row = 0;
      for (let j = 0; j < 4; j++) {
        const v = w.data[(h * 4 + i) * 4 + j];
        if (j > i) expect(v).toBe(0);
        row += v;
      }
      expect(row).toBeCloseTo(1, 5);
    }
    const a = noGrad(() => m.logits([1, 5, 7, 3], 1, 4)).data;
    const b = noGrad(() => m.logits([1, 5, 7, 9], 1, 4)).data;
    for (let i = 0; i < 3 * cfg.vocab; i++) expect(b[i]).toBe(a[i]);
    expect(b.slice(3 * cfg.vocab).some((v, i) => v !== a[3 * cfg.vocab + i])).toBe(true);
  });

  it('counts parameters like the model holds them and rejects bad sizes', () => {
    const m = new Gpt(cfg, 3);
    expect(gptParamCount(cfg)).toBe(m.parameters().reduce((n, p) => n + p.size, 0));
    expect(gptConfigError({ ...cfg, heads: 3 })).toMatch(/divisible/);
    expect(gptConfigError({ ...cfg, layers: 9 })).toMatch(/layers/);
    expect(gptConfigError({ ...cfg, dModel: 1e9 })).toMatch(/dModel/);
    expect(() => new Gpt({ ...cfg, context: Number.NaN }, 1)).toThrow(RangeError);
  });

  it('learns to predict a repeating sequence (loss falls well below log V)', () => {
    const m = new Gpt(cfg, 4);
    const opt = createOptimizer('adam', m.parameters(), { lr: 0.01 });
    const stream = Int32Array.from({ length: 200 }, (_, i) => 1 + (i % 5));
    const b = windowsAt(stream, [0, 3, 7, 11], 12);
    let loss = Infinity;
    for (let s = 0; s < 60; s++) {
      for (const p of m.parameters()) p.grad?.fill(0);
      const l = m.loss(b.inputs, b.targets, b.B, b.T);
      backward(l);
      opt.step();
      loss = l.data[0];
    }
    expect(loss).toBeLessThan(0.3);
  });

  it('checkpoint round trip gives identical logits', () => {
    const m = new Gpt(cfg, 5);
    const bytes = encodeCheckpoint({ arch: cfg }, m.namedParameters());
    const n = new Gpt(cfg, 6);
    loadCheckpointInto(decodeCheckpoint(bytes), n.namedParameters());
    expect(Array.from(noGrad(() => n.logits([1, 2, 3], 1, 3)).data)).toEqual(Array.from(noGrad(() => m.logits([1, 2, 3], 1, 3)).data));
  });
});

describe('sampling', () => {
  const logits = [2, 1, 0, -1];
  it('temperature 0 is greedy', () => {
    expect(Array.from(nextDistribution(logits, { temperature: 0 }))).toEqual([1, 0, 0, 0]);
  });
  it('top-k keeps k tokens and renormalises', () => {
    const p = nextDistribution(logits, { topK: 2 });
    expect(p[2]).toBe(0);
    expect(p[0] + p[1]).toBeCloseTo(1, 12);
    expect(p[0] / p[1]).toBeCloseTo(Math.E, 10);
  });
  it('top-p keeps the smallest set whose mass reaches p', () => {
    const full = nextDistribution(logits);
    const p = nextDistribution(logits, { topP: full[0] + 0.01 });
    expect(p.filter((v) => v > 0).length).toBe(2);
    expect(nextDistribution(logits, { topP: 0.01 }).filter((v) => v > 0).length).toBe(1);
  });
  it('high temperature flattens the distribution', () => {
    const hot = nextDistribution(logits, { temperature: 100 });
    expect(hot[0] - hot[3]).toBeLessThan(0.02);
  });
  it('draws by cumulative mass', () => {
    expect(drawIndex([0.2, 0, 0.8], 0.1)).toBe(0);
    expect(drawIndex([0.2, 0, 0.8], 0.5)).toBe(2);
    expect(drawIndex([0.2, 0, 0.8], 0.999999)).toBe(2);
  });
});

describe('gpt task', () => {
  const sentences = Array.from({ length: 60 }, (_, i) => `the cat sat on the mat number ${i % 7}.`);
  const bpe = learnBpe(countPieces(sentences), 20);
  const task = {
    kind: 'gpt' as const, arch: { dModel: 16, heads: 2, layers: 1, context: 16 }, bpe,
    data: { key: 'cats', train: sentences.join('\n'), validation: sentences.slice(0, 10).join('\n') },
    optimizer: { name: 'adam' as const, hyper: { lr: 0.01 } }, batchSize: 4, seed: 1, evalEvery: 5, valWindows: 8, sampleMs: 0,
  };
  it('trains: validation loss falls and the report carries curve and sample', () => {
    const m = buildGpt(task);
    const v0 = m.evaluate('test')!;
    const opt = createOptimizer('adam', m.params, { lr: 0.01 });
    for (let s = 0; s < 30; s++) {
      m.trainStep([s % m.trainSize, (s + 3) % m.trainSize, (s + 5) % m.trainSize]);
      opt.step();
      m.evaluate('test');
    }
    const r = m.report!() as unknown as GptReport;
    expect(r.valLoss).toBeLessThan(v0);
    expect(r.curve.length).toBeGreaterThan(2);
    expect(typeof r.sample).toBe('string');
    expect(r.params).toBe(m.weights().reduce((n, w) => n + w.data.length, 0));
  });
  it('starts from checkpoint bytes exactly', () => {
    const a = buildGpt(task);
    const g = new Gpt({ ...task.arch, vocab: new Tokenizer(bpe).size }, 99);
    const b = buildGpt({ ...task, init: encodeCheckpoint({}, g.namedParameters()) });
    expect(b.weights()[0].data).toEqual(Float64Array.from(g.tok.data));
    expect(a.weights()[0].data).not.toEqual(b.weights()[0].data);
  });
  it('unigram baseline equals the entropy of a uniform stream', () => {
    const s = Int32Array.from({ length: 4000 }, (_, i) => i % 4);
    expect(unigramLoss(s, s, 4)).toBeCloseTo(Math.log(4), 2);
    expect(evenStarts(100, 3, 9)).toEqual([0, 30, 60]);
  });
});
