// GraphML (Cytoscape, yEd, networkx): nodes and edges with their declared data keys.
import { datasetGraphml } from './exportDataset.ts';
import { graphRead, saveAs, type FileFormat } from './fileFormat.ts';
import { readGraphml } from './graphml.ts';

export const graphmlFormat = {
  id: 'graphml',
  name: 'GraphML',
  docsName: 'GraphML',
  extensions: ['.graphml', '.xml'],
  read: { several: false, read: graphRead(readGraphml) },
  write: {
    label: 'GraphML',
    writer: 'datasetGraphml',
    written: 'GraphML',
    save: saveAs('.graphml', 'application/xml', datasetGraphml),
  },
} as const satisfies FileFormat;
