import { describe, expect, it } from 'vitest';
import { Adam, encodeCheckpoint } from '../../engine';
import { buildModel } from '../index';
import { MiniBert } from './bert';
import type { BertPretrainReport, BertPretrainTask, BilstmLmReport, BilstmLmTask } from './pretrainTask';
import { flattenDocs, unflattenDocs } from './pretrainData';

// A tiny corpus with structure to learn: each document counts up through its own word range.
const docs = Array.from({ length: 12 }, (_, d) => Array.from({ length: 4 }, (_, s) => Array.from({ length: 5 }, (_, w) => 5 + ((d * 3 + s * 5 + w) % 20))));
const data = { key: 'tiny', train: flattenDocs(docs.slice(0, 9)), val: flattenDocs(docs.slice(9)) };
const bertCfg = { vocabSize: 25, dModel: 16, layers: 1, heads: 2, maxLen: 16 };
const bertTask = (over: Partial<BertPretrainTask> = {}): BertPretrainTask => ({
  kind: 'bertPretrain', config: bertCfg, data, optimizer: { name: 'adam', hyper: { lr: 0.01 } }, batchSize: 16, seed: 't', evalEvery: 30, evalBatches: 2, ...over,
});
const lstmTask = (over: Partial<BilstmLmTask> = {}): BilstmLmTask => ({
  kind: 'bilstmLm', config: { vocabSize: 25, dim: 12 }, data, optimizer: { name: 'adam', hyper: { lr: 0.02 } }, batchSize: 8, seed: 't', evalEvery: 30, evalBatches: 2, ...over,
});

function train(task: BertPretrainTask | BilstmLmTask, steps: number) {
  const model = buildModel(task);
  const opt = new Adam(model.params as never, { lr: Number(task.optimizer.hyper?.lr) });
  const first = model.report!();
  const batch = Int32Array.from({ length: task.batchSize }, (_, i) => i);
  for (let s = 0; s < steps; s++) { model.trainStep(batch); opt.step(); }
  return { model, first, last: model.report!() };
}

describe('flat documents', () => {
  it('round-trips documents of sentences', () => {
    expect(unflattenDocs(flattenDocs(docs))).toEqual(docs);
  });
});

describe('bertPretrain task', () => {
  it('lowers the held-out masked-LM loss in a few steps from random init', () => {
    const { first, last } = train(bertTask({ evalEvery: 60 }), 60);
    const a = first as unknown as BertPretrainReport, b = last as unknown as BertPretrainReport;
    expect(a.valStep).toBe(0);
    expect(b.valStep).toBe(60);
    expect(b.valMlmLoss).toBeLessThan(a.valMlmLoss - 0.3);
    expect(b.curve).toHaveLength(2);
    expect(b.trainMlm).toBeLessThan(Math.log(25));
  });

  it('continues from checkpoint bytes and leaves the weights alone when scoring only', () => {
    const src = new MiniBert(bertCfg, 'other');
    const init = encodeCheckpoint({}, src.namedParameters());
    const { model } = train(bertTask({ init, scoreOnly: true }), 3);
    const tok = model.weights().find((w) => w.name === 'tok')!;
    expect(Array.from(tok.data.subarray(0, 5))).toEqual(Array.from(src.tok.data.subarray(0, 5)));
    expect((model.report!() as unknown as BertPretrainReport).fromShipped).toBe(1);
  });

  it('rejects bad fields with messages that name them', () => {
    expect(() => buildModel(bertTask({ batchSize: 0 }))).toThrow(/batchSize must be an integer 1…64/);
    expect(() => buildModel(bertTask({ config: { ...bertCfg, heads: 3 } }))).toThrow(/divisible by config.heads/);
    expect(() => buildModel(bertTask({ evalBatches: 99 }))).toThrow(/evalBatches/);
    expect(() => buildModel(bertTask({ data: { key: 'never-sent' } }))).toThrow(/no corpus under key "never-sent"/);
    expect(() => buildModel(bertTask({ init: new Uint8Array([1, 2, 3]) }))).toThrow();
    expect(() => buildModel(bertTask({ optimizer: { name: 'sgd' as 'adam' } }))).toThrow(/optimizer.name must be "adam"/);
    const bad = { ...data, key: 'bad', train: { ...data.train, docEnds: Int32Array.from([1]) } };
    expect(() => buildModel(bertTask({ data: bad }))).toThrow(/do not match/);
  });
});

describe('bilstmLm task', () => {
  it('lowers the held-out forward and backward losses in a few steps', () => {
    const { first, last } = train(lstmTask(), 30);
    const a = first as unknown as BilstmLmReport, b = last as unknown as BilstmLmReport;
    expect(b.valStep).toBe(30);
    expect(b.valFwd).toBeLessThan(a.valFwd - 0.2);
    expect(b.valBwd).toBeLessThan(a.valBwd - 0.2);
  });

  it('rejects bad fields', () => {
    expect(() => buildModel(lstmTask({ config: { vocabSize: 25, dim: 0 } }))).toThrow(/config.dim must be an integer/);
    expect(() => buildModel(lstmTask({ maxWords: 1 }))).toThrow(/maxWords/);
    expect(() => buildModel(lstmTask({ batchSize: 2.5 }))).toThrow(/batchSize/);
  });
});
