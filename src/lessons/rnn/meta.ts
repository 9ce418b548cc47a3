import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'rnn',
  order: 6,
  path: '/rnn',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Recurrent networks, LSTM and GRU',
      summary: 'One cell reused at every time step: step through the lecture’s “hell” example, watch gradients vanish back through time, open the LSTM and GRU gates, and train them live on a memory task and on text.',
    },
    vi: {
      title: 'Mạng hồi quy, LSTM và GRU',
      summary: 'Một ô được dùng lại ở mọi bước thời gian: đi từng bước qua ví dụ “hell” của bài giảng, xem gradient biến mất khi lan ngược theo thời gian, mở các cổng của LSTM và GRU, và huấn luyện trực tiếp chúng trên bài toán ghi nhớ và trên văn bản.',
    },
  }),
};
