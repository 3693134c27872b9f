// Node positions for the chosen layout. Layered is cheap and computed here; organic runs
// ForceAtlas2 in a worker, seeded with the layered positions, and arrives later.
import { useEffect, useMemo, useState } from 'react';
import { wrap, transfer } from 'comlink';
import type { Dataset } from '../../data/schema.ts';
import { layeredLayout, type Point } from '../../core/layout/layered.ts';
import type { LayoutName } from '../../state/document.ts';
import type { LayoutWorkerApi } from '../../workers/layout.worker.ts';

export type Positions = ReadonlyMap<string, Point>;

/**
 * Spacing sized with the label style (style.ts) so that, fitted into a 1280×720 window, labels
 * read at 11 px or more: rows one label line apart, short columns spread out for wrapped labels.
 */
const LAYERED = { columnGap: 290, rowGap: 36, fill: true } as const;

export function useLayoutPositions(
  dataset: Dataset,
  layout: LayoutName,
): { positions: Positions; busy: boolean } {
  const layered = useMemo(() => layeredLayout(dataset, LAYERED), [dataset]);
  const [organic, setOrganic] = useState<{ dataset: Dataset; positions: Positions } | null>(null);

  useEffect(() => {
    if (layout !== 'organic' || organic?.dataset === dataset) return undefined;
    let cancelled = false;
    const worker = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
      type: 'module',
    });
    const api = wrap<LayoutWorkerApi>(worker);
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
    api
      .organicLayout(transfer({ ids, seed, edges }, [seed.buffer]))
      .then((flat) => {
        if (cancelled) return;
        const positions = new Map(
          ids.map((id, i) => [id, { x: flat[2 * i] ?? 0, y: flat[2 * i + 1] ?? 0 }]),
        );
        setOrganic({ dataset, positions });
      })
      .catch(() => undefined)
      .finally(() => worker.terminate());
    return () => {
      cancelled = true;
      worker.terminate();
    };
  }, [dataset, layout, layered, organic]);

  if (layout === 'organic' && organic?.dataset === dataset)
    return { positions: organic.positions, busy: false };
  return { positions: layered, busy: layout === 'organic' };
}
