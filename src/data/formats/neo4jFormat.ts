// Neo4j: written only, as a zip that `neo4j-admin database import` loads, with a Cypher script.
import { saveAs, type FileFormat } from './fileFormat.ts';
import { neo4jZip } from './neo4j.ts';

export const neo4jFormat = {
  id: 'neo4j',
  name: 'Neo4j',
  docsName: 'Neo4j',
  extensions: [],
  write: {
    label: 'Export for Neo4j (zip)',
    writer: 'neo4jZip',
    written: 'a zip for `neo4j-admin database import`, with a Cypher script',
    save: saveAs('-neo4j.zip', 'application/zip', neo4jZip),
  },
} as const satisfies FileFormat;
