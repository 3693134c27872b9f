// The dataset file (format v2 JSON): read by the loader as it is, with no tables in between.
import { loadDatasetBytes } from '../loadDataset.ts';
import { datasetJson } from './exportDataset.ts';
import { bytes, saveAs, type FileFormat } from './fileFormat.ts';

export const jsonFormat = {
  id: 'json',
  name: 'JSON',
  docsName: 'Dataset JSON',
  extensions: ['.json'],
  read: {
    several: false,
    read: async ([first], title) => {
      const loaded = loadDatasetBytes(bytes(first.data), { fallbackTitle: title });
      return loaded.ok
        ? {
            ok: true,
            dataset: loaded.dataset,
            notes: loaded.notes.map((n) => `${first.name}: ${n}`),
          }
        : { ok: false, errors: loaded.errors.map((e) => `${first.name}: ${e}`) };
    },
  },
  write: {
    label: 'Dataset (JSON)',
    writer: 'datasetJson',
    written: 'the dataset file',
    save: saveAs('.json', 'application/json', datasetJson),
  },
} as const satisfies FileFormat;
