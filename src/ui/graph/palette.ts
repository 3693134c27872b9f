// Colours that stay apart with the common forms of colour blindness.
// - Stages: Okabe–Ito.
// - Countries: Paul Tol's discrete rainbow, its 12-colour selection (Tol, "Colour Schemes",
//   SRON/EPS/TN/09-002, fig. 22), chosen for colour-blind readers; "colour by country" names
//   the twelve largest countries and greys the rest as one group.
// - Shortfall: a sequential ramp from none to total loss, one scale for nodes and flows.
import type { Stage } from '../../core/model.ts';

export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  mine: '#E69F00',
  processor: '#0072B2',
  intermediary: '#009E73',
  'magnet-maker': '#CC79A7',
  'end-user': '#56B4E9',
};

export const COUNTRY_COLOURS = [
  '#DC050C',
  '#1965B0',
  '#4EB265',
  '#F4A736',
  '#882E72',
  '#7BAFDE',
  '#F7F056',
  '#AE76A3',
  '#E8601C',
  '#CAE0AB',
  '#5289C7',
  '#D1BBD7',
];
export const OTHER_COLOUR = '#BBBBBB';

/** A flow the scenario leaves whole. */
export const BASE_EDGE_COLOUR = '#9aa4ae';

/** Upper bounds of the shortfall steps: none, then up to 20%, 40%, … 100% lost. */
export const SHORTFALL_STEPS = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;
const SHORTFALL_STOPS = ['#F7F7F7', '#FDDBC7', '#F4A582', '#D6604D', '#B2182B', '#67001F'];

/** The colour for a share lost (0-1), the same for end users and flows. */
export function shortfallColour(fractionLost: number): string {
  const f = Math.min(1, Math.max(0, fractionLost));
  const step = SHORTFALL_STEPS.findIndex((upper) => f <= upper + 1e-12);
  return SHORTFALL_STOPS[step < 0 ? SHORTFALL_STOPS.length - 1 : step] ?? '#F7F7F7';
}
