import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'deep-learning',
  order: 0,
  path: '/deep-learning',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'What deep learning is',
      summary: 'Rules written by people or learned from examples; AI, machine learning, neural networks and deep learning inside each other; hand-made digit features against features a network learns, trained live on real handwriting; the three steps of deep learning, its history from 1958 to today, and how to count parameters and iterations.',
    },
    vi: {
      title: 'Học sâu là gì',
      summary: 'Quy tắc do con người viết hay học từ ví dụ; trí tuệ nhân tạo, học máy, mạng nơ-ron và học sâu lồng vào nhau; đặc trưng chữ số tự thiết kế so với đặc trưng mạng tự học, huấn luyện trực tiếp trên chữ viết tay thật; ba bước của học sâu, lịch sử từ 1958 đến nay, và cách đếm tham số, số vòng lặp.',
    },
  }),
};
