import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'neuron',
  order: 1,
  path: '/neuron',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'The neuron and its activations',
      summary: 'A weighted sum and a non-linearity: compute z = w·x + b and a = f(z) step by step, compare seven activation functions and their slopes, and see why depth needs non-linearity.',
    },
    vi: {
      title: 'Nơ-ron và các hàm kích hoạt',
      summary: 'Tổng có trọng số và một hàm phi tuyến: tính z = w·x + b và a = f(z) từng bước, so sánh bảy hàm kích hoạt cùng độ dốc của chúng, và hiểu vì sao mạng sâu cần tính phi tuyến.',
    },
  }),
};
