import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { randn } from '../tensor';
import { expectGradOk } from '../testing/helpers';
import { causalMask } from './attention';
import { TransformerBlock } from './transformer';

describe('TransformerBlock', () => {
  it('keeps the shape, traces every stage and counts its parameters', () => {
    const block = new TransformerBlock({ dModel: 8, heads: 2 }, createRng('tb'));
    const t = block.trace(randn([2, 5, 8], createRng('x')), causalMask(5));
    expect(t.output.shape).toEqual([2, 5, 8]);
    expect(t.weights.shape).toEqual([2, 2, 5, 5]);
    expect(t.hidden.shape).toEqual([2, 5, 32]);
    // 4·D² + D (attention) + 2·D·4D + 4D + D (feed-forward) + 4·D (two layer norms)
    expect(block.parameters().reduce((n, p) => n + p.size, 0)).toBe(4 * 64 + 8 + 2 * 8 * 32 + 32 + 8 + 4 * 8);
  });

  it('with a causal mask, position i does not depend on later positions', () => {
    const block = new TransformerBlock({ dModel: 4, heads: 2 }, createRng('causal'));
    const x = randn([4, 4], createRng('x'));
    const before = block.forward(x, causalMask(4)).toArray() as number[][];
    x.data[3 * 4] += 5; // change the last token only
    const after = block.forward(x, causalMask(4)).toArray() as number[][];
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).not.toEqual(before[3]);
  });

  it('gradients agree with finite differences', () => {
    const block = new TransformerBlock({ dModel: 4, heads: 2, dFF: 6 }, createRng('grad'));
    expectGradOk((x, W) => {
      Object.assign(block.ff1, { W });
      return block.forward(x, causalMask(3));
    }, [randn([3, 4], createRng('x')), block.ff1.W]);
  });
});
