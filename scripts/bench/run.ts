/**
 * `npm run bench [-- --quick]`: this engine vs TensorFlow.js (cpu backend) on
 * identical workloads in one process. Prints a table and JSON and writes
 * bench-results.json. Ratio = tfjs time / engine time (> 1: engine faster).
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as E from './engine';
import { FULL, QUICK, compare, randomArray, type BenchConfig } from './harness';
import * as T from './tfjs';
import * as W from './workloads';

interface Row {
  id: string;
  workload: string;
  unit: string;
  engine: number;
  reference: number;
  referenceName: string;
  /** reference time / engine time = engine throughput / reference throughput. */
  ratio: number;
  goal: string;
}

type Factory = () => () => void;

function row(id: string, workload: string, unit: string, goal: string, cfg: BenchConfig, engine: Factory, ref: Factory, refName = 'tfjs-cpu', units = 1): Row {
  const c = compare(engine(), ref(), cfg, units);
  const e = c.engine.median;
  const r = c.reference.median;
  const out = { id, workload, unit, engine: e, reference: r, referenceName: refName, ratio: c.ratio, goal };
  console.log(`  ${id.padEnd(4)} ${workload.padEnd(44)} engine ${fmt(e).padStart(9)}  ${refName} ${fmt(r).padStart(9)} ${unit}  ratio ${out.ratio.toFixed(2)}`);
  return out;
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const cfg = quick ? QUICK : FULL;
  const backend = await T.initTfjs();
  console.log(`Gradient Atlas engine vs ${backend}; node ${process.version}; ${cpus().length} cores; ${quick ? 'quick' : 'full'} mode`);
  const rows: Row[] = [];
  const mlpXor = W.mlpXor();
  rows.push(row('1', 'MLP 2→8→8→1 tanh/sigmoid BCE, batch 10, SGD', 'steps/s', '≥2×', cfg,
    () => E.engineMlpStep(mlpXor, 'tanh', 'bce'), () => T.tfMlpStep(mlpXor, 'tanh', 'bce')));
  const deck = W.mlpDeck();
  rows.push(row('2', 'MLP 3→5→5→4 sigmoid MSE, batch 1, SGD', 'steps/s', '≥2×', cfg,
    () => E.engineMlpStep(deck, 'sigmoid', 'mse'), () => T.tfMlpStep(deck, 'sigmoid', 'mse')));
  const cnn = W.cnnSpec();
  rows.push(row('3a', 'CNN 28×28 conv8-pool-conv16-pool-dense10, b32 train', 'steps/s', '≥1×', cfg,
    () => E.engineCnnStep(cnn), () => T.tfCnnStep(cnn)));
  rows.push(row('3b', 'CNN same, forward only', 'images/s', '≥1×', cfg,
    () => E.engineCnnForward(cnn), () => T.tfCnnForward(cnn), 'tfjs-cpu', cnn.batch));
  const lstm = W.lstmSpec();
  rows.push(row('4', 'LSTM in16 h32, 20 steps, batch 8, BPTT + SGD', 'steps/s', '≥2×', cfg,
    () => E.engineLstmStep(lstm), () => T.tfLstmStep(lstm)));
  const att = W.attentionSpec();
  rows.push(row('5', 'Self-attention 32 tok, d64, 4 heads, fwd + bwd', 'steps/s', '≥2×', cfg,
    () => E.engineAttentionStep(att), () => T.tfAttentionStep(att)));
  const ana = W.analogySpec();
  rows.push(row('6', 'Top-10 cosine over 50 000×100', 'queries/s', '≥1×', cfg,
    () => E.engineAnalogyQuery(ana), () => T.tfAnalogyQuery(ana)));
  const n = 256;
  const a = randomArray(n * n, 801);
  const b = randomArray(n * n, 802);
  rows.push(row('7', 'matmul 256³: engine kernel (f32 in) vs raw f32 loop', 'matmuls/s', '≥0.5×', cfg,
    () => E.engineMatmul(n, a, b), () => E.rawMatmul(n, a, b), 'raw loop'));
  const a64 = Float64Array.from(a);
  const b64 = Float64Array.from(b);
  rows.push(row('7b', 'matmul 256³: engine kernel (f64 in) vs raw f64 loop', 'matmuls/s', 'info', cfg,
    () => E.engineMatmul(n, a64, b64), () => E.rawMatmul64(n, a64, b64), 'raw f64 loop'));
  rows.push(row('7c', 'matmul 256³: engine kernel (f32 in) vs tfjs-cpu', 'matmuls/s', 'info', cfg,
    () => E.engineMatmul(n, a, b), () => T.tfMatmul(n, a, b)));
  const result = { date: new Date().toISOString(), node: process.version, cores: cpus().length, cpu: cpus()[0]?.model ?? '', backend, mode: quick ? 'quick' : 'full', tfjsLiveTensors: T.tfNumTensors(), rows };
  console.log('\n' + JSON.stringify(result, null, 2));
  writeFileSync('bench-results.json', JSON.stringify(result, null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
