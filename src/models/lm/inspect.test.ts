import { describe, expect, it } from 'vitest';
import { countPieces, learnBpe, Tokenizer } from './bpe';
import { causalRow } from './exercise';
import { Gpt } from './gpt';
import { inspect } from './inspect';
import { opRows } from './ops';
import { continueIds } from './sampling';

const tok = new Tokenizer(learnBpe(countPieces(['the cat sat on the mat.', 'the dog sat.']), 8));
const model = { gpt: new Gpt({ vocab: tok.size, dModel: 16, heads: 2, layers: 2, context: 16 }, 1), tok, source: 'shipped' as const };

describe('inspection and the op stepper', () => {
  it('inspection: attention rows are causal and sum to 1; logit lens has one row per stage', () => {
    const ids = tok.encode('the cat sat');
    const ins = inspect(model, ids);
    const T = ids.length;
    for (const layer of ins.attention) for (const head of layer) {
      head.forEach((row, i) => {
        row.forEach((v, j) => { if (j > i) expect(v).toBe(0); });
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      });
    }
    expect(ins.lens).toHaveLength(3);
    expect(ins.lens[0]).toHaveLength(T);
    expect(ins.residual[2][0]).toHaveLength(16);
  });

  it('op rows: forward ops from the embedding gather to the loss, then backward steps inside attention', () => {
    const { rows, forward } = opRows(model, tok.encode('the cat sat on'));
    expect(rows[0]).toMatchObject({ kind: 'forward', op: 'gather' });
    expect(rows[forward - 1].op).toBe('softmaxCrossEntropy');
    const back = rows.slice(forward);
    expect(back.length).toBeGreaterThan(5);
    expect(back.every((r) => r.kind === 'backward')).toBe(true);
    expect(back.map((r) => r.op)).toContain('softmax');
    expect(model.gpt.parameters().every((p) => p.grad === null)).toBe(true);
  });

  it('greedy continuation ignores the seed; sampling is reproducible per seed', () => {
    const p = tok.encode('the');
    expect(continueIds(model.gpt, p, [], 5, { temperature: 0 }, 1)).toEqual(continueIds(model.gpt, p, [], 5, { temperature: 0 }, 2));
    expect(continueIds(model.gpt, p, [], 5, { temperature: 1 }, 7)).toEqual(continueIds(model.gpt, p, [], 5, { temperature: 1 }, 7));
  });

  it('the exercise row: masked position gets 0 and the weights match a hand computation', () => {
    const { weights } = causalRow();
    const s = [1, 2, 3].map((x) => x / Math.SQRT2);
    const z = s.reduce((a, b) => a + Math.exp(b), 0);
    expect(weights[3]).toBe(0);
    s.forEach((v, i) => expect(weights[i]).toBeCloseTo(Math.exp(v) / z, 12));
  });
});
