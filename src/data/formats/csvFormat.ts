// CSV files: one table a file (nodes, edges, and optionally sources, materials, dataset), read
// together or one after the other; written as a zip of them.
import { parseCsv } from './csv.ts';
import { datasetCsvFiles } from './exportDataset.ts';
import { text, zipOf, saveAs, type FileFormat } from './fileFormat.ts';
import type { Table } from './tables.ts';
import { csvTemplates } from './templates.ts';

export const csvFormat = {
  id: 'csv',
  name: 'CSV',
  docsName: 'CSV',
  extensions: ['.csv', '.tsv', '.txt'],
  read: {
    several: true,
    read: async (files) => {
      const tables: Table[] = [];
      for (const f of files) {
        const decoded = text(f);
        if (!decoded.ok) return { ok: false, errors: [decoded.error] };
        const parsed = parseCsv(f.name, decoded.text);
        if (!parsed.ok) return { ok: false, errors: [parsed.error] };
        tables.push(parsed.table);
      }
      return { ok: true, tables, notes: [] };
    },
  },
  write: {
    label: 'CSV files (zip)',
    writer: 'datasetCsvFiles',
    written:
      'a zip of nodes.csv, edges.csv, and sources.csv, materials.csv, dataset.csv when they have rows',
    save: saveAs('-csv.zip', 'application/zip', (dataset) => zipOf(datasetCsvFiles(dataset))),
  },
  template: {
    label: 'Empty template (CSV, zip)',
    maker: 'csvTemplates',
    rank: 2,
    save: () => ({
      name: 'chokepoint-template-csv.zip',
      data: zipOf(csvTemplates()),
      type: 'application/zip',
    }),
  },
} as const satisfies FileFormat;
