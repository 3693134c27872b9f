// A small dataset with model v4's fields filled in, for the format round trips: a magnet maker
// with alternative recipes (with a label, a lead time, citations, an estimate and a note), a mine
// and the maker with capacity ramps, and two dated events. Notes hold what a spreadsheet or an
// XML reader could take for something else (a formula, markup, quotes, a line break).
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../../src/data/schema.ts';

const raw = {
  schemaVersion: 3,
  title: 'Magnets by grade, with ramps and events',
  year: 2025,
  sources: [
    { id: 'plan', title: 'Company plan', year: 2025, kind: 'company-report' },
    { id: 'notice', title: 'Export notice', year: 2025, url: 'https://example.org/n?a=1&b=2' },
  ],
  materials: [
    { id: 'NdPr' },
    { id: 'Dy' },
    { id: 'Tb' },
    { id: 'magnet-dy' },
    { id: 'magnet-free' },
  ],
  nodes: [
    {
      id: 'nd',
      stage: 'mine',
      country: 'AU',
      production: 94,
      capacity: 200,
      ramps: [
        { from: '2025-07-01', capacity: 250, year: 2025, sources: ['plan'] },
        {
          from: '2026-01-15',
          capacity: 300,
          year: 2025,
          sources: ['plan', 'notice'],
          estimate: { low: 280, high: 320 },
          notes: '=SUM(1,2) <b>"guidance"</b>\nsecond line',
        },
      ],
    },
    { id: 'dy', stage: 'mine', country: 'CN', production: 5 },
    { id: 'tb', stage: 'mine', country: 'MY', production: 0.5, capacity: 2 },
    {
      id: 'maker',
      stage: 'magnet-maker',
      country: 'JP',
      converter: true,
      capacity: 120,
      recipes: [
        {
          id: 'sintered-dy',
          label: 'Sintered, Dy grade',
          output: 'magnet-dy',
          inputs: { NdPr: 0.9, Dy: 1 / 9 },
          share: 0.75,
        },
        {
          id: 'diffused',
          output: 'magnet-dy',
          inputs: { NdPr: 0.9, Tb: 1 / 30 },
          share: 0.25,
          maxShare: 0.5,
          leadDays: 30,
          year: 2025,
          sources: ['plan'],
          estimate: { low: 0.3, high: 0.6 },
          notes: '+1 "grain-boundary" diffusion & <Tb>',
        },
        { id: 'dy-free', output: 'magnet-free', inputs: { NdPr: 1 }, share: 1 },
      ],
      ramps: [{ from: '2025-10-01', capacity: 150, year: 2025, sources: ['plan'] }],
    },
    { id: 'ev', stage: 'end-user', country: 'US' },
    { id: 'electronics', stage: 'end-user', country: 'US' },
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 94 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 5 },
    { source: 'tb', target: 'maker', material: 'Tb', flow: 0.5 },
    { source: 'maker', target: 'ev', material: 'magnet-dy', flow: 60 },
    { source: 'maker', target: 'electronics', material: 'magnet-free', flow: 40 },
  ],
  events: [
    {
      id: 'licences',
      label: 'Licences for Dy and Tb',
      from: '2025-04-04',
      to: '2025-05-31',
      interventions: [
        { type: 'block-route', from: 'CN', to: 'JP', material: 'Dy', factor: 0 },
        { type: 'block-route', from: 'MY', to: 'JP', material: 'Tb', factor: 0.5 },
      ],
      sources: ['notice'],
      notes: '@import "x"; -1',
    },
    {
      id: 'still-on',
      label: 'Still in force',
      from: '2025-10-09',
      interventions: [{ type: 'block-route', from: 'CN', to: 'US' }],
      sources: ['notice', 'plan'],
    },
  ],
};

function load(): Dataset {
  const r = loadDataset(raw);
  if (!r.ok) throw new Error(`the v4 test dataset is invalid:\n${r.errors.join('\n')}`);
  return r.dataset;
}

export const v4Dataset: Dataset = load();
