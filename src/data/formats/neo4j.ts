// "Export for Neo4j": a zip that `neo4j-admin database import full` loads as it is, for graphs
// too big for the browser (firm-level chains of millions of nodes), plus a Cypher script that
// runs the chokepoint measures Neo4j's Graph Data Science library offers (betweenness, PageRank).
// Header format (Neo4j Operations Manual, "Import" → "CSV header format"): a node file has one
// `name:ID` column and a `:LABEL` column; a relationship file has `:START_ID`, `:END_ID` and
// `:TYPE`; other columns are `name:type` with type int, long, float, double, boolean or string
// (string when none is given), and arrays as `type[]` split on the array delimiter (default ;).
// Cells go through the one CSV writer (src/core/csv.ts), so a cell that a spreadsheet would run
// is guarded here too. A note may span lines, so the import command reads multi-line fields.
import { strToU8, zipSync } from 'fflate';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import type { Dataset } from '../schema.ts';

export const NEO4J_NODE_HEADERS = [
  'id:ID',
  ':LABEL',
  'label',
  'stage',
  'country',
  'capacity:double',
  'production:double',
  'low:double',
  'high:double',
  'year:int',
  'sources:string[]',
  'notes',
];

export const NEO4J_RELATIONSHIP_HEADERS = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'flow:double',
  'material',
  'low:double',
  'high:double',
  'year:int',
  'sources:string[]',
  'notes',
];

const csv = (headers: readonly string[], rows: readonly (readonly CsvCell[])[]) =>
  toCsv(
    rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]]))),
    headers,
  );

/** The documented load command: notes may hold line breaks, which the importer must be told. */
export const NEO4J_IMPORT_COMMAND =
  'neo4j-admin database import full --multiline-fields=true --nodes=nodes.csv --relationships=relationships.csv chokepoint';

const label = (stage: string) =>
  `Node;${stage
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}`;

export function neo4jNodesCsv(dataset: Dataset): string {
  return csv(
    NEO4J_NODE_HEADERS,
    dataset.nodes.map((n) => [
      n.id,
      label(n.stage),
      n.label,
      n.stage,
      n.country,
      n.capacity,
      n.production,
      n.estimate?.low,
      n.estimate?.high,
      n.year,
      n.sources?.join(';'),
      n.notes,
    ]),
  );
}

export function neo4jRelationshipsCsv(dataset: Dataset): string {
  return csv(
    NEO4J_RELATIONSHIP_HEADERS,
    dataset.edges.map((e) => [
      e.source,
      e.target,
      'SUPPLIES',
      e.flow,
      e.material,
      e.estimate?.low,
      e.estimate?.high,
      e.year,
      e.sources?.join(';'),
      e.notes,
    ]),
  );
}

export const NEO4J_CYPHER = `// Chokepoint measures with Neo4j Graph Data Science (GDS 2.x).
// Load first (database stopped):
//   ${NEO4J_IMPORT_COMMAND}
// then start it and run this script (cypher-shell -d chokepoint -f chokepoint.cypher).

CALL gds.graph.project(
  'supply',
  'Node',
  { SUPPLIES: { orientation: 'NATURAL', properties: 'flow' } }
);

// Directed betweenness (hop count), highest first: the nodes most paths pass through.
CALL gds.betweenness.stream('supply')
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, gds.util.asNode(nodeId).stage AS stage, score AS betweenness
ORDER BY betweenness DESC LIMIT 25;

// PageRank weighted by flow (damping 0.85, as in the explorer).
CALL gds.pageRank.stream('supply', { dampingFactor: 0.85, relationshipWeightProperty: 'flow' })
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, gds.util.asNode(nodeId).stage AS stage, score AS pagerank
ORDER BY pagerank DESC LIMIT 25;

// Keep the scores on the nodes for further queries.
CALL gds.betweenness.write('supply', { writeProperty: 'betweenness' });
CALL gds.pageRank.write('supply', { dampingFactor: 0.85, relationshipWeightProperty: 'flow', writeProperty: 'pagerank' });
CALL gds.graph.drop('supply');
`;

/** The zip: nodes.csv, relationships.csv, chokepoint.cypher and a README. */
export function neo4jZip(dataset: Dataset): Uint8Array {
  const readme = `${dataset.title}\n\nnodes.csv and relationships.csv are in neo4j-admin import format; load them with\n  ${NEO4J_IMPORT_COMMAND}\n(notes may span lines). chokepoint.cypher\nprojects the graph and runs betweenness and PageRank with Graph Data Science.\nFlows are in ${dataset.basis ?? "the dataset's unit"} a year. Sources: see the dataset file.\n`;
  return zipSync({
    'nodes.csv': strToU8(neo4jNodesCsv(dataset)),
    'relationships.csv': strToU8(neo4jRelationshipsCsv(dataset)),
    'chokepoint.cypher': strToU8(NEO4J_CYPHER),
    'README.txt': strToU8(readme),
  });
}
