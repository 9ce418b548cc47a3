/**
 * Small line icons drawn as SVG, so they look the same whatever fonts a machine has
 * (media-control characters like ⏮ are missing from many system fonts).
 */
export type IconName = 'first' | 'back' | 'play' | 'pause' | 'forward' | 'last' | 'present' | 'close' | 'menu' | 'prev' | 'next' | 'link';

const PATHS: Record<IconName, string> = {
  first: 'M4 3v10M13 3L6 8l7 5z',
  back: 'M10 3L5 8l5 5',
  play: 'M5 3l8 5-8 5z',
  pause: 'M5 3v10M11 3v10',
  forward: 'M6 3l5 5-5 5',
  last: 'M12 3v10M3 3l7 5-7 5z',
  present: 'M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3',
  close: 'M3 3l10 10M13 3L3 13',
  menu: 'M2 4h12M2 8h12M2 12h12',
  prev: 'M11 2L4 8l7 6z',
  next: 'M5 2l7 6-7 6z',
  link: 'M7 9a3 3 0 0 0 4 0l2-2a3 3 0 0 0-4-4l-1 1M9 7a3 3 0 0 0-4 0l-2 2a3 3 0 0 0 4 4l1-1',
};
const FILLED = new Set<IconName>(['first', 'play', 'last', 'prev', 'next']);

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="ga-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill={FILLED.has(name) ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={2}
        strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
