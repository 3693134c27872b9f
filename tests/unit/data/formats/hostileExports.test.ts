// Exports that are valid files and read back exactly, whatever the dataset holds: ids named like
// the properties every object has, formula payloads, line separators, padded labels; and the
// imports that used to end quietly (a graph with no flows, a role taken from a folder's name).
import { describe, expect, it } from 'vitest';
import { neo4jZip, NEO4J_IMPORT_COMMAND } from '../../../../src/data/formats/neo4j.ts';
import { datasetCsvFiles, datasetGexf } from '../../../../src/data/formats/exportDataset.ts';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import { loadDataset, loadDatasetText } from '../../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../../src/data/schema.ts';
import { fileProblems, prototypeTouched, readBack, writeAll } from '../../fuzz/exportAll.ts';
import { payloads } from '../../hostileInput.ts';
import { file } from './helpers.ts';
import { v4Dataset } from './v4Dataset.ts';

function chainOf(names: readonly string[], label = (n: string) => n): Dataset {
  const loaded = loadDataset({
    format: 'chokepoint-dataset',
    schemaVersion: 3,
    title: 'hostile',
    nodes: names.flatMap((name, i) => [
      { id: name, label: label(name), stage: 'mine', country: 'AU', production: 10 },
      { id: `p${i}`, label: label(name), stage: 'processor', country: 'CN', notes: label(name) },
      { id: `e${i}`, label: label(name), stage: 'end-user', country: 'DE' },
    ]),
    edges: names.flatMap((name, i) => [
      { source: name, target: `p${i}`, flow: 10, material: 'ore' },
      { source: `p${i}`, target: `e${i}`, flow: 10, material: 'ore' },
    ]),
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.dataset;
}

async function expectRoundTrips(dataset: Dataset) {
  for (const written of await writeAll(dataset)) {
    expect(fileProblems(written)).toEqual([]);
    expect(prototypeTouched(), written.format).toEqual([]);
    if (!written.readable) continue;
    const back = await readBack(written);
    expect(prototypeTouched(), written.format).toEqual([]);
    if (!back.ok) throw new Error(back.error);
    expect(back.dataset, written.format).toEqual(dataset);
  }
}

const INHERITED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe('exports of hostile datasets', () => {
  it('ids named like the properties of every object: every export reads back, no prototype change', async () => {
    await expectRoundTrips(chainOf(INHERITED));
  });

  it('GEXF and GraphML from elsewhere with such ids import, and touch no prototype', async () => {
    const gexf = datasetGexf(chainOf(INHERITED)).replace(/label="__proto__"/g, 'label="x"');
    const r = await importFiles([file('g.gexf', gexf)]);
    expect(prototypeTouched()).toEqual([]);
    expect(r.ok && r.dataset.nodes.map((n) => n.id).slice(0, 4)).toEqual([
      '__proto__',
      'p0',
      'e0',
      'constructor',
    ]);
  });

  it('formula payloads: no CSV cell a spreadsheet runs, and the CSV files read back exactly', async () => {
    const dataset = chainOf(payloads('formulas').filter((p) => p.trim() === p && p !== ''));
    await expectRoundTrips(dataset);
    const csv = Object.values(datasetCsvFiles(dataset)).join('');
    expect(csv).toContain("'=");
  });

  it('recipes, ramps and events whose notes hold formulas and markup: well-formed files, no formula cell, read back exactly', async () => {
    await expectRoundTrips(v4Dataset);
  });

  it('the Neo4j bundle guards its cells and documents the multi-line import', async () => {
    const dataset = chainOf(['=HYPERLINK("x")', '@SUM(1)'], (n) => `${n}\nsecond line`);
    const [written] = (await writeAll(dataset)).filter((w) => w.format === 'neo4j');
    expect(written && fileProblems(written)).toEqual([]);
    expect(NEO4J_IMPORT_COMMAND).toContain('--multiline-fields=true');
    const readme = new TextDecoder().decode(neo4jZip(dataset)).length;
    expect(readme).toBeGreaterThan(0);
  });

  it('labels with U+2028, tabs, line breaks, leading spaces or a BOM read back exactly from every format', async () => {
    const labels = [
      'a\u2028b',
      '\tlead',
      ' padded ',
      '\uFEFFbom',
      'two\r\nlines',
      'x\u2029y\u0085z',
    ];
    await expectRoundTrips(
      chainOf(['m1', 'm2', 'm3', 'm4', 'm5', 'm6'], (n) => labels[Number(n.slice(1)) - 1] ?? n),
    );
  });

  it('refuses what no export can carry, at its place: a NUL or a control character, a padded id', () => {
    const base = {
      title: 't',
      nodes: [{ id: 'a', stage: 'mine', country: 'AU', label: 'x\u0000y' }],
      edges: [],
    };
    expect(loadDataset(base)).toEqual({
      ok: false,
      errors: [
        'nodes[0].label: the text holds the control character U+0000, which no export can carry (remove it)',
      ],
    });
    const padded = loadDatasetText(
      JSON.stringify({ ...base, nodes: [{ id: ' a', stage: 'mine', country: 'AU' }] }),
    );
    expect(padded.ok || padded.errors[0]).toMatch(
      /^nodes\[0\]\.id: " a" begins or ends with a space/,
    );
  });

  it('a CSV cell with a control character refuses its row, at its place', async () => {
    const r = await importFiles([
      file(
        'nodes.csv',
        'id,label,stage,country\nm,Mine\u0007,mine,AU\nn,Other,mine,AU\nu,User,end-user,JP\n',
      ),
      file('edges.csv', 'source,target,flow\nm,u,1\nn,u,1\n'),
    ]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.refused[0]).toEqual({
      place: 'edges.csv row 2',
      reason: 'lost with its source node "m", refused at nodes.csv row 2',
    });
    expect(r.report.refused[1]?.place).toBe('nodes.csv row 2');
    expect(r.report.refused[1]?.reason).toMatch(/U\+0007/);
  });
});
