import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'language-models',
  order: 11,
  path: '/language-models',
  exercises: 1,
  messages: registerMessages({
    en: {
      title: 'Language models: a GPT from scratch',
      summary: 'Byte-pair tokens learned merge by merge, a decoder-only transformer trained live on the Brown corpus, a shipped model to sample from with temperature, top-k and top-p, and every head’s attention on your own prompt.',
    },
    vi: {
      title: 'Mô hình ngôn ngữ: tự dựng một GPT',
      summary: 'Token BPE học qua từng phép gộp, một transformer chỉ có bộ giải mã huấn luyện trực tiếp trên kho Brown, một mô hình kèm theo để lấy mẫu với nhiệt độ, top-k và top-p, và sự chú ý của từng đầu trên chính câu của bạn.',
    },
  }),
};
