import { registerMessages } from '../../i18n';
import type { LessonMeta } from '../types';

export const meta: LessonMeta = {
  id: 'backprop',
  order: 4,
  path: '/backprop',
  exercises: 2,
  messages: registerMessages({
    en: {
      title: 'Back-propagation, one operation at a time',
      summary: 'Step the 3-5-5-4 network forward and backward through the engine’s tape, watch every δ and ΔW with real numbers, check gradients numerically, and train a network playground live.',
    },
    vi: {
      title: 'Lan truyền ngược, từng phép toán một',
      summary: 'Đi từng bước xuôi và ngược qua mạng 3-5-5-4 trên băng ghi của bộ máy tính toán, xem mọi δ và ΔW bằng số thật, kiểm tra gradient bằng sai phân, và huấn luyện trực tiếp một sân chơi mạng nơ-ron.',
    },
  }),
};
