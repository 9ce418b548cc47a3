import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'text-classification',
  order: 9,
  path: '/text-classification',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Text classification: from Naive Bayes to neural networks on real e-mail',
      summary: 'Is this mail spam? Walk Naive Bayes word by word on 6,046 real SpamAssassin e-mails, then train a mean-of-embeddings network, a 1-D CNN and an LSTM with attention live, and compare their precision, recall and F1 on held-out mail.',
    },
    vi: {
      title: 'Phân loại văn bản: từ Naive Bayes đến mạng nơ-ron trên thư điện tử thật',
      summary: 'Thư này có phải thư rác không? Đi qua Naive Bayes từng từ một trên 6.046 thư SpamAssassin thật, rồi huấn luyện trực tiếp mạng trung bình embedding, CNN 1 chiều và LSTM có chú ý, và so sánh độ chính xác, độ phủ và F1 của chúng trên thư để riêng.',
    },
  }),
};
