import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'embeddings',
  order: 8,
  path: '/embeddings',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Word embeddings and word2vec',
      summary: 'One-hot versus dense vectors, analogies and nearest neighbours on real GloVe vectors, a zoomable PCA map, and skip-gram with negative sampling trained live.',
    },
    vi: {
      title: 'Word embedding và word2vec',
      summary: 'Vector one-hot và vector dày đặc, phép loại suy và láng giềng gần nhất trên vector GloVe thật, bản đồ PCA phóng to được, và skip-gram với lấy mẫu âm huấn luyện trực tiếp.',
    },
  }),
};
