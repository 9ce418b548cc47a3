/** KaTeX for each step of the stepped network: the deck's formula and the same with live numbers. */
import { tex, texNum } from '../../lib/texNumber';
import type { BpConfig, BpNode, BpState } from '../../models/backprop';

const F: Record<string, string> = { sigmoid: '\\sigma', tanh: '\\tanh', relu: '\\operatorname{ReLU}', identity: '' };

/** `x3` → `x^{(3)}`; `W2` → `W^{(2)}`; `a1` → `a^{(1)}`; `E` → `E`. */
export function sym(name: string): string {
  if (name === 'E') return 'E';
  const base = { x: 'x', W: 'W', a: 'a', m: 'm', b: 'b', F: 'F' }[name[0]] ?? name[0];
  return `${base}^{(${name.slice(1)})}`;
}

/** One step's formulas: `general` with symbols, `live` with the focused neuron's numbers. */
export interface StepTex { general: string; live: string; shapes?: string }

const sumTerms = (w: number[], x: number[]) => w.map((wi, j) => tex`${wi}\cdot${x[j]}`).slice(0, 6).join(' + ') + (w.length > 6 ? ' + \\dots' : '');

function forwardTex(cfg: BpConfig, s: BpState, node: BpNode, i: number): StepTex {
  const [inA, inB] = node.inputs;
  const out = s.values[node.output] ?? [];
  if (node.op === 'matmul') {
    const W = s.values[inA];
    const x = s.values[inB];
    const n = x.length;
    const row = W.slice(i * n, (i + 1) * n);
    return {
      general: `${sym(node.output)} = ${sym(inA)}\\,${sym(inB)}`,
      shapes: `\\underset{${out.length}\\times 1}{${sym(node.output)}} = \\underset{${out.length}\\times ${n}}{${sym(inA)}}\\;\\underset{${n}\\times 1}{${sym(inB)}}`,
      live: `${sym(node.output)}_{${i + 1}} = \\textstyle\\sum_j ${sym(inA)}_{${i + 1}j}\\,${sym(inB)}_j = ${sumTerms(row, x)} = ${texNum(out[i])}`,
    };
  }
  if (node.op === 'add') {
    return {
      general: `${sym(node.output)} = ${sym(inA)} + ${sym(inB)}`,
      live: tex`${sym(node.output)}_{${String(i + 1)}} = ${s.values[inA][i]} + ${s.values[inB][i]} = ${out[i]}`,
    };
  }
  if (node.op === 'halfSumSquaredError') {
    const o = s.values[inA];
    return {
      general: `E = \\tfrac12 \\lVert y - ${sym(inA)} \\rVert^2`,
      live: `E = \\tfrac12\\big(${o.map((v, k) => tex`(${cfg.y[k]} - ${v})^2`).join(' + ')}\\big) = ${texNum(out[0], 6)}`,
    };
  }
  if (node.op === 'softmaxCrossEntropy') {
    return { general: `\\mu = \\mathcal{S}(${sym(inA)}),\\quad E = -y^{\\top}\\log \\mu`, live: `E = ${texNum(out[0], 6)}, \\quad \\mu = (${s.output.map((v) => texNum(v)).join(', ')})` };
  }
  if (node.op === 'bceWithLogits') {
    return { general: `p = \\sigma(${sym(inA)}),\\quad E = -[y\\log p + (1-y)\\log(1-p)]`, live: tex`p = \sigma(${s.values[inA][0]}) = ${s.output[0]},\quad E = ${out[0]}` };
  }
  return {
    general: `${sym(node.output)} = ${F[node.op] ?? node.op}(${sym(inA)})`,
    live: tex`${sym(node.output)}_{${String(i + 1)}} = ${F[node.op] ?? node.op}(${s.values[inA][i]}) = ${out[i]}`,
  };
}

function lossBackTex(cfg: BpConfig, s: BpState, node: BpNode, i: number, L: number): StepTex {
  const o = s.values[node.inputs[0]];
  if (node.op === 'halfSumSquaredError') {
    return {
      general: `\\frac{\\partial E}{\\partial ${sym(node.inputs[0])}} = ${sym(node.inputs[0])} - y`,
      live: tex`\frac{\partial E}{\partial ${sym(node.inputs[0])}_{${String(i + 1)}}} = ${o[i]} - ${cfg.y[i]} = ${o[i] - cfg.y[i]}`,
    };
  }
  const mu = s.output;
  return {
    general: `\\delta_{f} = \\mu - y \\quad(\\text{deck 004; the deck 000 sign: } \\delta^{(${L + 1})} = y - \\mu)`,
    live: tex`(\delta_f)_{${String(i + 1)}} = ${mu[i]} - ${cfg.y[i]} = ${mu[i] - cfg.y[i]}`,
  };
}

