// Hostile inputs for the unit tests: the payload lists in tests/fixtures/hostile/, and a small
// valid dataset whose ids and labels are those payloads.
import { readFileSync } from 'node:fs';

export function payloads(name: 'formulas' | 'xss' | 'urls' | 'links'): string[] {
  const url = new URL(`../fixtures/hostile/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as string[];
}

/**
 * One mine -> processor -> end user chain per payload: the mine's id is the payload, every label
 * is the payload, so the payload shows up as an id, a label and a single point of failure.
 */
export function datasetNamed(names: readonly string[]) {
  return {
    title: 'hostile names',
    sources: [{ id: 's1', title: 'A source', year: 2025 }],
    nodes: names.flatMap((name, i) => [
      { id: name, label: name, stage: 'mine', country: 'AU', production: 10 + i },
      { id: `p${i}`, label: name, stage: 'processor', country: 'CN' },
      { id: `e${i}`, label: name, stage: 'end-user', country: 'DE' },
    ]),
    edges: names.flatMap((name, i) => [
      { source: name, target: `p${i}`, flow: 10 + i, sources: ['s1'] },
      { source: `p${i}`, target: `e${i}`, flow: 10 + i, sources: ['s1'] },
    ]),
  };
}
