// XLSX (Kumu's layout), GEXF from another producer, GraphML, refusals of broken files, the
// templates, and the Neo4j export's headers against neo4j-admin's documented format.
import Graph, { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import {
  NEO4J_CYPHER,
  NEO4J_NODE_HEADERS,
  NEO4J_RELATIONSHIP_HEADERS,
  neo4jZip,
} from '../../../../src/data/formats/neo4j.ts';
import { csvTemplates, xlsxTemplate } from '../../../../src/data/formats/templates.ts';
import { blobFile, bundled, file } from './helpers.ts';

describe('XLSX import', () => {
  it("reads Kumu's Elements and Connections sheets and skips the others, saying so", async () => {
    const blob = await writeXlsxFile([
      {
        sheet: 'Elements',
        data: [
          ['Label', 'Type', 'Country', 'Description'],
          ['Mine A', 'Mine', 'AU', 'open pit'],
          ['Refinery B', 'Processor', 'MY', null],
          ['Factory C', 'End user', 'DE', null],
        ],
      },
      {
        sheet: 'Connections',
        data: [
          ['From', 'To', 'Type', 'Strength'],
          ['Mine A', 'Refinery B', 'concentrate', 12.5],
          ['Refinery B', 'Factory C', 'oxide', 'lots'],
        ],
      },
      { sheet: 'Charts', data: [['whatever'], [1]] },
    ]).toBlob();
    const r = await importFiles([await blobFile('kumu.xlsx', blob)]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.format).toBe('XLSX');
    expect(r.dataset.nodes.map((n) => [n.id, n.stage, n.country, n.notes])).toEqual([
      ['Mine A', 'mine', 'AU', 'open pit'],
      ['Refinery B', 'processor', 'MY', undefined],
      ['Factory C', 'end-user', 'DE', undefined],
    ]);
    expect(r.dataset.edges.map((e) => [e.source, e.target, e.material, e.flow])).toEqual([
      ['Mine A', 'Refinery B', 'concentrate', 12.5],
    ]);
    expect(r.report.refused).toEqual([
      {
        place: 'kumu.xlsx sheet Connections row 3',
        reason: 'column "Strength": "lots" is not a number',
      },
    ]);
    expect(r.report.notes).toContain(
      'kumu.xlsx: sheet "Charts" skipped (no nodes, edges or sources in it)',
    );
  });

  it('refuses a file that is not a workbook', async () => {
    const r = await importFiles([file('book.xlsx', 'id,stage\n')]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^book\.xlsx: not a readable XLSX workbook/);
  });
});

describe('GEXF and GraphML import', () => {
  it('reads a GEXF written by graphology-gexf from a generated graph', async () => {
    const g = new MultiDirectedGraph();
    g.addNode('m', { label: 'Mine', country: 'BR' });
    g.addNode('p', { label: 'Plant', country: 'CN', x: 1, y: 2 });
    g.addNode('u', { label: 'User', country: 'US' });
    g.addEdge('m', 'p', { weight: 40 });
    g.addEdge('p', 'u', { weight: 30 });
    const r = await importFiles([file('gen.gexf', writeGexf(g))]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.format).toBe('GEXF');
    expect(r.dataset.edges.map((e) => e.flow)).toEqual([40, 30]);
    expect(r.report.inferred.map((i) => [i.id, i.stage])).toEqual([
      ['m', 'mine'],
      ['p', 'magnet-maker'],
      ['u', 'end-user'],
    ]);
    const nodes = r.report.tables.find((t) => t.role === 'nodes');
    expect(nodes?.columns.filter((c) => c.field === null).map((c) => c.column)).toEqual(['x', 'y']);
  });

  it('refuses a node with no country, and the flows that need it, by place', async () => {
    const g = new Graph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B', country: 'JP' });
    g.addNode('c', { label: 'C', country: 'JP' });
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('b', 'c', { weight: 1 });
    const r = await importFiles([file('g.gexf', writeGexf(g))]);
    if (r.ok) throw new Error('imported a graph with no flow left');
    // Nothing is left to analyse: refused whole, every refusal at its place.
    expect(r.errors).toEqual([
      'nothing to analyse: none of the flows could be imported (1 node kept, 4 rows refused)',
      'g.gexf edge 1 ("a" → "b"): lost with its source node "a", refused at g.gexf node 1 (id "a")',
      // Without a, b receives nothing, so its flow to c has nothing to pass on (format v3).
      'g.gexf edge 2 ("b" → "c"): lost with its source node "b", refused at g.gexf node 2 (id "b")',
      'g.gexf node 1 (id "a"): node "a" has no country (an ISO code such as CN)',
      expect.stringMatching(/^g\.gexf node 2 \(id "b"\): .*neither receives nor produces/),
    ]);
  });

  it('reads GraphML from another tool (weight as the flow)', async () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="stage" attr.type="string"/>
  <key id="d1" for="node" attr.name="country" attr.type="string"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">mine</data><data key="d1">CL</data></node>
    <node id="b"><data key="d0">end-user</data><data key="d1">KR</data></node>
    <edge source="a" target="b"><data key="d2">3.5</data></edge>
  </graph>
</graphml>`;
    const r = await importFiles([file('cy.graphml', text)]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.dataset.edges).toEqual([
      { source: 'a', target: 'b', flow: 3.5, material: 'unspecified' },
    ]);
  });

  it('refuses broken XML with its line and column', async () => {
    const gexf = await importFiles([
      file('bad.gexf', '<gexf>\n  <graph>\n    <nodes><node id="a></nodes>\n</gexf>'),
    ]);
    expect(gexf.ok).toBe(false);
    if (!gexf.ok)
      expect(gexf.errors[0]).toMatch(/^bad\.gexf line \d+ column \d+: not well-formed XML/);
    const graphml = await importFiles([file('bad.graphml', '<gexf></gexf>')]);
    expect(graphml).toEqual({
      ok: false,
      errors: ['bad.graphml: expected a <graphml> document, found <gexf>'],
    });
  });
});

describe('templates', () => {
  it('the XLSX template has each sheet with one example row, and notes on every column', async () => {
    const sheets = await readXlsxFile(await (await xlsxTemplate()).arrayBuffer());
    expect(sheets.map((s) => s.sheet)).toEqual(['Nodes', 'Edges', 'Sources', 'Notes']);
    for (const s of sheets.slice(0, 3)) expect(s.data.length).toBe(2);
    const notes = sheets[3]?.data ?? [];
    const headerCount = sheets.slice(0, 3).reduce((n, s) => n + (s.data[0]?.length ?? 0), 0);
    expect(notes.length - 1).toBe(headerCount);
    expect(notes.every((row) => typeof row[2] === 'string' && row[2] !== '')).toBe(true);
  });

  it('the CSV templates read back: the example node and its source', async () => {
    const files = Object.entries(csvTemplates()).map(([name, text]) => file(name, text));
    const r = await importFiles(files);
    // The example flow points at a node the template leaves for the user to add: with no flow
    // left there is nothing to analyse, and the refusal says why, at its place.
    expect(r).toMatchObject({
      ok: false,
      errors: [
        'nothing to analyse: none of the flows could be imported (1 node kept, 1 row refused)',
        'edges.csv row 2: unknown node "example-refinery"',
      ],
    });
    const filled = files.map((f) =>
      f.name === 'nodes.csv'
        ? file(
            f.name,
            `${new TextDecoder().decode(f.data as Uint8Array)}example-refinery,Refinery,processor,CN\n`,
          )
        : f,
    );
    const read = await importFiles(filled);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.dataset.nodes.map((n) => n.id)).toEqual(['example-mine', 'example-refinery']);
    expect(read.dataset.sources.map((s) => s.id)).toEqual(['example-source']);
  });
});

describe('Export for Neo4j', () => {
  // neo4j-admin database import, "CSV header format": ID, LABEL, START_ID, END_ID and TYPE
  // fields, and properties as name:type with the documented types (arrays with []).
  const TYPES =
    'int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration';
  const PROPERTY = new RegExp(`^[A-Za-z_][A-Za-z0-9_]*(:(${TYPES})(\\[\\])?)?$`);
  const ID = /^[A-Za-z_]*:ID(\([A-Za-z_]+\))?$/;

  it('node and relationship headers follow the documented format', () => {
    expect(NEO4J_NODE_HEADERS.filter((h) => ID.test(h))).toHaveLength(1);
    expect(NEO4J_NODE_HEADERS.filter((h) => h === ':LABEL')).toHaveLength(1);
    for (const h of NEO4J_NODE_HEADERS) {
      if (!ID.test(h) && h !== ':LABEL') expect(h).toMatch(PROPERTY);
    }
    expect(NEO4J_RELATIONSHIP_HEADERS.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    for (const h of NEO4J_RELATIONSHIP_HEADERS.slice(3)) expect(h).toMatch(PROPERTY);
  });

  it('zips nodes, relationships and a Cypher script running betweenness and PageRank', () => {
    const files = unzipSync(neo4jZip(bundled));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'chokepoint.cypher',
      'nodes.csv',
      'relationships.csv',
    ]);
    const nodes = Papa.parse<string[]>(strFromU8(files['nodes.csv'] as Uint8Array), {
      skipEmptyLines: true,
    }).data;
    const rels = Papa.parse<string[]>(strFromU8(files['relationships.csv'] as Uint8Array), {
      skipEmptyLines: true,
    }).data;
    expect(nodes[0]).toEqual(NEO4J_NODE_HEADERS);
    expect(rels[0]).toEqual(NEO4J_RELATIONSHIP_HEADERS);
    expect(nodes).toHaveLength(bundled.nodes.length + 1);
    expect(rels).toHaveLength(bundled.edges.length + 1);
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    for (const r of rels.slice(1)) {
      expect(ids.has(r[0] ?? '')).toBe(true);
      expect(ids.has(r[1] ?? '')).toBe(true);
      expect(Number.isFinite(Number(r[3]))).toBe(true);
    }
    expect(NEO4J_CYPHER).toContain('gds.betweenness.stream');
    expect(NEO4J_CYPHER).toContain('gds.pageRank.stream');
  });
});
