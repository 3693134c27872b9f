// The materials the interface offers to choose from.
import type { Dataset } from '../../data/schema.ts';

/** Those declared, and those on flows (a file need not declare them), sorted. */
export function flowMaterials(dataset: Dataset): readonly string[] {
  const ids = new Set(dataset.materials.map((m) => m.id));
  for (const e of dataset.edges) if (e.material !== undefined) ids.add(e.material);
  return [...ids].sort();
}
