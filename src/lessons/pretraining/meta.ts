import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'pretraining',
  order: 12,
  path: '/pretraining',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Pre-training and fine-tuning: ELMo, BERT and what the tables say',
      summary: 'Word vectors that depend on the sentence, from a bi-LSTM language model; a miniature BERT pre-trained on the Brown corpus with masked words and next-sentence pairs; and fine-tuning it on a few labelled e-mails against the same network started from random weights.',
    },
    vi: {
      title: 'Tiền huấn luyện và tinh chỉnh: ELMo, BERT và các bảng kết quả',
      summary: 'Véc-tơ từ phụ thuộc vào câu, lấy từ mô hình ngôn ngữ LSTM hai chiều; một BERT thu nhỏ được tiền huấn luyện trên kho Brown bằng từ bị che và cặp câu liền nhau; và tinh chỉnh nó trên vài thư có nhãn, so với cùng mạng đó khởi tạo ngẫu nhiên.',
    },
  }),
};
