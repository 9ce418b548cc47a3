import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropy } from '../losses';
import { linear } from '../ops/matmul';
import { softmax } from '../ops/softmax';
import { sum } from '../ops/reduce';
import { createRng } from '../rng';
import { backward, backwardSteps, zeroGrad } from '../tape';
import { randn, tensor, zeros, type Tensor } from '../tensor';
import { expectGradOk } from '../testing/helpers';
import { AddNorm, AttentionScorer, MultiHeadSelfAttention, attend, causalMask, sinusoidalPositionalEncoding } from './attention';
import { Conv2d, Embedding, Flatten, MaxPool2d } from './conv';
import { Linear, MLP } from './linear';
import { GRUCell, LSTMCell, RNNCell } from './recurrent';

const rng = createRng('nn');

describe('Linear and MLP', () => {
  it('Linear maps [batch, in] → [batch, out]', () => {
    const layer = new Linear(3, 2, rng);
    expect(layer.forward(zeros([5, 3])).shape).toEqual([5, 2]);
    expect(layer.parameters().map((p) => p.shape)).toEqual([[2, 3], [2]]);
  });

  it('stepped backward equals full backward on an MLP module', () => {
    const mlp = new MLP([4, 6, 5, 3], createRng('mlp'), ['tanh', 'relu', 'identity']);
    const x = randn([2, 4], createRng('x'));
    backward(softmaxCrossEntropy(mlp.forward(x), [1, 2]));
    const full = mlp.parameters().map((p) => Array.from(p.grad!));
    zeroGrad(mlp.parameters());
    for (const step of backwardSteps(softmaxCrossEntropy(mlp.forward(x), [1, 2]))) expect(step.total).toBe(6);
    expect(mlp.parameters().map((p) => Array.from(p.grad!))).toEqual(full);
  });

  it('MLP trace labels every layer', () => {
    const mlp = new MLP([2, 3, 1], rng, 'sigmoid');
    const { z, a } = mlp.trace(zeros([2]));
    expect(z[0].label).toBe('z1 = W1·a0 + b1');
    expect(a[2].label).toBe('a2 = sigmoid(z2)');
  });
});

describe('recurrent cells', () => {
  it('RNN "hell" example from the deck: a1, h1, y1', () => {
    const cell = new RNNCell(4, 3, rng);
    cell.W.data.set([0.1, 0.5, 0.1, 0.5, 0.9, 0.3, 0.3, 0.2, 0.1]);
    cell.U.data.set([0.6, 0.8, 0.4, 0.8, 0.2, 0.2, 0.8, 0.7, 0.9, 0.8, 0.1, 0.2]);
    const V = tensor([[0.9, 0.8, 0.3], [0.2, 0.3, 0.4], [0.6, 0.9, 0.1], [0.5, 0.0, 0.3]]);
    const { a, h } = cell.step(tensor([1, 0, 0, 0]), zeros([3]));
    expect(Array.from(a.data)).toEqual([0.6, 0.2, 0.9]);
    expect(Array.from(h.data).map((v) => v.toFixed(2))).toEqual(['0.54', '0.20', '0.72']);
    const y = softmax(linear(h, V));
    expect(Array.from(y.data).map((v) => v.toFixed(2))).toEqual(['0.32', '0.21', '0.24', '0.22']);
  });

  it('RNN unrolled over 5 steps: gradients of W, U, b', () => {
    const cell = new RNNCell(2, 3, createRng('rnn'));
    const xs = [0, 1, 2, 3, 4].map(() => randn([2], rng));
    expectGradOk((W, U, b) => {
      Object.assign(cell, { W, U, b });
      let h: Tensor = zeros([3]);
      for (const x of xs) h = cell.forward(x, h);
      return h;
    }, [cell.W, cell.U, cell.b]);
  });

  it('LSTM exposes f, i, o, c̃, c, h and has correct gradients (batch of 2)', () => {
    const cell = new LSTMCell(3, 2, createRng('lstm'));
    const s = cell.forward(randn([2, 3], rng), randn([2, 2], rng), randn([2, 2], rng));
    for (const key of ['f', 'i', 'o', 'cTilde', 'c', 'h'] as const) expect(s[key].shape).toEqual([2, 2]);
    expectGradOk((x, h, c, Wx, Wh, b) => {
      Object.assign(cell, { Wx, Wh, b });
      const s1 = cell.forward(x, h, c);
      return cell.forward(x, s1.h, s1.c).h;
    }, [randn([2, 3], rng), randn([2, 2], rng), randn([2, 2], rng), cell.Wx, cell.Wh, cell.b]);
  });

  it('peephole LSTM: gradients match finite differences, including through c_prev and Wc', () => {
    const cell = new LSTMCell(3, 2, createRng('peep'), 1, true);
    expect(cell.parameters().map((p) => p.shape)).toEqual([[8, 3], [8, 2], [8], [8, 2]]);
    expectGradOk((x, h, c, Wx, Wh, b, Wc) => {
      Object.assign(cell, { Wx, Wh, b, Wc });
      const s1 = cell.forward(x, h, c);
      return cell.forward(x, s1.h, s1.c).h;
    }, [randn([2, 3], rng), randn([2, 2], rng), randn([2, 2], rng), cell.Wx, cell.Wh, cell.b, cell.Wc!]);
  });

  it('peephole option leaves the plain LSTM weights and numbers unchanged; zero Wc equals the plain cell', () => {
    const plain = new LSTMCell(3, 2, createRng('same'));
    const peep = new LSTMCell(3, 2, createRng('same'), 1, true);
    expect(Array.from(peep.Wx.data)).toEqual(Array.from(plain.Wx.data));
    expect(Array.from(peep.Wh.data)).toEqual(Array.from(plain.Wh.data));
    const x = randn([3], createRng('px'));
    const h = randn([2], createRng('ph'));
    const c = randn([2], createRng('pc'));
    const a = plain.forward(x, h, c);
    expect(Array.from(peep.forward(x, h, c).f.data)).not.toEqual(Array.from(a.f.data));
    peep.Wc!.data.fill(0);
    const b = peep.forward(x, h, c);
    for (const key of ['f', 'i', 'o', 'cTilde', 'c', 'h'] as const) expect(Array.from(b[key].data)).toEqual(Array.from(a[key].data));
  });

  it('GRU exposes z, r, h̃, h and has correct gradients', () => {
    const cell = new GRUCell(3, 4, createRng('gru'));
    expectGradOk((x, h, Wx, Uzr, Uh, b) => {
      Object.assign(cell, { Wx, Uzr, Uh, b });
      const s = cell.forward(x, h);
      expect(s.z.shape).toEqual([4]);
      return cell.forward(x, s.h).h;
    }, [randn([3], rng), randn([4], rng), cell.Wx, cell.Uzr, cell.Uh, cell.b]);
  });
});

