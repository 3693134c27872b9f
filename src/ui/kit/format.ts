// The explorer's numbers: the one formatter in src/core/format.ts, with the names the panels use.
export {
  formatExact,
  formatFigure,
  formatLoss,
  formatQuantity as formatTonnes,
  formatShare as formatPercent,
} from '../../core/format.ts';
import { formatFigure } from '../../core/format.ts';

/** A unitless measure (a score, a rank value): three significant figures, like every figure. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : formatFigure(value);
}
