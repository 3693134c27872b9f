// Okabe–Ito colours: distinguishable with the common forms of colour blindness.
import type { Stage } from '../core/model.ts';

export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  mine: '#E69F00',
  processor: '#0072B2',
  intermediary: '#009E73',
  'magnet-maker': '#CC79A7',
  'end-user': '#56B4E9',
};