function activationBackTex(s: BpState, node: BpNode, i: number, L: number): StepTex {
  const out = s.values[node.output];
  const up = -(s.backward?.gradOut[i] ?? 0);
  const local = s.backward?.localValues?.[i] ?? 0;
  const lay = Number(node.inputs[0].slice(1)) + 1;
  const isOut = lay === L + 1;
  const localSym = node.op === 'sigmoid' ? `${sym(node.output)}\\odot(1 - ${sym(node.output)})` : `f'(${sym(node.inputs[0])})`;
  const upSym = isOut ? `(y - ${sym(node.output)})` : `(W^{(${lay})\\top}\\delta^{(${lay + 1})})`;
  const localLive = node.op === 'sigmoid' ? tex`${out[i]}(1 - ${out[i]})` : texNum(local, 4, { paren: true });
  return {
    general: `\\delta^{(${lay})} = ${upSym}\\odot ${localSym}`,
    live: tex`\delta^{(${String(lay)})}_{${String(i + 1)}} = ${up}\cdot ${localLive} = ${up * local}`,
  };
}

function matmulBackTex(cfg: BpConfig, s: BpState, node: BpNode, i: number, j: number): StepTex {
  const [W, x] = node.inputs;
  const l = Number(W.slice(1));
  const d = -(s.backward?.gradOut[i] ?? 0);
  const xv = s.values[x][j];
  const back = s.backward?.contributions.find((c) => c.input === x)?.grad;
  const upLive = back ? tex`,\qquad (W^{(${String(l)})\top}\delta^{(${String(l + 1)})})_{${String(j + 1)}} = ${-back[j]}` : '';
  return {
    general: `\\Delta W^{(${l})} = \\eta\\,\\delta^{(${l + 1})}\\,{${sym(x)}}^{\\top},\\qquad -\\frac{\\partial E}{\\partial ${sym(x)}} = W^{(${l})\\top}\\delta^{(${l + 1})}`,
    live: tex`\Delta W^{(${String(l)})}_{${String(i + 1)}${String(j + 1)}} = ${cfg.eta}\cdot ${d}\cdot ${xv} = ${cfg.eta * d * xv}` + upLive,
  };
}

/** The formulas of the current step for output neuron `i` and input index `j` (both clamped). */
export function stepTex(cfg: BpConfig, s: BpState, i0: number, j0: number): StepTex {
  const L = cfg.sizes.length - 1;
  if (s.phase === 'update') {
    return {
      general: 'W^{(l)} := W^{(l)} + \\Delta W^{(l)}, \\quad l = 1,\\dots,' + L,
      live: `E_{\\text{before}} = ${texNum(s.loss, 6)} \\;\\to\\; E_{\\text{after}} = ${texNum(s.updated?.loss ?? NaN, 6)}`,
    };
  }
  const node = s.nodes[s.nodeIndex];
  const width = s.phase === 'forward' || node.op === 'matmul' ? (s.values[node.output]?.length ?? 1) : (s.values[node.inputs[0]]?.length ?? 1);
  const i = Math.min(i0, Math.max(0, width - 1));
  if (s.phase === 'forward') return forwardTex(cfg, s, node, i);
  if (['halfSumSquaredError', 'softmaxCrossEntropy', 'bceWithLogits'].includes(node.op)) return lossBackTex(cfg, s, node, i, L);
  if (node.op === 'matmul') return matmulBackTex(cfg, s, node, i, Math.min(j0, (s.values[node.inputs[1]]?.length ?? 1) - 1));
  if (node.op === 'add') {
    const skip = node.inputs[1][0] === 'F';
    return {
      general: skip
        ? `\\frac{\\partial E}{\\partial ${sym(node.inputs[0])}} \\mathrel{+}= \\frac{\\partial E}{\\partial ${sym(node.output)}}\\;(\\text{identity path}),\\quad \\frac{\\partial E}{\\partial ${sym(node.inputs[1])}} = \\frac{\\partial E}{\\partial ${sym(node.output)}}`
        : `\\frac{\\partial E}{\\partial ${sym(node.inputs[1])}} = \\frac{\\partial E}{\\partial ${sym(node.inputs[0])}} = \\frac{\\partial E}{\\partial ${sym(node.output)}}`,
      live: tex`\frac{\partial E}{\partial ${sym(node.output)}_{${String(i + 1)}}} = ${s.backward?.gradOut[i] ?? 0}`,
    };
  }
  return activationBackTex(s, node, i, L);
}
