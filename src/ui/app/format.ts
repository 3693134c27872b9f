// Numbers as people read them: tonnes with thousands separators, percentages with one decimal.
const tonnes = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** Below this, a figure is rounding noise from the solver, shown as 0. */
const NOISE = 1e-6;

export function formatTonnes(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'unknown';
  if (Math.abs(value) < NOISE) return '0 t/yr';
  return `${Math.abs(value) < 10 && value !== 0 ? small.format(value) : tonnes.format(value)} t/yr`;
}

export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return small.format(value);
}
