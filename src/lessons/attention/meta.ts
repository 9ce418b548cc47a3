import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'attention',
  order: 7,
  path: '/attention',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Attention and the transformer',
      summary: 'Scores, softmax and a context vector with live numbers; a small encoder–decoder that learns its alignment while you watch; scaled dot-product self-attention, multiple heads, masks, positional encoding, the transformer block and its cost.',
    },
    vi: {
      title: 'Cơ chế chú ý và transformer',
      summary: 'Điểm số, softmax và vector ngữ cảnh với số liệu trực tiếp; một mô hình mã hoá–giải mã nhỏ tự học cách căn chỉnh ngay trước mắt bạn; self-attention tích vô hướng có chia tỉ lệ, nhiều đầu chú ý, mặt nạ, mã hoá vị trí, khối transformer và chi phí tính toán.',
    },
  }),
};
