import { useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { BinaryMetrics } from '../../models/text/metrics';
import { Select } from '../../ui/Select';
import { Heatmap } from '../../viz/Heatmap';
import { textMessages as msgs } from './messages';

export interface ConfusionRow { id: string; name: string; m: BinaryMetrics }

/** One model's confusion matrix on the test mails: actual class by row, the model's call by column. */
export function ConfusionMatrix({ rows, threshold }: { rows: readonly ConfusionRow[]; threshold: string }) {
  const m = useMessages(msgs);
  const [chosen, setChosen] = useState('nb');
  const row = rows.find((r) => r.id === chosen) ?? rows[0];
  const { tp, fp, fn, tn } = row.m;
  return (
    <div className="ga-tc-confusion" data-testid="confusion" data-model={row.id} data-tp={tp} data-fp={fp} data-fn={fn} data-tn={tn}>
      <Select label={m.confusionModel} value={row.id} options={rows.map((r) => ({ value: r.id, label: r.name }))} onChange={setChosen} data-testid="confusion-model" />
      <Heatmap
        title={fmt(m.confusionTitle, { model: row.name, th: threshold })}
        values={[[tp, fn], [fp, tn]]}
        scale="sequential"
        domain={[0, Math.max(tp + fn, fp + tn)]}
        rowLabels={[m.actualSpam, m.actualHam]}
        colLabels={[m.calledSpam, m.calledHam]}
        showValues
        digits={0}
        cellSize={56}
      />
    </div>
  );
}
