import type { Values } from '../../lib/urlParams';
import type { pretrainSchema } from './params';
import type { PretrainBundle } from './usePretrainData';

export type PretrainParams = Values<typeof pretrainSchema>;

export interface LessonProps {
  params: PretrainParams;
  set: (p: Partial<PretrainParams>) => void;
  data: PretrainBundle;
}
