import { registerMessages } from '../../i18n';
import { en } from './messagesEn';
import { vi } from './messagesVi';

export const attentionMessages = registerMessages({ en, vi });
export type AttentionMessages = typeof en;
