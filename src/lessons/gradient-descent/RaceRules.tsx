import { useMessages } from '../../i18n';
import type { RaceResult } from '../../models/gradientDescentRace';
import { ScrollTex } from '../../ui/ScrollTex';
import { gdMessages } from './messages';
import { useRacerLabels } from './useRacerLabels';
import { RACER_COLORS, RACER_RULE, racerStateTex } from './raceView';

/** Each optimizer's update rule, and under it the numbers it holds after step k (velocity, averages…). */
export function RaceRules({ race, k }: { race: RaceResult; k: number }) {
  const m = useMessages(gdMessages);
  const labels = useRacerLabels();
  return (
    <section className="ga-race__rules" aria-label={m.rulesTitle}>
      <h3>{m.rulesTitle}</h3>
      <ul>
        {race.runs.map((run) => (
          <li key={run.name} data-testid={`rule-${run.name}`} style={{ borderLeftColor: RACER_COLORS[run.name] }}>
            <strong>{labels[run.name]}</strong>
            <ScrollTex label={`${labels[run.name]}: ${m.ruleLabel}`} math={RACER_RULE[run.name]} />
            <ScrollTex label={`${labels[run.name]}: ${m.stateLabel}`} math={racerStateTex(run, k)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
