// The bounds every figure a file or a link may state stays within, so that sums and ratios
// inside the engine stay finite (see analysis/flows/finite.ts).

/**
 * The largest figure, in tonnes or as a factor: a thousand times world production of anything.
 * Bigger numbers are typing mistakes or attacks, and sums of them could overflow to Infinity.
 */
export const MAX_FIGURE = 1e12;

/**
 * The smallest non-zero figure: a microgram. Smaller ones (denormals such as 1e-320) turn into
 * Infinity when divided by, so they are refused rather than silently read as 0.
 */
export const MIN_NONZERO_FIGURE = 1e-9;

export const isPlausibleMagnitude = (x: number) => x === 0 || Math.abs(x) >= MIN_NONZERO_FIGURE;

export const TINY_FIGURE_MESSAGE = `lies between 0 and ${MIN_NONZERO_FIGURE}: write 0 or a figure of at least ${MIN_NONZERO_FIGURE}`;

/** A plain decimal number as text: digits, a point, an exponent. No sign, hex, spaces or words. */
const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A figure written as text (in a link or on the command line) within [min, max], or what is
 * wrong with it. "0x1", " 1", "1e999", "Infinity" and "-0" are all refused.
 */
export function parseFigure(
  text: string | undefined,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: string } {
  const t = text ?? '';
  if (!DECIMAL.test(t)) return { ok: false, error: `"${t.slice(0, 40)}" is not a plain number` };
  const value = Number(t);
  if (!Number.isFinite(value) || value < min || value > max) {
    return { ok: false, error: `${t.slice(0, 40)} is outside ${min}–${max}` };
  }
  if (!isPlausibleMagnitude(value)) return { ok: false, error: `${t} ${TINY_FIGURE_MESSAGE}` };
  return { ok: true, value };
}
