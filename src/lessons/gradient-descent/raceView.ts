/**
 * Pure adapters from the recorded race to what the widget draws: the update rule of each optimizer in TeX,
 * the same rule with the live state substituted, loss curves, and a racer's status.
 */
import { texNum, texVector } from '../../lib/texNumber';
import type { RaceResult, RacerName, RacerRun } from '../../models/gradientDescentRace';

export const RACER_COLORS: Record<RacerName, string> = {
  sgd: 'var(--series-1)', momentum: 'var(--series-2)', nesterov: 'var(--series-3)', adagrad: 'var(--series-4)',
  adadelta: 'var(--series-5)', rmsprop: 'var(--series-6)', adam: 'var(--series-7)',
  // Adam's family races with Momentum, RMSprop and Adam only, so it borrows the colours of the racers it replaces.
  adamw: 'var(--series-1)', amsgrad: 'var(--series-3)', nadam: 'var(--series-4)',
};

/** Dashed lines for every other racer, so the curves differ by more than colour. */
export const RACER_DASHED: Record<RacerName, boolean> = {
  sgd: false, momentum: true, nesterov: false, adagrad: true, adadelta: false, rmsprop: true, adam: false, adamw: true, amsgrad: false, nadam: true,
};

/** Formulas one below the other, centred. */
const lines = (...ls: string[]) => `\\begin{gathered}${ls.join(' \\\\ ')}\\end{gathered}`;

/** The update rule of each racer, in the notation of deck 001 (g = ∇f(θ), products and powers per coordinate). */

export const RACER_RULE: Record<RacerName, string> = {
  sgd: '\\theta \\leftarrow \\theta - \\eta\\, g',
  momentum: lines('v \\leftarrow \\gamma v + \\eta\\, g', '\\theta \\leftarrow \\theta - v'),
  nesterov: lines('v \\leftarrow \\gamma v + \\eta\\, g', '\\theta \\leftarrow \\theta - (\\gamma v + \\eta\\, g)'),
  adagrad: lines('G \\leftarrow G + g^2', '\\theta \\leftarrow \\theta - \\frac{\\eta}{\\sqrt{G} + \\epsilon}\\, g'),
  adadelta: lines('E[g^2] \\leftarrow \\rho E[g^2] + (1-\\rho) g^2',
    '\\Delta\\theta = -\\frac{\\sqrt{E[\\Delta\\theta^2] + \\epsilon}}{\\sqrt{E[g^2] + \\epsilon}}\\, g,\\quad \\theta \\leftarrow \\theta + \\Delta\\theta',
    'E[\\Delta\\theta^2] \\leftarrow \\rho E[\\Delta\\theta^2] + (1-\\rho)\\Delta\\theta^2'),
  rmsprop: lines('E[g^2] \\leftarrow \\rho E[g^2] + (1-\\rho) g^2', '\\theta \\leftarrow \\theta - \\frac{\\eta}{\\sqrt{E[g^2]} + \\epsilon}\\, g'),
  adam: lines('m \\leftarrow \\beta_1 m + (1-\\beta_1) g,\\quad v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2',
    '\\hat m = \\frac{m}{1-\\beta_1^t},\\quad \\hat v = \\frac{v}{1-\\beta_2^t},\\quad \\theta \\leftarrow \\theta - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon}'),
  adamw: lines('\\theta \\leftarrow \\theta - \\eta\\lambda\\,\\theta \\quad(\\text{decay, not through } g)', '\\text{then Adam: } \\theta \\leftarrow \\theta - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon}'),
  amsgrad: lines('m, v \\text{ as Adam},\\quad u \\leftarrow \\max(u, v)', '\\theta \\leftarrow \\theta - \\frac{\\eta\\, \\hat m}{\\sqrt{u/(1-\\beta_2^t)} + \\epsilon}'),
  nadam: lines('m, v \\text{ as Adam}', '\\theta \\leftarrow \\theta - \\frac{\\eta}{\\sqrt{\\hat v} + \\epsilon}\\Big(\\beta_1 \\hat m + \\frac{(1-\\beta_1)\\, g}{1-\\beta_1^t}\\Big)'),
};

