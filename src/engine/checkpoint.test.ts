import { describe, expect, it } from 'vitest';
import { CheckpointError, decodeCheckpoint, encodeCheckpoint, loadCheckpointInto } from './checkpoint';
import { createRng } from './rng';
import { randn, zeros } from './tensor';

describe('checkpoint', () => {
  const rng = createRng('ckpt');
  const params = () => [{ name: 'E', tensor: randn([5, 3], rng) }, { name: 'b', tensor: randn([3], rng) }];

  it('round-trips config and values (as float32)', () => {
    const source = params();
    const bytes = encodeCheckpoint({ layers: 2, vocab: ['a', 'é'] }, source);
    const decoded = decodeCheckpoint<{ layers: number; vocab: string[] }>(bytes.slice());
    expect(decoded.config).toEqual({ layers: 2, vocab: ['a', 'é'] });
    const target = [{ name: 'E', tensor: zeros([5, 3]) }, { name: 'b', tensor: zeros([3]) }];
    loadCheckpointInto(decoded, target);
    target.forEach((t, i) => expect(Array.from(t.tensor.data)).toEqual(Array.from(Float32Array.from(source[i].tensor.data))));
  });

  it('rejects a wrong signature, a truncated file and a model of another shape', () => {
    const bytes = encodeCheckpoint({}, params());
    expect(() => decodeCheckpoint(new Uint8Array(20))).toThrow(CheckpointError);
    expect(() => decodeCheckpoint(bytes.subarray(0, bytes.length - 4))).toThrow(/holds/);
    const wrong = [{ name: 'E', tensor: zeros([5, 4]) }, { name: 'b', tensor: zeros([3]) }];
    expect(() => loadCheckpointInto(decodeCheckpoint(bytes), wrong)).toThrow(/parameter E/);
    expect(() => encodeCheckpoint({}, [params()[0], params()[0]])).toThrow(/unique/);
  });
});
