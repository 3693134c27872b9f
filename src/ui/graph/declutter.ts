// Labels that would be drawn over each other are hidden, the most important kept: what a force
// layout packs together (nodes a few units apart, labels hundreds wide) cannot be read when every
// label is drawn. Greedy, in the caller's order of importance, like sigma.js's label grid: a
// label is shown unless it overlaps one already shown. A uniform grid finds the neighbours, so
// a thousand labels take one pass instead of a million comparisons.
import type { Core, SingularElementArgument } from 'cytoscape';

export interface LabelBox {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Boxes that share only an edge do not overlap. */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The ids of the labels to hide; `boxes` come most important first. */
export function hiddenLabels(boxes: readonly LabelBox[]): Set<string> {
  const hidden = new Set<string>();
  if (boxes.length === 0) return hidden;
  // Cells about as big as a typical label: each box touches a few cells.
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    width += b.x2 - b.x1;
    height += b.y2 - b.y1;
  }
  const cw = Math.max(1e-9, width / boxes.length);
  const ch = Math.max(1e-9, height / boxes.length);
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox, visit: (key: string) => boolean | void): boolean => {
    for (let i = Math.floor(b.x1 / cw); i <= Math.floor(b.x2 / cw); i++) {
      for (let j = Math.floor(b.y1 / ch); j <= Math.floor(b.y2 / ch); j++) {
        if (visit(`${i},${j}`) === true) return true;
      }
    }
    return false;
  };
  for (const b of boxes) {
    const clash = cells(b, (key) => grid.get(key)?.some((shown) => overlaps(shown, b)));
    if (clash) {
      hidden.add(b.id);
      continue;
    }
    cells(b, (key) => {
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [b]);
      else list.push(b);
    });
  }
  return hidden;
}

/**
 * Hides (class `label-hidden`) the labels of `cy` that would overlap a more important one. First
 * come the nodes in `keep` (the selection), then the nodes the what-if touches (cut, removed or
 * raised) and those that lose supply, then the biggest.
 * Hidden labels keep their text, so their boxes can be measured again after the next change.
 */
export function declutterLabels(cy: Core, keep: ReadonlySet<string>): void {
  const rank = (n: SingularElementArgument) =>
    (keep.has(n.id()) ? 4 : 0) +
    (['loses', 'removed', 'cut', 'raised'].some((c) => n.hasClass(c)) ? 2 : 0);
  const nodes = cy
    .nodes()
    .filter((n) => n.visible() && String(n.data('label') ?? '') !== '')
    .toArray()
    .sort(
      (a, b) =>
        rank(b) - rank(a) ||
        Number(b.data('size') ?? 0) - Number(a.data('size') ?? 0) ||
        (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0),
    );
  const boxes = nodes.map((n) => {
    const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return { id: n.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
  });
  const hidden = hiddenLabels(boxes);
  cy.batch(() => {
    for (const n of nodes) {
      if (hidden.has(n.id())) n.addClass('label-hidden');
      else n.removeClass('label-hidden');
    }
  });
}

/** Shows every label again (a layout that places labels apart itself). */
export function showAllLabels(cy: Core): void {
  cy.batch(() => cy.nodes('.label-hidden').removeClass('label-hidden'));
}
