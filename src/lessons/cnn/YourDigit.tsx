import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import type { MnistData } from '../../data';
import { cnnInfer, type CnnParams } from '../../models/cnnNet';
import { Notice } from '../../ui/Notice';
import { Heatmap } from '../../viz/Heatmap';
import { DrawPad } from './DrawPad';
import { FeatureMaps } from './FeatureMaps';
import { cnnMessages } from './messages';

interface Props { mine: Float64Array | null; setMine: (v: Float64Array | null) => void; digits: MnistData | null; net: CnnParams | null; trained: number }

/** The student's own digit through the network being trained: prediction, probabilities, feature maps. */
export function YourDigit({ mine, setMine, digits, net, trained }: Props) {
  const m = useMessages(cnnMessages);
  const inference = useMemo(() => (net && mine ? cnnInfer(net, mine) : null), [net, mine]);
  return (
    <div className="ga-cnn-yours">
      <DrawPad value={mine} onChange={setMine} digits={digits} />
      {!net && <Notice kind="info">{m.noNetYet}</Notice>}
      {net && trained === 0 && <Notice kind="info">{m.untrained}</Notice>}
      {!mine && <Notice kind="info">{m.drawFirst}</Notice>}
      {inference && mine && (
        <>
          <p className="ga-cnn-prediction">
            {m.prediction}: <output data-testid="prediction">{inference.predicted}</output>{' '}
            ({fmt(m.probabilityOf, { p: formatNumber(100 * inference.probs[inference.predicted], 1) })})
          </p>
          {/* Whole percents: probabilities such as 0.00022 would print as "2.2e−4", wider than a cell. */}
          <Heatmap title={m.probabilities} values={[inference.probs.map((q) => 100 * q)]} scale="sequential" domain={[0, 100]} showValues digits={0} cellSize={40}
            colLabels={inference.probs.map((_, i) => String(i))} />
          <FeatureMaps inference={inference} input={mine} testId="your-maps" />
        </>
      )}
    </div>
  );
}
