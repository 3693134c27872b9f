// One way to write a number for people, used by the explorer, the exports and the command
// line's sentences: three significant figures whatever the magnitude (347,807 → 348,000;
// 44,366 → 44,400; 6.674 → 6.67; 13 → 13.0), always with its unit, and shares with two
// significant figures (96%, 7.5%, 0.35%). `exact` gives the unrounded figure for a hover.

/** Below this, a figure is rounding noise from the solver, written as 0. */
export const NOISE = 1e-6;

const SIG = 3;
const sig = new Intl.NumberFormat('en-GB', {
  minimumSignificantDigits: SIG,
  maximumSignificantDigits: SIG,
});
const tiny = (v: number) => v.toExponential(SIG - 1);
const exactFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

const known = (v: number | null | undefined): v is number =>
  v !== null && v !== undefined && Number.isFinite(v);

/** A bare number at three significant figures, with thousands separators. */
export function formatFigure(value: number | null | undefined): string {
  if (!known(value)) return 'unknown';
  if (Math.abs(value) < NOISE) return '0';
  // Above 999 the significant figures fall left of the point: round there, keep separators.
  if (Math.abs(value) >= 10 ** SIG) {
    const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - SIG + 1);
    return exactFmt.format(Math.round(value / step) * step);
  }
  if (Math.abs(value) < 1e-3) return tiny(value);
  return sig.format(value);
}

/** "348,000 t/yr": a quantity with its unit. */
export function formatQuantity(value: number | null | undefined, unit = 't/yr'): string {
  return known(value) ? `${formatFigure(value)} ${unit}` : 'unknown';
}

/** A share (0-1) as a percentage: "96%", "7.5%", "0.35%", "0%". */
export function formatShare(fraction: number | null | undefined): string {
  if (!known(fraction)) return '–';
  const p = fraction * 100;
  const a = Math.abs(p);
  if (a < 1e-9) return '0%';
  // 99.7% is not "100%": near total, keep the decimal and round down.
  if (a >= 99 && a < 100) return `${p < 0 ? '-' : ''}${(Math.floor(a * 10) / 10).toFixed(1)}%`;
  const digits = a >= 10 ? 0 : a >= 1 ? 1 : Math.max(1, 1 - Math.floor(Math.log10(a)));
  return `${p.toFixed(digits)}%`;
}

/** "−82%": a loss written as a signed change with a true minus sign. */
export function formatLoss(fraction: number | null | undefined): string {
  if (!known(fraction)) return '–';
  const s = formatShare(Math.abs(fraction));
  return s === '0%' ? '0%' : `${fraction > 0 ? '−' : '+'}${s}`;
}

/** The unrounded figure, for a hover: "347,807.12 t/yr". */
export function formatExact(value: number | null | undefined, unit?: string): string {
  if (!known(value)) return 'unknown';
  const text = Math.abs(value) < NOISE ? '0' : exactFmt.format(value);
  return unit === undefined ? text : `${text} ${unit}`;
}
