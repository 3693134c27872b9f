// The legend of an exported picture: what the colours mean, and under a what-if the key to its
// marks as the graph draws them (a dashed border for a removed or cut node, a faint band for a
// flow's baseline), with end users shown in the loss colours they are drawn in.
import { STAGE_LABELS } from '../../core/model.ts';
import type { LegendEntry } from '../graph/decor.ts';
import { BASE_EDGE_COLOUR } from '../graph/palette.ts';
import { LOSS } from '../kit/colours.ts';

/** How an entry's swatch is drawn: a dot, a dashed ring, a flow on its faint band, or a ramp. */
export type LegendMark = 'dot' | 'dashed' | 'band' | 'ramp';

export interface FrameLegendEntry extends LegendEntry {
  readonly mark: LegendMark;
  /** For a ramp: the colours drawn side by side. */
  readonly colours?: readonly string[];
}

export const WHAT_IF_KEY: readonly FrameLegendEntry[] = [
  { label: 'Dashed border: removed or cut', colour: LOSS.removed, mark: 'dashed' },
  { label: 'Faint band: flow at baseline', colour: BASE_EDGE_COLOUR, mark: 'band' },
];

/**
 * The legend as drawn: at baseline the stages (or countries) as dots; under a what-if, end users
 * as the ramp of loss colours they take, then the what-if key.
 */
export function frameLegend(
  legend: readonly LegendEntry[],
  shortfall: readonly LegendEntry[] | null,
): FrameLegendEntry[] {
  const dots = legend.map((e): FrameLegendEntry => ({ ...e, mark: 'dot' }));
  if (shortfall === null) return dots;
  const endUsers = STAGE_LABELS['end-user'];
  const ramp = shortfall.map((e) => e.colour);
  const shown = dots.map((e) =>
    e.label === endUsers
      ? {
          label: `${endUsers}: colour is supply lost`,
          colour: ramp.at(-1) ?? e.colour,
          mark: 'ramp' as const,
          colours: ramp,
        }
      : e,
  );
  return [...shown, ...WHAT_IF_KEY];
}

/** How wide the swatch of a mark is, before its label (frame units). */
export function markWidth(entry: FrameLegendEntry): number {
  if (entry.mark === 'ramp') return 6 * (entry.colours?.length ?? 1) + 10;
  return entry.mark === 'band' ? 24 : 16;
}
