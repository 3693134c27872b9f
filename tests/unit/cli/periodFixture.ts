// A dataset small enough to work out by hand, for the command line's questions over time: mine
// m1 (365 t a year, at capacity) and mine m2 (73 t, capacity 146: 73 spare) ship ore to trader t,
// which holds a stock of 10 t (range 0-20) and ships 292 t to end user a and 146 t to end user
// b. A year is 365 days, so t passes on 1.2 t a day: a gets 0.8, b 0.4. The dataset's event
// halves m1's shipments through March 2025 (0.5 t a day less); its monthly series measures the
// same flow, whose June figure is half its baseline month. Written to a file in a temporary
// folder, as a user's dataset would be.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sourced = { year: 2024, sources: ['hand'] };

export const timeDataset = {
  format: 'chokepoint-dataset',
  schemaVersion: 3,
  title: 'Time by hand',
  year: 2024,
  sources: [
    { id: 'hand', title: 'Worked by hand', publisher: 'Tests', year: 2024, kind: 'research' },
  ],
  nodes: [
    { id: 'm1', stage: 'mine', country: 'AU', production: 365, capacity: 365, ...sourced },
    { id: 'm2', stage: 'mine', country: 'BR', production: 73, capacity: 146, ...sourced },
    {
      id: 't',
      stage: 'intermediary',
      country: 'CA',
      ...sourced,
      stock: {
        ore: {
          tonnes: 10,
          estimate: { low: 0, high: 20 },
          ...sourced,
          notes: 'A range to draw from.',
        },
      },
    },
    { id: 'a', stage: 'end-user', country: 'CA', ...sourced },
    { id: 'b', stage: 'end-user', country: 'CA', ...sourced },
  ],
  edges: [
    { source: 'm1', target: 't', flow: 365, material: 'ore', ...sourced },
    { source: 'm2', target: 't', flow: 73, material: 'ore', ...sourced },
    { source: 't', target: 'a', flow: 292, material: 'ore', ...sourced },
    { source: 't', target: 'b', flow: 146, material: 'ore', ...sourced },
  ],
  scenarios: [
    {
      id: 'm1-halved',
      label: 'Mine m1 halved',
      interventions: [{ type: 'scale-flow', source: 'm1', target: 't', factor: 0.5 }],
    },
  ],
  periods: [
    {
      id: 'm1-ore',
      label: "Mine m1's ore",
      unit: 't',
      basis: 't REO',
      baseline: { value: 100, ...sourced },
      flows: [{ source: 'm1', target: 't' }],
      points: { '2025-06': { value: 50, year: 2025, sources: ['hand'] } },
    },
  ],
  events: [
    {
      id: 'march-cut',
      label: "m1's shipments halved in March",
      from: '2025-03-01',
      to: '2025-03-31',
      interventions: [{ type: 'scale-flow', source: 'm1', target: 't', factor: 0.5 }],
      sources: ['hand'],
    },
  ],
};

/** The dataset written to a fresh temporary folder; its path. */
export function timeDatasetFile(dataset: object = timeDataset): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chokepoint-time-')), 'time.json');
  writeFileSync(file, JSON.stringify(dataset, null, 2));
  return file;
}
