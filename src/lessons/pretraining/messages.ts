import { registerMessages } from '../../i18n';
import { en, type PretrainMessages } from './messagesEn';
import { vi } from './messagesVi';

export const pretrainMessages = registerMessages({ en, vi });
export type { PretrainMessages };
