// GraphML (Cytoscape, yEd, networkx) in with graphology-graphml's parser, out with the small
// writer below (graphology-graphml has none). Every field is a declared <key>; figures are
// doubles, the rest strings; the dataset's own parts are graph-level data.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { Dataset } from '../schema.ts';
import { EDGE_FIELDS, NODE_FIELDS, type FieldSpec } from './fields.ts';
import type { GraphFileResult } from './gexf.ts';
import { DATASET_ATTRIBUTE, datasetGraph, graphTables } from './graphTables.ts';
import { xmlProblem } from './xml.ts';

export function readGraphml(name: string, text: string): GraphFileResult {
  const problem = xmlProblem(name, text, 'graphml');
  if (problem !== undefined) return { ok: false, error: problem };
  let g: Graph;
  try {
    g = parse(Graph, text, { addMissingNodes: false });
  } catch (error) {
    return {
      ok: false,
      error: `${name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return graphTables(name, g, 'GraphML');
}

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');

const xmlType = (f: FieldSpec) =>
  f.kind === 'number' || f.kind === 'integer' ? 'double' : 'string';

export function writeGraphml(dataset: Dataset): string {
  const g = datasetGraph(dataset);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const graphKeys = ['title', 'description', DATASET_ATTRIBUTE];
  for (const k of graphKeys) {
    lines.push(`  <key id="g_${k}" for="graph" attr.name="${k}" attr.type="string"/>`);
  }
  const nodeFields = NODE_FIELDS.filter((f) => f.id !== 'id');
  const edgeFields = EDGE_FIELDS.filter((f) => f.id !== 'source' && f.id !== 'target');
  for (const f of nodeFields) {
    lines.push(`  <key id="n_${f.id}" for="node" attr.name="${f.id}" attr.type="${xmlType(f)}"/>`);
  }
  for (const f of edgeFields) {
    lines.push(`  <key id="e_${f.id}" for="edge" attr.name="${f.id}" attr.type="${xmlType(f)}"/>`);
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  const data = (
    indent: string,
    prefix: string,
    fields: readonly FieldSpec[],
    attrs: Record<string, unknown>,
  ) => {
    for (const f of fields) {
      const v = attrs[f.id];
      // An unknown figure is left out, which reads back as unknown: a double key holds no text.
      if (v === undefined || (xmlType(f) === 'double' && typeof v !== 'number')) continue;
      lines.push(`${indent}<data key="${prefix}_${f.id}">${escape(String(v))}</data>`);
    }
  };
  const graphAttrs = g.getAttributes();
  for (const k of graphKeys) {
    const v: unknown = graphAttrs[k];
    if (typeof v === 'string') lines.push(`    <data key="g_${k}">${escape(v)}</data>`);
  }
  g.forEachNode((key, attrs) => {
    lines.push(`    <node id="${escape(key)}">`);
    data('      ', 'n', nodeFields, attrs);
    lines.push('    </node>');
  });
  g.forEachEdge((key, attrs, source, target) => {
    lines.push(
      `    <edge id="${escape(key)}" source="${escape(source)}" target="${escape(target)}">`,
    );
    data('      ', 'e', edgeFields, attrs);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
