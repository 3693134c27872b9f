// The engine's promise at its boundary: every figure it hands out is a finite number. The
// loader keeps figures within plausible bounds, so a NaN or an Infinity here is a bug in the
// engine; it is stopped here, with the place, rather than shown as "NaN t/yr" or "null %".

/** The path of the first number in `value` that is NaN or infinite; undefined when none is. */
export function firstNonFinite(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return path === '' ? '(result)' : path;
    } else if (v instanceof Float64Array || v instanceof Float32Array) {
      // Only float arrays can hold NaN or an infinity; integer arrays are finite by kind.
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== undefined && !Number.isFinite(x)) return `${path}[${i}]`;
      }
    } else if (ArrayBuffer.isView(v)) {
      // Integer typed arrays and DataViews: nothing to check.
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]` });
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        stack.push({ value: child, path: path === '' ? key : `${path}.${key}` });
      }
    }
  }
  return undefined;
}

export class NonFiniteFigureError extends Error {
  constructor(
    readonly where: string,
    readonly path: string,
  ) {
    super(`${where}: the figure at ${path} is not a finite number`);
    this.name = 'NonFiniteFigureError';
  }
}

/** `value` unchanged, or a NonFiniteFigureError naming the first figure that is not finite. */
export function assertFinite<T>(where: string, value: T): T {
  const path = firstNonFinite(value);
  if (path !== undefined) throw new NonFiniteFigureError(where, path);
  return value;
}
