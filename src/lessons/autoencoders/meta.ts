import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'autoencoders',
  order: 10,
  path: '/autoencoders',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Autoencoders, Boltzmann machines and deep belief nets',
      summary: 'Squeeze real digits through a two-number bottleneck and watch the code space fill in, step through contrastive divergence on a tiny RBM with every number shown, then test whether layer-wise pre-training still helps when labels are scarce.',
    },
    vi: {
      title: 'Bộ tự mã hóa, máy Boltzmann và mạng niềm tin sâu',
      summary: 'Ép chữ số thật qua một nút thắt chỉ có hai số và xem không gian mã được lấp đầy, đi từng bước phân kỳ tương phản trên một RBM nhỏ với mọi con số hiện ra, rồi kiểm tra xem tiền huấn luyện từng tầng có còn giúp ích khi có ít nhãn hay không.',
    },
  }),
};
