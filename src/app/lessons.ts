import { registerMessages } from '../i18n';

/** A lesson route. Only lessons that exist are listed: a route exists when its lesson works. */
export interface LessonEntry {
  id: string;
  path: string;
  /** Number of exercises, for the progress shown on the course map. */
  exercises: number;
  load: () => Promise<{ default: React.ComponentType }>;
}

export const LESSONS: LessonEntry[] = [
  { id: 'neuron', path: '/neuron', exercises: 2, load: () => import('../lessons/neuron/NeuronLesson') },
];

/** Titles and one-line summaries, shown in the navigation and on the course map. */
export const lessonMessages = registerMessages({
  en: {
    neuronTitle: 'The neuron and its activations',
    neuronSummary: 'A weighted sum and a non-linearity: compute z = w·x + b and a = f(z) by hand, and compare seven activation functions and their slopes.',
  },
  vi: {
    neuronTitle: 'Nơ-ron và các hàm kích hoạt',
    neuronSummary: 'Tổng có trọng số và một hàm phi tuyến: tự tính z = w·x + b và a = f(z), rồi so sánh bảy hàm kích hoạt cùng đạo hàm của chúng.',
  },
});

export function lessonTitle(m: Record<string, string>, id: string): string {
  return m[`${id}Title`] ?? id;
}

export function lessonSummary(m: Record<string, string>, id: string): string {
  return m[`${id}Summary`] ?? '';
}