describe('attention', () => {
  const H = randn([5, 4], createRng('H'));
  const s = randn([4], createRng('s'));

  it.each(['dot', 'scaledDot', 'bilinear', 'mlp'] as const)('%s scores: weights sum to 1, gradients match', (kind) => {
    const scorer = new AttentionScorer(kind, 4, 4, createRng(kind), 3);
    const r = scorer.forward(s, H);
    expect(r.scores.shape).toEqual([5]);
    expect(Array.from(r.weights.data).reduce((p, q) => p + q, 0)).toBeCloseTo(1, 14);
    expect(r.context.shape).toEqual([4]);
    expectGradOk((q, K) => scorer.forward(q, K, [0, 0, 1, 0, 0]).context, [randn([4], rng), randn([5, 4], rng)]);
  });

  it('scaled dot equals dot / √d', () => {
    const a = new AttentionScorer('dot', 4, 4, rng).scores(s, H);
    const b = new AttentionScorer('scaledDot', 4, 4, rng).scores(s, H);
    expect(b.data[2]).toBeCloseTo(a.data[2] / 2, 14);
  });

  it('softmax of a fully masked row gives zero weights and a zero context, not NaN', () => {
    const r = attend(tensor([1, 2, 3]), randn([3, 2], rng), [1, 1, 1]);
    expect(Array.from(r.weights.data)).toEqual([0, 0, 0]);
    expect(Array.from(r.context.data)).toEqual([0, 0]);
  });

  it('multi-head self-attention: per-head weights, causal mask, gradients', () => {
    const mha = new MultiHeadSelfAttention(4, 2, createRng('mha'));
    const x = randn([3, 4], rng);
    const { output, weights } = mha.forward(x, causalMask(3));
    expect(output.shape).toEqual([3, 4]);
    expect(weights.shape).toEqual([2, 3, 3]);
    expect(weights.get(1, 0, 1)).toBe(0);
    expect(weights.get(0, 0, 0)).toBeCloseTo(1, 15);
    expectGradOk((t, Wq, Wk) => {
      Object.assign(mha, { Wq, Wk });
      return mha.forward(t, causalMask(3)).output;
    }, [x, mha.Wq, mha.Wk]);
    expect(mha.forward(randn([2, 3, 4], rng)).weights.shape).toEqual([2, 2, 3, 3]);
  });

  it('sinusoidal positional encoding', () => {
    const pe = sinusoidalPositionalEncoding(4, 6);
    expect(pe.get(0, 0)).toBe(0);
    expect(pe.get(0, 1)).toBe(1);
    expect(pe.get(3, 2)).toBeCloseTo(Math.sin(3 / Math.pow(10000, 2 / 6)), 15);
  });

  it('residual + layer norm block', () => {
    const block = new AddNorm(4);
    const lin = new Linear(4, 4, rng);
    expectGradOk((x, g) => {
      Object.assign(block, { gain: g });
      return block.forward(x, (t) => lin.forward(t));
    }, [randn([2, 4], rng), randn([4], rng)]);
  });
});

describe('convolutional blocks', () => {
  it('Conv2d → MaxPool2d → Flatten → Linear trains end to end', () => {
    const conv = new Conv2d(1, 2, 3, createRng('c'), { padding: 1 });
    const fc = new Linear(8, 3, rng);
    const x = randn([2, 1, 4, 4], rng);
    const logits = fc.forward(new Flatten().forward(new MaxPool2d().forward(conv.forward(x))));
    expect(logits.shape).toEqual([2, 3]);
    backward(softmaxCrossEntropy(logits, [0, 2]));
    expect(conv.W.grad!.some((g) => g !== 0)).toBe(true);
  });

  it('Embedding gathers rows', () => {
    const emb = new Embedding(5, 3, rng);
    const y = emb.forward([4, 0], [1, 2]);
    expect(y.shape).toEqual([1, 2, 3]);
    backward(sum(y));
    expect(emb.table.grad![12]).toBe(1);
  });
});
