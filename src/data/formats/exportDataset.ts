// Every way a dataset leaves the app: dataset JSON, CSV files, an XLSX workbook, GEXF and
// GraphML. Each carries sources, estimates and materials, and reads back to the same dataset
// through importFiles (the round-trip tests hold that).
import type { Dataset } from '../schema.ts';
import { writeCsv } from './csv.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import type { TableRole } from './fields.ts';
import { datasetTables } from './rowsFromDataset.ts';
import { writeXlsx } from './xlsx.ts';

export const CSV_FILE_NAMES: Readonly<Record<TableRole, string>> = {
  nodes: 'nodes.csv',
  edges: 'edges.csv',
  sources: 'sources.csv',
  materials: 'materials.csv',
  dataset: 'dataset.csv',
};

/** The dataset file as the app opens it (format v2 JSON). */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** File name → CSV text; nodes.csv and edges.csv always, the others when they have rows. */
export function datasetCsvFiles(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = {};
  for (const table of datasetTables(dataset)) {
    if (table.records.length === 0 && table.role !== 'nodes' && table.role !== 'edges') continue;
    files[CSV_FILE_NAMES[table.role]] = writeCsv(table);
  }
  return files;
}

export function datasetXlsx(dataset: Dataset): Promise<Blob> {
  return writeXlsx(
    datasetTables(dataset).filter(
      (t) => t.records.length > 0 || t.role === 'nodes' || t.role === 'edges',
    ),
  );
}

export const datasetGexf = writeGexf;
export const datasetGraphml = writeGraphml;
