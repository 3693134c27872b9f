// GraphML (Cytoscape, yEd, networkx) in with graphology-graphml's parser, out with the small
// writer below (graphology-graphml has none). Every field is a declared <key>; figures are
// doubles, the rest strings; the dataset's own parts are graph-level data.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { xmlDataEscape as escape } from '../../core/xmlText.ts';
import type { Dataset } from '../schema.ts';
import { EDGE_FIELDS, NODE_FIELDS, type FieldSpec } from './fields.ts';
import type { GraphFileResult } from './gexf.ts';
import { safeGraphKeys } from './graphKeys.ts';
import { DATASET_ATTRIBUTE, datasetAttribute, graphTables } from './graphTables.ts';
import { edgeRecords, nodeRecords, type FlatRecord } from './rowsFromDataset.ts';
import { parseXml } from './xml.ts';

export function readGraphml(name: string, text: string): GraphFileResult {
  const xml = parseXml(name, text, 'graphml');
  if (!xml.ok) return xml;
  if (xml.doc.getElementsByTagName('graph').length === 0) {
    return { ok: false, error: `${name}: no <graph> element: the file holds no nodes or edges` };
  }
  const safe = safeGraphKeys(name, xml.doc, [
    ['key', 'id'],
    ['key', 'attr.name'],
    ['data', 'key'],
  ]);
  if (!safe.ok) return safe;
  let g: Graph;
  try {
    g = parse(Graph, safe.graph.text, { addMissingNodes: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${name}: not a GraphML graph we can read (${reason})` };
  }
  return graphTables(name, g, 'GraphML', safe.graph.ids);
}

/** A figure is a double, unless some value is text ("unknown"): then the column is text. */
const xmlType = (f: FieldSpec, records: readonly FlatRecord[]) =>
  (f.kind === 'number' || f.kind === 'integer') &&
  records.every((r) => r[f.id] === undefined || typeof r[f.id] === 'number')
    ? 'double'
    : 'string';

export function writeGraphml(dataset: Dataset): string {
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
  const nodes = nodeRecords(dataset);
  const edges = edgeRecords(dataset);
  for (const f of nodeFields) {
    const type = xmlType(f, nodes);
    lines.push(`  <key id="n_${f.id}" for="node" attr.name="${f.id}" attr.type="${type}"/>`);
  }
  for (const f of edgeFields) {
    const type = xmlType(f, edges);
    lines.push(`  <key id="e_${f.id}" for="edge" attr.name="${f.id}" attr.type="${type}"/>`);
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  const data = (
    indent: string,
    prefix: string,
    fields: readonly FieldSpec[],
    attrs: Readonly<Record<string, unknown>>,
  ) => {
    for (const f of fields) {
      const v = attrs[f.id];
      if (v === undefined) continue;
      lines.push(`${indent}<data key="${prefix}_${f.id}">${escape(String(v))}</data>`);
    }
  };
  const graphAttrs: Record<string, string | undefined> = {
    title: dataset.title,
    description: dataset.description,
    [DATASET_ATTRIBUTE]: JSON.stringify(datasetAttribute(dataset)),
  };
  for (const k of graphKeys) {
    const v = graphAttrs[k];
    if (v !== undefined) lines.push(`    <data key="g_${k}">${escape(v)}</data>`);
  }
  for (const r of nodes) {
    lines.push(`    <node id="${escape(String(r.id))}">`);
    data('      ', 'n', nodeFields, r);
    lines.push('    </node>');
  }
  edges.forEach((r, i) => {
    lines.push(
      `    <edge id="e${i}" source="${escape(String(r.source))}" target="${escape(String(r.target))}">`,
    );
    data('      ', 'e', edgeFields, r);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
