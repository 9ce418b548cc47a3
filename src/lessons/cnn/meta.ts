import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'cnn',
  order: 5,
  path: '/cnn',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Convolution, pooling and a CNN on real digits',
      summary: 'Slide a kernel across an image step by step, see stride, padding and channels change the output, route gradients through pooling, then train a small CNN live on handwritten digits and test it on your own drawing.',
    },
    vi: {
      title: 'Tích chập, gộp và mạng CNN trên chữ số thật',
      summary: 'Trượt một nhân chập qua ảnh từng bước, xem bước trượt, phần đệm và số kênh thay đổi đầu ra ra sao, lan truyền gradient qua lớp gộp, rồi huấn luyện trực tiếp một CNN nhỏ trên chữ số viết tay và thử nó với chữ số bạn tự vẽ.',
    },
  }),
};
