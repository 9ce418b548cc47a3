import { useMemo } from 'react';
import { fmt, useMessages } from '../../i18n';
import { maskedExample, type IdDocument } from '../../models/pretrain/masking';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { pretrainMessages } from './messages';
import type { PretrainBundle } from './usePretrainData';

/** Answers computed from the loaded model and the same seeded batch the masked-LM widget shows. */
export function PretrainExercises({ data, val }: { data: PretrainBundle; val: IdDocument[] }) {
  const m = useMessages(pretrainMessages);
  const exercises = useAppStore((s) => s.exercises);
  const { vocabSize, dModel, maxLen } = data.bert.model.config;
  const batch = useMemo(() => maskedExample(val, 64, maxLen, vocabSize), [val, maxLen, vocabSize]);
  const count = (k: string) => batch.kinds.filter((x) => x === k).length;
  const items = [
    { id: 'pretraining/embedding-size', q: m.exParams, answer: data.bert.model.tok.size, working: fmt(m.exParamsWorking, { v: vocabSize, d: dModel, n: data.bert.model.tok.size }) },
    { id: 'pretraining/masked-count', q: m.exMask, answer: batch.positions.length, working: fmt(m.exMaskWorking, { mask: count('mask'), random: count('random'), keep: count('keep'), n: batch.positions.length }) },
  ];
  return (
    <div className="ga-exercises">
      <ExerciseList items={items} tolerance={1e-6} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
