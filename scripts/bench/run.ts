/**
 * `npm run bench [-- --quick]`: this engine vs TensorFlow.js on its plain-JS `cpu` backend AND its
 * WebAssembly backend (XNNPACK, SIMD) on identical workloads in one process, runs alternating
 * engine / tfjs-cpu / tfjs-wasm. Prints a table and JSON and writes bench-results.json.
 * Ratio = engine throughput ÷ reference throughput (> 1: engine faster), median of per-round ratios.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { kernelBackend } from '../../src/engine/kernels/backend';
import * as E from './engine';
import { FULL, QUICK, compareAll, randomArray, type BenchConfig, type Contender } from './harness';
import * as T from './tfjs';
import * as W from './workloads';

interface Row {
  id: string;
  workload: string;
  unit: string;
  engine: number;
  tfjsCpu: number;
  /** null where tfjs-wasm lacks a kernel the workload needs. */
  tfjsWasm: number | null;
  vsCpu: number;
  vsWasm: number | null;
}

type Factory = () => () => void;

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

/** Measure one workload: the engine, tfjs-cpu, and tfjs-wasm unless `wasm` is null. */
/** `--only=3b,6`: measure only these workloads (ids as in the table). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? null;
const SKIPPED: Row = { id: '', workload: '', unit: '', engine: 0, tfjsCpu: 0, tfjsWasm: null, vsCpu: 0, vsWasm: null };

function row(id: string, workload: string, unit: string, cfg: BenchConfig, engine: Factory, tf: Factory, wasm: Factory | null, units = 1, scale = 1): Row {
  if (only && !only.includes(id)) return { ...SKIPPED, id };
  const cs: Contender[] = [
    { name: 'engine', fn: engine() },
    { name: 'tfjs-cpu', fn: T.on('cpu', tf), enter: () => T.selectBackend('cpu') },
  ];
  if (wasm) cs.push({ name: 'tfjs-wasm', fn: T.on('wasm', wasm), enter: () => T.selectBackend('wasm') });
  const c = compareAll(cs, cfg, units);
  const [e, r, w] = c.results.map((x) => x.median * scale);
  const out: Row = { id, workload, unit, engine: e, tfjsCpu: r, tfjsWasm: wasm ? w : null, vsCpu: c.ratios[1], vsWasm: wasm ? c.ratios[2] : null };
  const wasmText = wasm ? `tfjs-wasm ${fmt(w).padStart(9)}` : 'tfjs-wasm         —';
  const ratioText = `×cpu ${out.vsCpu.toFixed(2)}  ×wasm ${out.vsWasm === null ? '—' : out.vsWasm.toFixed(2)}`;
  console.log(`  ${id.padEnd(4)} ${workload.padEnd(46)} engine ${fmt(e).padStart(9)}  tfjs-cpu ${fmt(r).padStart(9)}  ${wasmText} ${unit}  ${ratioText}`);
  return out;
}

function matmulRows(cfg: BenchConfig): Row[] {
  return [256, 64].map((n, i) => {
    const a = randomArray(n * n, 801 + i);
    const b = randomArray(n * n, 811 + i);
    const gflop = (2 * n * n * n) / 1e9;
    return row(i === 0 ? '7' : '7b', `matmul ${n}³ float32`, 'GFLOP/s', cfg,
      () => E.engineMatmul(n, a, b), () => T.tfMatmul(n, a, b), () => T.tfMatmul(n, a, b), 1, gflop);
  });
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const cfg = quick ? QUICK : FULL;
  const backend = await T.initTfjs();
  console.log(`Gradient Atlas engine (${kernelBackend()} kernels) vs ${backend}; node ${process.version}; ${cpus().length} cores; ${quick ? 'quick' : 'full'} mode`);
  const rows: Row[] = [];
  const mlpXor = W.mlpXor();
  rows.push(row('1', 'MLP 2→8→8→1 tanh/sigmoid BCE, batch 10, SGD', 'steps/s', cfg,
    () => E.engineMlpStep(mlpXor, 'tanh', 'bce'), () => T.tfMlpStep(mlpXor, 'tanh', 'bce'), () => T.tfMlpStep(mlpXor, 'tanh', 'bce')));
  const deck = W.mlpDeck();
  rows.push(row('2', 'MLP 3→5→5→4 sigmoid MSE, batch 1, SGD', 'steps/s', cfg,
    () => E.engineMlpStep(deck, 'sigmoid', 'mse'), () => T.tfMlpStep(deck, 'sigmoid', 'mse'), () => T.tfMlpStep(deck, 'sigmoid', 'mse')));
  const cnn = W.cnnSpec();
  // tfjs-wasm 4.22 has no Conv2DBackpropFilter kernel: CNN training is compared with tfjs-cpu only.
  rows.push(row('3a', 'CNN 28×28 conv8-pool-conv16-pool-dense10, b32 train', 'steps/s', cfg,
    () => E.engineCnnStep(cnn), () => T.tfCnnStep(cnn), null));
  rows.push(row('3b', 'CNN same, forward only', 'images/s', cfg,
    () => E.engineCnnForward(cnn), () => T.tfCnnForward(cnn), () => T.tfCnnForward(cnn), cnn.batch));
  const lstm = W.lstmSpec();
  rows.push(row('4', 'LSTM in16 h32, 20 steps, batch 8, BPTT + SGD', 'steps/s', cfg,
    () => E.engineLstmStep(lstm), () => T.tfLstmStep(lstm), () => T.tfLstmStep(lstm)));
  const att = W.attentionSpec();
  rows.push(row('5', 'Self-attention 32 tok, d64, 4 heads, fwd + bwd', 'steps/s', cfg,
    () => E.engineAttentionStep(att), () => T.tfAttentionStep(att), () => T.tfAttentionStep(att)));
  const ana = W.analogySpec();
  rows.push(row('6', 'Top-10 cosine over 50 000×100', 'queries/s', cfg,
    () => E.engineAnalogyQuery(ana), () => T.tfAnalogyQuery(ana), () => T.tfAnalogyQuery(ana)));
  rows.push(...matmulRows(cfg));
  if (only) rows.splice(0, rows.length, ...rows.filter((r) => only.includes(r.id)));
  const result = { date: new Date().toISOString(), node: process.version, cores: cpus().length, cpu: cpus()[0]?.model ?? '', kernels: kernelBackend(), backend, mode: quick ? 'quick' : 'full', tfjsLiveTensors: T.tfNumTensors(), rows };
  console.log('\n' + JSON.stringify(result, null, 2));
  writeFileSync('bench-results.json', JSON.stringify(result, null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
