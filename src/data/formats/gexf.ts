// GEXF (Gephi's format) in with graphology-gexf, out with the small writer below. We write GEXF
// 1.3 with every field as a declared attribute and the flow as the edge weight, so Gephi shows and
// sizes it. Ids never become object keys in a library here (graphKeys.ts), and every text is
// escaped so the file is well-formed and reads back exactly (xmlDataEscape).
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { xmlDataEscape as esc } from '../../core/xmlText.ts';
import type { Dataset } from '../schema.ts';
import { EDGE_FIELDS, NODE_FIELDS, type FieldSpec } from './fields.ts';
import { safeGraphKeys } from './graphKeys.ts';
import { DATASET_ATTRIBUTE, datasetAttribute, graphTables } from './graphTables.ts';
import { edgeRecords, nodeRecords, type FlatRecord } from './rowsFromDataset.ts';
import type { Table } from './tables.ts';
import { parseXml } from './xml.ts';

export type GraphFileResult =
  { ok: true; tables: Table[]; notes: string[] } | { ok: false; error: string };

export function readGexf(name: string, text: string): GraphFileResult {
  const xml = parseXml(name, text, 'gexf');
  if (!xml.ok) return xml;
  if (xml.doc.getElementsByTagName('graph').length === 0) {
    return { ok: false, error: `${name}: no <graph> element: the file holds no nodes or edges` };
  }
  const safe = safeGraphKeys(name, xml.doc, [
    ['attribute', 'id'],
    ['attribute', 'title'],
    ['attvalue', 'for'],
    ['attvalue', 'id'],
  ]);
  if (!safe.ok) return safe;
  let g: Graph;
  try {
    g = parse(Graph, safe.graph.text, { addMissingNodes: false, allowUndeclaredAttributes: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${name}: not a GEXF graph we can read (${reason})` };
  }
  return graphTables(name, g, 'GEXF', safe.graph.ids);
}

/** A column's GEXF type: a figure when every value is a number, text otherwise. */
function typeOf(field: FieldSpec, records: readonly FlatRecord[]): string {
  const numeric = field.kind === 'number' || field.kind === 'integer';
  if (!numeric || records.some((r) => r[field.id] !== undefined && typeof r[field.id] !== 'number'))
    return 'string';
  return field.kind === 'integer' ? 'integer' : 'double';
}

/** The `<attributes>` block of the fields any record has, and those fields. */
function declared(
  cls: 'node' | 'edge',
  fields: readonly FieldSpec[],
  records: readonly FlatRecord[],
): { lines: string[]; used: FieldSpec[] } {
  const used = fields.filter((f) => records.some((r) => r[f.id] !== undefined));
  const lines = [`    <attributes class="${cls}">`];
  for (const f of used) {
    lines.push(`      <attribute id="${f.id}" title="${f.id}" type="${typeOf(f, records)}"/>`);
  }
  lines.push('    </attributes>');
  return { lines, used };
}

function attvalues(indent: string, used: readonly FieldSpec[], r: FlatRecord): string[] {
  const values = used.filter((f) => r[f.id] !== undefined);
  if (values.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...values.map((f) => `${indent}  <attvalue for="${f.id}" value="${esc(String(r[f.id]))}"/>`),
    `${indent}</attvalues>`,
  ];
}

export function writeGexf(dataset: Dataset): string {
  const nodes = nodeRecords(dataset);
  const edges = edgeRecords(dataset);
  const nodeAttrs = declared(
    'node',
    NODE_FIELDS.filter((f) => f.id !== 'id' && f.id !== 'label'),
    nodes,
  );
  const edgeAttrs = declared(
    'edge',
    EDGE_FIELDS.filter((f) => !['source', 'target', 'flow'].includes(f.id)),
    edges,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta>',
    `    <title>${esc(dataset.title)}</title>`,
    ...(dataset.description === undefined
      ? []
      : [`    <description>${esc(dataset.description)}</description>`]),
    `    <${DATASET_ATTRIBUTE}>${esc(JSON.stringify(datasetAttribute(dataset)))}</${DATASET_ATTRIBUTE}>`,
    '  </meta>',
    '  <graph defaultedgetype="directed">',
    ...nodeAttrs.lines,
    ...edgeAttrs.lines,
    '    <nodes>',
  ];
  for (const r of nodes) {
    const id = esc(String(r.id));
    lines.push(`      <node id="${id}" label="${esc(String(r.label ?? r.id))}">`);
    lines.push(...attvalues('        ', nodeAttrs.used, r), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  edges.forEach((r, i) => {
    const flow = typeof r.flow === 'number' ? r.flow : 0;
    lines.push(
      `      <edge id="e${i}" source="${esc(String(r.source))}" target="${esc(String(r.target))}" weight="${flow}">`,
    );
    lines.push(...attvalues('        ', edgeAttrs.used, r), '      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
