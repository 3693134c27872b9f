// A figure with the range it could lie in, so that estimates carry their uncertainty through the
// arithmetic (interval arithmetic on non-negative numbers: sums add bounds, a difference takes the
// widest case). A sourced figure is exact: its range is the point itself.

export interface Quantity {
  readonly v: number;
  readonly lo: number;
  readonly hi: number;
}

export function q(v: number, lo = v, hi = v): Quantity {
  if (!(lo <= v && v <= hi)) throw new Error(`quantity ${v} lies outside ${lo}–${hi}`);
  return { v, lo, hi };
}

export const isExact = (a: Quantity): boolean => a.lo === a.v && a.hi === a.v;

export function mul(a: Quantity, b: Quantity | number): Quantity {
  const f = typeof b === 'number' ? q(b) : b;
  return q(a.v * f.v, a.lo * f.lo, a.hi * f.hi);
}

export function add(...parts: readonly Quantity[]): Quantity {
  return parts.reduce((s, p) => q(s.v + p.v, s.lo + p.lo, s.hi + p.hi), q(0));
}

/** What is left of `a` after `parts`; never below zero. */
export function sub(a: Quantity, ...parts: readonly Quantity[]): Quantity {
  const b = add(...parts);
  const v = a.v - b.v;
  if (v < 0) throw new Error(`remainder is negative: ${a.v} − ${b.v}`);
  return q(v, Math.min(v, Math.max(0, a.lo - b.hi)), Math.max(v, a.hi - b.lo));
}

/** Whole tonnes: the point rounded, the range widened to whole tonnes around it. */
export function tonnes(a: Quantity): Quantity {
  const v = Math.round(a.v);
  return q(v, Math.min(v, Math.floor(a.lo)), Math.max(v, Math.ceil(a.hi)));
}

/** Splits a whole-tonne total into whole-tonne parts by shares that sum to 1; the last part takes the rounding. */
export function split(total: Quantity, shares: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let given = 0;
  shares.forEach((share, i) => {
    if (i === shares.length - 1) {
      const part = mul(total, share);
      const v = total.v - given;
      out.push(tonnes(q(v, Math.min(v, part.lo), Math.max(v, part.hi))));
    } else {
      const part = tonnes(mul(total, share));
      given += part.v;
      out.push(part);
    }
  });
  return out;
}
