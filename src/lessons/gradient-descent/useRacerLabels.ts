import { useMessages } from '../../i18n';
import type { RacerName } from '../../models/gradientDescentRace';
import { gdMessages } from './messages';

/** The racers' display names in the current language. */
export function useRacerLabels(): Record<RacerName, string> {
  const m = useMessages(gdMessages);
  return {
    sgd: m.racerSgd, momentum: m.racerMomentum, nesterov: m.racerNesterov, adagrad: m.racerAdagrad,
    adadelta: m.racerAdadelta, rmsprop: m.racerRmsprop, adam: m.racerAdam, adamw: 'AdamW', amsgrad: 'AMSGrad', nadam: 'Nadam',
  };
}
