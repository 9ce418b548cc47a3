import { registerMessages } from '../../i18n';
import { en, type DlMessages } from './messagesEn';
import { vi } from './messagesVi';

export const dlMessages = registerMessages({ en, vi });
export type { DlMessages };
