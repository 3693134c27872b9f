// The empty templates a user downloads to fill in: each with one example row, and (XLSX) a Notes
// sheet saying what every column holds. The example is a made-up two-node chain, marked as such.
import { templateCsv } from './csv.ts';
import { EDGE_FIELDS, NODE_FIELDS, SOURCE_FIELDS, type TableRole } from './fields.ts';
import { writeXlsxTemplate } from './xlsx.ts';

export const TEMPLATE_EXAMPLES: Readonly<
  Partial<Record<TableRole, Record<string, string | number>>>
> = {
  nodes: {
    id: 'example-mine',
    label: 'Example mine (replace me)',
    stage: 'mine',
    country: 'AU',
    capacity: 1000,
    production: 800,
    year: 2024,
    sources: 'example-source',
    notes: 'An example row: replace it with your own.',
  },
  edges: {
    source: 'example-mine',
    target: 'example-refinery',
    flow: 800,
    material: 'ore concentrate',
    year: 2024,
    sources: 'example-source',
    notes: 'An example row: replace it with your own.',
  },
  sources: {
    id: 'example-source',
    title: 'Example annual report (replace me)',
    publisher: 'Example Ltd',
    year: 2024,
    url: 'https://example.org/report',
  },
};

const asText = (r: Record<string, string | number> | undefined) =>
  Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, String(v)]));

/** nodes.csv, edges.csv and sources.csv with their example rows. */
export function csvTemplates(): Record<string, string> {
  return {
    'nodes.csv': templateCsv(NODE_FIELDS, asText(TEMPLATE_EXAMPLES.nodes)),
    'edges.csv': templateCsv(EDGE_FIELDS, asText(TEMPLATE_EXAMPLES.edges)),
    'sources.csv': templateCsv(SOURCE_FIELDS, asText(TEMPLATE_EXAMPLES.sources)),
  };
}

export function xlsxTemplate(): Promise<Blob> {
  return writeXlsxTemplate(TEMPLATE_EXAMPLES);
}
