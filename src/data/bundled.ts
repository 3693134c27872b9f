// The dataset the app opens on, checked by the same loader as any file a user opens.
import raw from '../../data/rare-earths.json';
import { loadDataset } from './loadDataset.ts';
import type { Dataset } from './schema.ts';

export function loadBundledDataset(): Dataset {
  const result = loadDataset(raw);
  if (!result.ok) {
    throw new Error(
      `The bundled dataset data/rare-earths.json is invalid:\n${result.errors.join('\n')}`,
    );
  }
  return result.dataset;
}
