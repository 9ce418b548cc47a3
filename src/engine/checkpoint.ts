/**
 * Checkpoints: a model's configuration and named parameter tensors in one binary blob, so that a
 * model trained by a script in the repo (in Node, on this engine) can ship under public/data/ and be
 * loaded into the same architecture in the browser.
 *
 * Format "GACK" version 1, little-endian:
 *   0   4 bytes   magic "GACK"
 *   4   uint32    version = 1
 *   8   uint32    header length H (bytes of UTF-8 JSON)
 *   12  H bytes   JSON { config, tensors: [{ name, shape }] }, padded with spaces to a multiple of 4
 *   …   float32   every tensor's values in the header's order, row-major
 */
import { fmtShape, shapeSize, type Tensor } from './tensor';

export const CHECKPOINT_MAGIC = 'GACK';
export const CHECKPOINT_VERSION = 1;

export interface NamedTensor {
  name: string;
  tensor: Tensor;
}

export interface DecodedCheckpoint<C = unknown> {
  config: C;
  tensors: Map<string, { shape: number[]; data: Float32Array }>;
}

export class CheckpointError extends Error {}

/** Writes `config` (any JSON value) and the tensors' values as float32. Names must be unique. */
export function encodeCheckpoint(config: unknown, params: readonly NamedTensor[]): Uint8Array {
  const names = new Set(params.map((p) => p.name));
  if (names.size !== params.length) throw new CheckpointError('checkpoint: parameter names must be unique');
  let json = JSON.stringify({ config, tensors: params.map((p) => ({ name: p.name, shape: p.tensor.shape })) });
  const encoder = new TextEncoder();
  while (encoder.encode(json).length % 4 !== 0) json += ' ';
  const header = encoder.encode(json);
  const values = params.reduce((n, p) => n + p.tensor.size, 0);
  const out = new Uint8Array(12 + header.length + 4 * values);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(CHECKPOINT_MAGIC), 0);
  view.setUint32(4, CHECKPOINT_VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  const floats = new Float32Array(out.buffer, 12 + header.length, values);
  let o = 0;
  for (const p of params) { floats.set(p.tensor.data, o); o += p.tensor.size; }
  return out;
}

/** Reads the format above; throws CheckpointError on a wrong magic, version or length. */
export function decodeCheckpoint<C = unknown>(bytes: Uint8Array): DecodedCheckpoint<C> {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== CHECKPOINT_MAGIC) {
    throw new CheckpointError('not a checkpoint file (no "GACK" signature)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== CHECKPOINT_VERSION) throw new CheckpointError(`checkpoint version ${version} is not supported`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) throw new CheckpointError('checkpoint header is truncated');
  let header: { config: C; tensors: { name: string; shape: number[] }[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  } catch {
    throw new CheckpointError('checkpoint header is not valid JSON');
  }
  const values = header.tensors.reduce((n, t) => n + shapeSize(t.shape), 0);
  if (bytes.length !== 12 + headerLength + 4 * values) {
    throw new CheckpointError(`checkpoint holds ${(bytes.length - 12 - headerLength) / 4} values, its header lists ${values}`);
  }
  const copy = new Float32Array(values); // aligned copy, whatever the offset of `bytes`
  new Uint8Array(copy.buffer).set(bytes.subarray(12 + headerLength));
  const tensors = new Map<string, { shape: number[]; data: Float32Array }>();
  let o = 0;
  for (const t of header.tensors) {
    const n = shapeSize(t.shape);
    tensors.set(t.name, { shape: t.shape, data: copy.subarray(o, o + n) });
    o += n;
  }
  return { config: header.config, tensors };
}

/** Copies the checkpoint's values into the model's parameters, checking that every name and shape matches. */
export function loadCheckpointInto(checkpoint: DecodedCheckpoint, params: readonly NamedTensor[]): void {
  if (checkpoint.tensors.size !== params.length) {
    throw new CheckpointError(`checkpoint has ${checkpoint.tensors.size} tensors, the model ${params.length}`);
  }
  for (const { name, tensor } of params) {
    const stored = checkpoint.tensors.get(name);
    if (!stored) throw new CheckpointError(`checkpoint lacks parameter ${name}`);
    if (fmtShape(stored.shape) !== fmtShape(tensor.shape)) {
      throw new CheckpointError(`parameter ${name}: checkpoint ${fmtShape(stored.shape)}, model ${fmtShape(tensor.shape)}`);
    }
    tensor.data.set(stored.data);
  }
}
