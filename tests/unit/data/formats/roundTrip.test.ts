// Export, then import, gives the same dataset, for every format; a GEXF we write opens with
// graphology-gexf and passes a Gephi-style structure check.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import {
  datasetCsvFiles,
  datasetGexf,
  datasetGraphml,
  datasetJson,
  datasetXlsx,
} from '../../../../src/data/formats/exportDataset.ts';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import type { Dataset } from '../../../../src/data/schema.ts';
import { blobFile, bundled, file } from './helpers.ts';
import { v4Dataset } from './v4Dataset.ts';

async function expectSame(files: Parameters<typeof importFiles>[0], original: Dataset = bundled) {
  const r = await importFiles(files);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  expect(r.report.refused).toEqual([]);
  expect(r.report.inferred).toEqual([]);
  expect(r.dataset).toEqual(original);
  return r;
}

describe('round trips of the bundled dataset', () => {
  it('dataset JSON', async () => {
    await expectSame([file('rare-earths.json', datasetJson(bundled))]);
  });

  it('CSV files', async () => {
    const files = datasetCsvFiles(bundled);
    expect(Object.keys(files)).toEqual([
      'nodes.csv',
      'edges.csv',
      'sources.csv',
      'materials.csv',
      'dataset.csv',
    ]);
    const r = await expectSame(Object.entries(files).map(([name, text]) => file(name, text)));
    expect(r.report.nodes).toBe(bundled.nodes.length);
    expect(r.report.flows).toBe(bundled.edges.length);
  });

  it('XLSX workbook', async () => {
    await expectSame([await blobFile('rare-earths.xlsx', await datasetXlsx(bundled))]);
  });

  it('GEXF', async () => {
    await expectSame([file('rare-earths.gexf', datasetGexf(bundled))]);
  });

  it('GraphML', async () => {
    await expectSame([file('rare-earths.graphml', datasetGraphml(bundled))]);
  });
});

// Model v4's fields: a node's recipes and ramps, the dataset's dated events.
describe('round trips of a dataset with recipes, ramps and events', () => {
  const d = v4Dataset;

  it('has them to lose', () => {
    expect(d.nodes.flatMap((n) => n.recipes ?? [])).toHaveLength(3);
    expect(d.nodes.flatMap((n) => n.ramps ?? [])).toHaveLength(3);
    expect(d.events).toHaveLength(2);
  });

  it('dataset JSON', async () => {
    await expectSame([file('v4.json', datasetJson(d))], d);
  });

  it('CSV files', async () => {
    const files = Object.entries(datasetCsvFiles(d)).map(([name, text]) => file(name, text));
    await expectSame(files, d);
  });

  it('XLSX workbook', async () => {
    await expectSame([await blobFile('v4.xlsx', await datasetXlsx(d))], d);
  });

  it('GEXF', async () => {
    await expectSame([file('v4.gexf', datasetGexf(d))], d);
  });

  it('GraphML', async () => {
    await expectSame([file('v4.graphml', datasetGraphml(d))], d);
  });
});

describe('the GEXF we write', () => {
  const text = datasetGexf(bundled);

  it('opens with graphology-gexf with every node, flow and figure', () => {
    const g = parseGexf(Graph, text);
    expect(g.order).toBe(bundled.nodes.length);
    expect(g.size).toBe(bundled.edges.length);
    const weights = g.mapEdges((_e, a) => a.weight as number).sort((a, b) => a - b);
    expect(weights).toEqual(bundled.edges.map((e) => e.flow).sort((a, b) => a - b));
  });

  it('has the structure Gephi expects', () => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    expect(root?.tagName).toBe('gexf');
    expect(root?.getAttribute('version')).toBe('1.3');
    expect(root?.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    const graph = doc.getElementsByTagName('graph')[0];
    expect(graph?.getAttribute('defaultedgetype')).toBe('directed');
    const declared = new Map<string, Set<string>>();
    const groups = doc.getElementsByTagName('attributes');
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i];
      const cls = group?.getAttribute('class') ?? '';
      const ids = new Set<string>();
      const attrs = group?.getElementsByTagName('attribute');
      for (let j = 0; j < (attrs?.length ?? 0); j++) {
        const a = attrs?.[j];
        expect(['string', 'integer', 'long', 'float', 'double', 'boolean']).toContain(
          a?.getAttribute('type'),
        );
        ids.add(a?.getAttribute('id') ?? '');
      }
      declared.set(cls, ids);
    }
    const nodeIds = new Set<string>();
    const nodes = doc.getElementsByTagName('node');
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      const id = n?.getAttribute('id') ?? '';
      expect(nodeIds.has(id)).toBe(false);
      nodeIds.add(id);
      expect(n?.getAttribute('label')).not.toBe('');
      const values = n?.getElementsByTagName('attvalue');
      for (let j = 0; j < (values?.length ?? 0); j++) {
        expect(declared.get('node')?.has(values?.[j]?.getAttribute('for') ?? '')).toBe(true);
      }
    }
    const edges = doc.getElementsByTagName('edge');
    const edgeIds = new Set<string>();
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i];
      expect(nodeIds.has(e?.getAttribute('source') ?? '')).toBe(true);
      expect(nodeIds.has(e?.getAttribute('target') ?? '')).toBe(true);
      edgeIds.add(e?.getAttribute('id') ?? '');
      expect(Number.isFinite(Number(e?.getAttribute('weight')))).toBe(true);
      const values = e?.getElementsByTagName('attvalue');
      for (let j = 0; j < (values?.length ?? 0); j++) {
        expect(declared.get('edge')?.has(values?.[j]?.getAttribute('for') ?? '')).toBe(true);
      }
    }
    expect(edgeIds.size).toBe(edges.length);
  });
});
