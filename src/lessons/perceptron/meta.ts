import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'perceptron',
  order: 2,
  path: '/perceptron',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'The perceptron',
      summary: 'A threshold unit draws a line through the plane. Train it one example at a time with Δwᵢ = η(t − o)xᵢ, watch it converge on separable points, and see it cycle forever on XOR.',
    },
    vi: {
      title: 'Perceptron',
      summary: 'Một đơn vị ngưỡng vẽ một đường thẳng chia mặt phẳng. Huấn luyện nó từng ví dụ một với Δwᵢ = η(t − o)xᵢ, xem nó hội tụ trên dữ liệu tách được tuyến tính và lặp mãi không dừng trên XOR.',
    },
  }),
};
