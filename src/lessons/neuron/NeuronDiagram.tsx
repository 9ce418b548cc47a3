import { formatNumber } from '../../lib/parseNumber';

interface Props {
  x: readonly number[];
  w: readonly number[];
  z: number | null;
  a: number | null;
  /** Symbol of the activation, plain text (σ, tanh…). */
  fName: string;
  /** 0 products, 1 sum, 2 activation: which part is lit. */
  step: number;
}

/** Inputs → weighted edges → Σ → f → output, with the step being computed highlighted. */
export function NeuronDiagram({ x, w, z, a, fName, step }: Props) {
  const rowY = (i: number) => 40 + i * 60;
  const lit = (s: number) => (step === s ? 'ga-neuron__lit' : '');
  return (
    <svg viewBox="0 0 460 200" className="ga-neuron" role="img" aria-hidden="true">
      {x.map((xi, i) => (
        <g key={i}>
          <line x1={70} y1={rowY(i)} x2={230} y2={100} className={`ga-neuron__edge ${lit(0)}`} strokeWidth={1 + Math.min(4, Math.abs(w[i]) * 3)} />
          <circle cx={50} cy={rowY(i)} r={20} className="ga-neuron__node" />
          <text x={50} y={rowY(i) + 5} textAnchor="middle">{formatNumber(xi, 2)}</text>
          <text x={150} y={(rowY(i) + 100) / 2 - 6} textAnchor="middle" className="ga-neuron__weight">w{i + 1}={formatNumber(w[i], 2)}</text>
        </g>
      ))}
      <circle cx={250} cy={100} r={28} className={`ga-neuron__node ${lit(1)}`} />
      <text x={250} y={96} textAnchor="middle">Σ</text>
      <text x={250} y={114} textAnchor="middle" className="ga-neuron__small">{z === null ? '' : formatNumber(z, 3)}</text>
      <line x1={278} y1={100} x2={322} y2={100} className="ga-neuron__edge" />
      <rect x={322} y={78} width={56} height={44} rx={8} className={`ga-neuron__node ${lit(2)}`} />
      <text x={350} y={105} textAnchor="middle">{fName}</text>
      <line x1={378} y1={100} x2={412} y2={100} className="ga-neuron__edge" />
      <text x={416} y={105}>{a === null ? '' : formatNumber(a, 3)}</text>
    </svg>
  );
}
