// Table sorting: numbers by value, text in the reader's collation, ties in their first order.
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../../src/ui/kit/sortRows.ts';

const rows = [
  { id: 'b', v: 2 },
  { id: 'a10', v: 1 },
  { id: 'a9', v: 2 },
  { id: 'C', v: 3 },
];

describe('sortRows', () => {
  it('sorts numbers either way, keeping ties in order', () => {
    expect(sortRows(rows, (r) => r.v, true).map((r) => r.id)).toEqual(['C', 'b', 'a9', 'a10']);
    expect(sortRows(rows, (r) => r.v, false).map((r) => r.id)).toEqual(['a10', 'b', 'a9', 'C']);
  });

  it('sorts text by collation: case aside, numbers inside ids by value', () => {
    expect(sortRows(rows, (r) => r.id, false).map((r) => r.id)).toEqual(['a9', 'a10', 'b', 'C']);
  });

  it('leaves the input as it was', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.v, true);
    expect(rows).toEqual(copy);
  });
});
