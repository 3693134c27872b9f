// Sorting table rows by one column, fast enough for 20,000 rows: each row's key is read once,
// text is compared with one Intl.Collator (String.localeCompare builds a collator per call),
// and rows with equal keys keep their order.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortRows<T>(
  rows: readonly T[],
  get: (row: T) => number | string,
  desc: boolean,
): T[] {
  const keys = rows.map(get);
  const order = Array.from(rows.keys());
  const sign = desc ? -1 : 1;
  order.sort((a, b) => {
    const x = keys[a] as number | string;
    const y = keys[b] as number | string;
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * c || a - b;
  });
  return order.map((i) => rows[i] as T);
}
