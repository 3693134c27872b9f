// Node positions for the chosen layout. Layered is cheap and computed here; organic runs
// ForceAtlas2 in a worker, seeded with the layered positions, and arrives later.
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { layeredLayout, type LayeredOptions, type Point } from '../../core/layout/layered.ts';
import type { LayoutName } from '../../state/document.ts';
import { organicLayoutInWorker } from '../../state/workerClients.ts';

export type Positions = ReadonlyMap<string, Point>;

/**
 * Spacing sized with the label style (style.ts) so that, fitted into a 1280×720 window, labels
 * read at 11 px or more: the tallest column's rows a label line apart and a little more (what
 * 448 px of graph can give 31 end users), shorter columns spread out for wrapped labels, with a
 * row and a half free at their ends so that those labels stay inside the fit.
 */
export const LAYERED = { columnGap: 290, rowGap: 28, fill: true, inset: 1.5 } as const;

/** About how far labels reach beyond the first and last columns, in graph units. */
const LABEL_REACH = 900;
/** The least height of the layered drawing, as a share of its width with labels. */
const LEAST_HEIGHT = 0.26;

/**
 * The layered spacing for this dataset: a few nodes a column would be drawn as a strip, a
 * fifth of the canvas high with labels over each other (a 14-node import filled 60 of 500 px),
 * so their rows are spread until the drawing is about as high as a canvas of a laptop's
 * proportions shows it; a full column keeps LAYERED's rows.
 */
export function layeredFor(dataset: Dataset): LayeredOptions {
  const perStage = new Map<string, number>();
  for (const n of dataset.nodes) perStage.set(n.stage, (perStage.get(n.stage) ?? 0) + 1);
  const rows = Math.max(1, ...perStage.values());
  const width = Math.max(0, perStage.size - 1) * LAYERED.columnGap + LABEL_REACH;
  const rowGap = Math.max(LAYERED.rowGap, (LEAST_HEIGHT * width) / Math.max(1, rows - 1));
  return { ...LAYERED, rowGap };
}

export function useLayoutPositions(
  dataset: Dataset,
  layout: LayoutName,
): { positions: Positions; busy: boolean } {
  const layered = useMemo(() => layeredLayout(dataset, layeredFor(dataset)), [dataset]);
  const [organic, setOrganic] = useState<{ dataset: Dataset; positions: Positions } | null>(null);

  useEffect(() => {
    if (layout !== 'organic' || organic?.dataset === dataset) return undefined;
    let cancelled = false;
    const ids = dataset.nodes.map((n) => n.id);
    const index = new Map(ids.map((id, i) => [id, i]));
    const seed = new Float64Array(2 * ids.length);
    ids.forEach((id, i) => {
      const p = layered.get(id);
      seed[2 * i] = (p?.x ?? 0) + ((i * 7919) % 97); // break ties between stacked nodes
      seed[2 * i + 1] = p?.y ?? 0;
    });
    const edges = dataset.edges.map(
      (e) => [index.get(e.source) ?? 0, index.get(e.target) ?? 0, e.flow] as const,
    );
    const run = organicLayoutInWorker({ ids, seed, edges });
    run.positions
      .then((flat) => {
        if (cancelled) return;
        const positions = new Map(
          ids.map((id, i) => [id, { x: flat[2 * i] ?? 0, y: flat[2 * i + 1] ?? 0 }]),
        );
        setOrganic({ dataset, positions });
      })
      .catch(() => undefined); // the layered positions stay
    return () => {
      cancelled = true;
      run.cancel();
    };
  }, [dataset, layout, layered, organic]);

  if (layout === 'organic' && organic?.dataset === dataset)
    return { positions: organic.positions, busy: false };
  return { positions: layered, busy: layout === 'organic' };
}
