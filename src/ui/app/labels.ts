// A node's label by id, looked up in a map built once per dataset (tables list thousands).
import type { Dataset } from '../../data/schema.ts';

const cache = new WeakMap<Dataset, (id: string) => string>();

export function labeller(dataset: Dataset): (id: string) => string {
  let fn = cache.get(dataset);
  if (fn === undefined) {
    const labels = new Map(dataset.nodes.map((n) => [n.id, n.label]));
    fn = (id: string) => labels.get(id) ?? id;
    cache.set(dataset, fn);
  }
  return fn;
}
