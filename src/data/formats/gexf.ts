// GEXF (Gephi's format) in and out with graphology-gexf. We write GEXF 1.3 with every field as a
// declared attribute and the flow as the edge weight, so Gephi shows and sizes it.
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Dataset } from '../schema.ts';
import { datasetGraph, graphTables } from './graphTables.ts';
import type { Table } from './tables.ts';
import { xmlProblem } from './xml.ts';

export type GraphFileResult =
  { ok: true; tables: Table[]; notes: string[] } | { ok: false; error: string };

export function readGexf(name: string, text: string): GraphFileResult {
  const problem = xmlProblem(name, text, 'gexf');
  if (problem !== undefined) return { ok: false, error: problem };
  let g: Graph;
  try {
    g = parse(Graph, text, { addMissingNodes: false, allowUndeclaredAttributes: true });
  } catch (error) {
    return {
      ok: false,
      error: `${name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return graphTables(name, g, 'GEXF');
}

export function writeGexf(dataset: Dataset): string {
  return write(datasetGraph(dataset), {
    version: '1.3',
    formatNode: (key, attrs) => {
      const { label, ...rest } = attrs;
      delete rest.id;
      return { label: typeof label === 'string' ? label : key, attributes: rest };
    },
    formatEdge: (_key, attrs) => {
      const { flow, ...rest } = attrs;
      delete rest.source;
      delete rest.target;
      return { weight: typeof flow === 'number' ? flow : 0, attributes: rest };
    },
  });
}
