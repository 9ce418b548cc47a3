import { fmt, useMessages } from '../../i18n';
import { formatNumber } from '../../lib/parseNumber';
import { scoreIds, type NaiveBayes } from '../../models/text/naiveBayes';
import { recordExercise, useAppStore } from '../../state/store';
import { ExerciseList } from '../../ui/ExerciseList';
import { textMessages as msgs } from './messages';

/** A given count table (ids 2, 3, 4 = "free", "prize", "meeting"), 10 words in the vocabulary, 40 spam and 60 ham mails. */
export const EXERCISE_TABLE = { words: ['free', 'prize', 'meeting'], spam: [8, 4, 1], ham: [2, 1, 9], spamTotal: 60, hamTotal: 90, vocab: 10, docs: [60, 40] as [number, number] };

function exerciseModel(): NaiveBayes {
  const t = EXERCISE_TABLE;
  const counts: [Float64Array, Float64Array] = [new Float64Array(5), new Float64Array(5)];
  t.words.forEach((_, i) => { counts[0][2 + i] = t.ham[i]; counts[1][2 + i] = t.spam[i]; });
  return { counts, totals: [t.hamTotal, t.spamTotal], docs: t.docs, vocabSize: t.vocab, alpha: 1 };
}

/** The score of "free prize meeting" and the class that wins, both computed by the lesson's Naive Bayes. */
export function Exercises() {
  const m = useMessages(msgs);
  const exercises = useAppStore((s) => s.exercises);
  const t = EXERCISE_TABLE;
  const s = scoreIds(exerciseModel(), [2, 3, 4]);
  const winner = s.score > 0 ? 1 : 0;
  const items = [
    { id: 'text-classification/score', q: m.exScore, answer: s.score, tol: 0.01, working: fmt(m.exScoreWorking, { v: formatNumber(s.score, 4), prior: formatNumber(s.prior, 4) }) },
    { id: 'text-classification/winner', q: m.exWinner, answer: winner, tol: 1e-9, working: fmt(m.exWinnerWorking, { v: formatNumber(s.score, 4) }) },
  ];
  return (
    <div className="ga-exercises">
      <table className="ga-table" data-testid="ex-table">
        <caption>{fmt(m.exCaption, { s: t.spamTotal, h: t.hamTotal, v: t.vocab, ds: t.docs[1], dh: t.docs[0] })}</caption>
        <thead><tr><th scope="col">{m.word}</th><th scope="col">{m.countSpam}</th><th scope="col">{m.countHam}</th></tr></thead>
        <tbody>{t.words.map((w, i) => <tr key={w}><th scope="row">{w}</th><td>{t.spam[i]}</td><td>{t.ham[i]}</td></tr>)}</tbody>
      </table>
      <ExerciseList items={items} isSolved={(id) => exercises[id]?.solved ?? false} onResult={recordExercise} />
    </div>
  );
}
