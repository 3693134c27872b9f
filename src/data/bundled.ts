// The dataset the app opens on, checked by the same loader as any file a user opens.
import raw from '../../data/rare-earths.json';
import { loadDataset } from './loadDataset.ts';
import type { Dataset } from './schema.ts';

let bundled: Dataset | undefined;

/** The same object on every call, so "is this the bundled dataset?" is a comparison. */
export function loadBundledDataset(): Dataset {
  if (bundled !== undefined) return bundled;
  const result = loadDataset(raw);
  if (!result.ok) {
    throw new Error(
      `The bundled dataset data/rare-earths.json is invalid:\n${result.errors.join('\n')}`,
    );
  }
  bundled = result.dataset;
  return bundled;
}