const vec = (p: readonly [number, number] | undefined) => (p ? texVector(p) : '\\text{—}');

/** Which optimizer state is shown under which symbol. */
const STATE_SYMBOLS: Record<RacerName, [string, string][]> = {
  sgd: [],
  momentum: [['velocity', 'v']],
  nesterov: [['velocity', 'v']],
  adagrad: [['sumSquaredGrad', 'G']],
  adadelta: [['avgSquaredGrad', 'E[g^2]'], ['avgSquaredUpdate', 'E[\\Delta\\theta^2]']],
  rmsprop: [['avgSquaredGrad', 'E[g^2]']],
  adam: [['mHat', '\\hat m'], ['vHat', '\\hat v']],
  adamw: [['mHat', '\\hat m'], ['vHat', '\\hat v']],
  amsgrad: [['mHat', '\\hat m'], ['vHat', '\\hat v'], ['vMaxHat', 'u/(1-\\beta_2^t)']],
  nadam: [['mHat', '\\hat m'], ['vHat', '\\hat v']],
};

/** Hyperparameters as TeX: η = 0.1, γ = 0.9 … */
function hyperTex(run: RacerRun): string {
  const h = run.hyper;
  const parts: string[] = [];
  if (run.name === 'adadelta') parts.push(`\\rho = ${texNum(h.rho, 3)}`, `\\epsilon = ${texNum(h.eps, 6)}`, `\\text{scale} = ${texNum(h.lr, 4)}`);
  else parts.push(`\\eta = ${texNum(h.lr, 5)}`);
  if (h.momentum !== undefined) parts.push(`\\gamma = ${texNum(h.momentum, 3)}`);
  if (run.name === 'rmsprop') parts.push(`\\rho = ${texNum(h.rho, 3)}`);
  if (h.weightDecay !== undefined) parts.push(`\\lambda = ${texNum(h.weightDecay, 4)}`);
  if (h.beta1 !== undefined) parts.push(`\\beta_1 = ${texNum(h.beta1, 3)}`, `\\beta_2 = ${texNum(h.beta2, 4)}`);
  return parts.join(',\\ ');
}

/** The racer's live numbers after step k: θ, its hyperparameters and its state (velocity, averages). */
export function racerStateTex(run: RacerRun, k: number): string {
  const i = Math.min(k, run.path.length - 1);
  const state = run.state[i] ?? {};
  const vectors = STATE_SYMBOLS[run.name].map(([key, sym]) => `${sym} = ${vec(state[key])}`);
  return lines(`t = ${i},\\quad \\theta = ${vec(run.path[i])}`, hyperTex(run), ...vectors);
}

/** Values plotted for the loss: log₁₀ f where f ≥ 0 everywhere (bowl, Rosenbrock, Himmelblau), else f itself. */
export const logLossFor = (race: RaceResult) => race.fn !== 'saddle';

/** Loss curves up to step k; log₁₀ of values at or below 10⁻¹² is clamped there. */
export function lossSeries(race: RaceResult, k: number, labels: Record<RacerName, string>) {
  const log = logLossFor(race);
  return race.runs.map((run) => ({
    id: run.name, label: labels[run.name], color: RACER_COLORS[run.name], dashed: RACER_DASHED[run.name],
    points: run.loss.slice(0, k + 1).map((f, i) => [i, log ? Math.log10(Math.max(f, 1e-12)) : f] as [number, number]),
  }));
}

/** Where the racer's run ended early, if it did: left the map, or left the finite numbers. */
export function racerStop(run: RacerRun): { kind: 'escaped' | 'diverged'; step: number } | null {
  if (run.escapedAt !== null) return { kind: 'escaped', step: run.escapedAt };
  if (run.divergedAt !== null) return { kind: 'diverged', step: run.divergedAt };
  return null;
}
