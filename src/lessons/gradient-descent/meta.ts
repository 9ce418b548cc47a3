import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'gradient-descent',
  order: 3,
  path: '/gradient-descent',
  exercises: 1,
  messages: registerMessages({
    en: {
      title: 'Gradient descent and its optimizers',
      summary: 'Derive the gradient of the squared error of a linear unit, walk down its error surface, compare batch, stochastic and mini-batch descent, and race SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop and Adam.',
    },
    vi: {
      title: 'Hạ gradient và các bộ tối ưu',
      summary: 'Suy ra gradient của sai số bình phương cho một đơn vị tuyến tính, đi xuống mặt sai số của nó, so sánh hạ gradient theo lô, ngẫu nhiên và lô nhỏ, và cho SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop, Adam chạy đua.',
    },
  }),
};
