// Hiding labels that overlap: no two shown labels overlap, and none is hidden without cause.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenLabels, overlaps, type LabelBox } from '../../../../src/ui/graph/declutter.ts';

const box = (id: string, x1: number, y1: number, x2: number, y2: number): LabelBox => ({
  id,
  x1,
  y1,
  x2,
  y2,
});

/** The same greedy rule by comparing every pair: what the grid must agree with. */
function reference(boxes: readonly LabelBox[]): Set<string> {
  const shown: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const b of boxes) {
    if (shown.some((s) => overlaps(s, b))) hidden.add(b.id);
    else shown.push(b);
  }
  return hidden;
}

const boxes = fc
  .array(
    fc.record({
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
      w: fc.double({ min: 1, max: 400, noNaN: true }),
      h: fc.double({ min: 1, max: 60, noNaN: true }),
    }),
    { maxLength: 120 },
  )
  .map((list) => list.map(({ x, y, w, h }, i) => box(`n${i}`, x, y, x + w, y + h)));

describe('hiding overlapping labels', () => {
  it('keeps labels apart, the more important first', () => {
    expect(hiddenLabels([box('a', 0, 0, 10, 2), box('b', 20, 0, 30, 2)])).toEqual(new Set());
    // b overlaps a: b goes; c overlaps only b, which is hidden, so c stays
    const chain = [box('a', 0, 0, 10, 2), box('b', 8, 0, 18, 2), box('c', 16, 0, 26, 2)];
    expect(hiddenLabels(chain)).toEqual(new Set(['b']));
    // the order is the importance: the other way round, a loses to b
    expect(hiddenLabels([chain[1]!, chain[0]!])).toEqual(new Set(['a']));
    // sharing an edge is not overlapping
    expect(hiddenLabels([box('a', 0, 0, 10, 2), box('b', 10, 0, 20, 2)])).toEqual(new Set());
    expect(hiddenLabels([])).toEqual(new Set());
  });

  it('never shows two overlapping labels, and hides only a label that overlaps a shown one', () => {
    fc.assert(
      fc.property(boxes, (list) => {
        const hidden = hiddenLabels(list);
        const shown = list.filter((b) => !hidden.has(b.id));
        for (let i = 0; i < shown.length; i++)
          for (let j = i + 1; j < shown.length; j++)
            expect(overlaps(shown[i]!, shown[j]!)).toBe(false);
        list.forEach((b, i) => {
          if (hidden.has(b.id))
            expect(shown.some((s) => list.indexOf(s) < i && overlaps(s, b))).toBe(true);
        });
        expect(hidden).toEqual(reference(list));
      }),
      { numRuns: 300 },
    );
  });
});
