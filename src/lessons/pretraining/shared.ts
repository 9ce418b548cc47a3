import type { Values } from '../../lib/urlParams';
import type { MiniBert } from '../../models/pretrain/bert';
import type { BiLstmLm } from '../../models/pretrain/bilstm';
import type { pretrainSchema } from './params';
import type { PretrainBundle } from './usePretrainData';

export type PretrainParams = Values<typeof pretrainSchema>;

export interface LessonProps {
  params: PretrainParams;
  set: (p: Partial<PretrainParams>) => void;
  data: PretrainBundle;
}

/** Retrained weights the widgets use instead of the shipped ones (absent: shipped). */
export interface LiveModels {
  bert?: { model: MiniBert; step: number };
  bilstm?: { model: BiLstmLm; step: number };
}
