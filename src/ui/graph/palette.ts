// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Eight hues is
// as far as such a palette goes, so "colour by country" names the largest seven and greys the rest.
import type { Stage } from '../../core/model.ts';

export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  mine: '#E69F00',
  processor: '#0072B2',
  intermediary: '#009E73',
  'magnet-maker': '#CC79A7',
  'end-user': '#56B4E9',
};

export const COUNTRY_COLOURS = [
  '#D55E00',
  '#0072B2',
  '#009E73',
  '#E69F00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
];
export const OTHER_COLOUR = '#BBBBBB';

/** Shortfall colours for end users: none → total (a sequential, colour-blind-safe ramp). */
export function shortfallColour(fractionLost: number): string {
  const stops = ['#F7F7F7', '#FDDBC7', '#F4A582', '#D6604D', '#B2182B', '#67001F'];
  const f = Math.min(1, Math.max(0, fractionLost));
  return stops[Math.min(stops.length - 1, Math.ceil(f * (stops.length - 1)))] ?? '#F7F7F7';
}
