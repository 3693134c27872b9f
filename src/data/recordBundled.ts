// The 2025 record the explorer shows beside the hindcast (data/record-2025.json), checked by the
// same loader as in the tests. Bundled with the app; never read by the model.
import raw from '../../data/record-2025.json';
import { loadRecord, type Record2025 } from './record.ts';

let bundled: Record2025 | undefined;

/** The same object on every call; a broken file throws, naming where and what. */
export function loadBundledRecord(): Record2025 {
  if (bundled !== undefined) return bundled;
  const result = loadRecord(raw);
  if (!result.ok) {
    throw new Error(
      `The bundled record data/record-2025.json is invalid:\n${result.errors.join('\n')}`,
    );
  }
  bundled = result.record;
  return bundled;
}
