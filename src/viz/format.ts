/** Number formatting and coordinate rounding shared by the charts. */
export { formatNumber, NOT_A_NUMBER } from '../lib/parseNumber';

/** Rounds an SVG coordinate to 2 decimals so rendered attributes are short and deterministic. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
