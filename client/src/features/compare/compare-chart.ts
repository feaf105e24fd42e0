import { formatMoney } from '../../shared/format/money';

// What the Compare page's charts share: their colours and how their axes write amounts.

/**
 * NHS identity colours: blue for the prices, yellow with a black edge for the viewer's own (never
 * colour alone: they are also diamonds, and labelled), dark grey for the quartiles, red for the ceiling.
 */
export const chartColours = {
  point: '#005eb8',
  own: '#ffb81c',
  edge: '#212b32',
  quartile: '#4c6272',
  ceiling: '#d5281b',
};

/** Axis ticks in whole pounds where they are whole: "£1,200", "£2.50". */
export function moneyTick(value: number): string {
  const text = formatMoney(value.toFixed(2));
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}
