import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { layerCost, scoreAll } from '../../models/attention';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { attentionMessages } from './messages';
import { COST_PRESET, SCORE_PRESET, SCORE_WEIGHTS } from './params';

/** α₂ for the preset vectors with dot scores, and the convolution / self-attention cost ratio; the engine computes both answers. */
export function AttentionExercises() {
  const m = useMessages(attentionMessages);
  const exercises = useAppStore((s) => s.exercises);
  const { h1, h2, h3, s } = SCORE_PRESET;
  const alpha2 = scoreAll([h1, h2, h3], s, SCORE_WEIGHTS, 'dot').alpha[1];
  const cost = layerCost(COST_PRESET.n, COST_PRESET.d, COST_PRESET.k);
  const ratio = cost.conv / cost.selfAttention;
  const items = [
    { id: 'attention/alpha', q: m.exAlpha, answer: alpha2, tol: 5e-4, working: `${m.exWorking}\n\n${fmt(m.exAlphaWorking, { value: formatNumber(alpha2, 4) })}` },
    { id: 'attention/cost', q: m.exCost, answer: ratio, tol: 1e-6, working: `${m.exWorking}\n\n${fmt(m.exCostWorking, { value: formatNumber(ratio, 4) })}` },
  ];
  return (
    <div className="ga-exercises">
      <ExerciseList items={items} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
