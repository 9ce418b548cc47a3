import { useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { texNum } from '../../lib/texNumber';
import { jacobianChain } from '../../models/jacobianChain';
import { Prose } from '../../ui/Prose';
import { Tex } from '../../ui/Tex';
import { VectorFields } from '../../ui/VectorFields';
import { backpropMessages } from './messages';

const mat = (a: readonly (readonly number[])[]) => `\\begin{bmatrix}${a.map((r) => r.map((v) => texNum(v)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

/** J_{f∘g} = J_f(g(x))·J_g(x) at a point the student picks, every matrix from the engine's autograd. */
export function JacobianChain({ x, set }: { x: number[]; set: (patch: { jx: number[] }) => void }) {
  const m = useMessages(backpropMessages);
  const s = jacobianChain([x[0], x[1]]);
  const [y1, y2] = s.y;
  return (
    <div data-testid="jacobian-chain">
      <div className="ga-controls">
        <VectorFields label={m.jacPoint} symbol="x" values={x} onChange={(jx) => set({ jx })} min={-10} max={10} />
      </div>
      <Tex display math={`g(x) = \\begin{bmatrix} x_1x_2 \\\\ x_1 + x_2\\end{bmatrix} = \\begin{bmatrix}${texNum(y1)} \\\\ ${texNum(y2)}\\end{bmatrix},\\quad f(y) = \\begin{bmatrix}\\tanh y_1 \\\\ y_1y_2^2\\end{bmatrix} = \\begin{bmatrix}${texNum(s.out[0])} \\\\ ${texNum(s.out[1])}\\end{bmatrix}`} />
      <Tex display math={`J_g(x) = \\begin{bmatrix} x_2 & x_1 \\\\ 1 & 1\\end{bmatrix} = ${mat(s.jg)},\\quad J_f(y) = \\begin{bmatrix} 1-\\tanh^2 y_1 & 0 \\\\ y_2^2 & 2y_1y_2\\end{bmatrix} = ${mat(s.jf)}`} />
      <Tex display math={`J_f(g(x))\\,J_g(x) = ${mat(s.jf)}${mat(s.jg)} = ${mat(s.product)}`} />
      <Tex display math={`J_{f\\circ g}(x)\\ \\text{(autograd)} = ${mat(s.composite)},\\quad \\text{finite differences} = ${mat(s.numeric)}`} />
      <p className="ga-readout">
        {m.jacChainError} <output data-testid="jac-chain-error">{formatNumber(s.chainError, 3)}</output>
        {' · '}{m.jacNumericError} <output data-testid="jac-numeric-error">{s.numericError.toExponential(1)}</output>
        {' · '}J<sub>f∘g</sub> = <output data-testid="jac-composite">{s.composite.map((r) => `[${r.map((v) => formatNumber(v, 6)).join(', ')}]`).join(' ')}</output>
      </p>
      <Prose text={m.jacNote} />
    </div>
  );
}
