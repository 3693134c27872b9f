// Sortable tables: click a header to sort by it, again to reverse.
import { useMemo, useState } from 'react';
import { sortRows } from './sortRows.ts';

export function useSort<T>(
  rows: readonly T[],
  columns: Record<string, (row: T) => number | string>,
  initial: string,
) {
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: initial, desc: true });
  const sorted = useMemo(() => {
    const get = columns[sort.key];
    return get === undefined ? [...rows] : sortRows(rows, get, sort.desc);
  }, [rows, columns, sort]);
  const toggle = (key: string) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : true }));
  /** A column header that sorts by `key` when clicked, announcing its order. */
  const header = (label: string, key: string) => {
    const order = sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none';
    return (
      <th scope="col" aria-sort={order}>
        <button type="button" className="sort" onClick={() => toggle(key)}>
          {label}
          {order === 'descending' ? ' ▼' : order === 'ascending' ? ' ▲' : ''}
        </button>
      </th>
    );
  };
  return { sorted, header };
}
