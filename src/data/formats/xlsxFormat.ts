// An XLSX workbook: a sheet a table (ours or Kumu's); written with the same tables.
import { datasetXlsx } from './exportDataset.ts';
import { buffer, tablesRead, XLSX_TYPE, saveAs, type FileFormat } from './fileFormat.ts';
import { xlsxTemplate } from './templates.ts';
import { readXlsx } from './xlsx.ts';

export const xlsxFormat = {
  id: 'xlsx',
  name: 'XLSX',
  docsName: 'XLSX',
  extensions: ['.xlsx'],
  read: {
    several: false,
    read: async ([first]) => tablesRead(await readXlsx(first.name, buffer(first.data))),
  },
  write: {
    label: 'XLSX workbook',
    writer: 'datasetXlsx',
    written: 'a workbook of the same tables',
    save: saveAs('.xlsx', XLSX_TYPE, datasetXlsx),
  },
  // The workbook comes first: its Notes sheet says what every column holds.
  template: {
    label: 'Empty template (XLSX)',
    maker: 'xlsxTemplate',
    rank: 1,
    save: async () => ({
      name: 'chokepoint-template.xlsx',
      data: await xlsxTemplate(),
      type: XLSX_TYPE,
    }),
  },
} as const satisfies FileFormat;
