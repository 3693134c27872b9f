// GEXF, Gephi's graph format: nodes and edges with their attributes.
import { datasetGexf } from './exportDataset.ts';
import { graphRead, saveAs, type FileFormat } from './fileFormat.ts';
import { readGexf } from './gexf.ts';

export const gexfFormat = {
  id: 'gexf',
  name: 'GEXF',
  docsName: 'GEXF',
  extensions: ['.gexf'],
  read: { several: false, read: graphRead(readGexf) },
  write: {
    label: 'GEXF (Gephi)',
    writer: 'datasetGexf',
    written: 'GEXF 1.3 (Gephi)',
    save: saveAs('.gexf', 'application/xml', datasetGexf),
  },
} as const satisfies FileFormat;
