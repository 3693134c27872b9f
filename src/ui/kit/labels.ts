// A node's label by id, looked up in a map built once per dataset (tables list thousands).
import { oncePer } from '../../core/oncePer.ts';
import type { Dataset } from '../../data/schema.ts';

export const labeller = oncePer((dataset: Dataset): ((id: string) => string) => {
  const labels = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  return (id: string) => labels.get(id) ?? id;
});
