// The format registry is the single source of what is read and written: every format has its
// own id and extensions, each extension is read as its format, a format both read and written
// gives back the dataset it wrote, and the documents' table has a row for each.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatsTable } from '../../../../src/cli/docTables.ts';
import {
  ACCEPTED_EXTENSIONS,
  EXPORTS,
  FORMATS,
  TEMPLATES,
  fileKind,
  formatOf,
  type Download,
  type InputFile,
} from '../../../../src/data/formats/index.ts';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import { loadDatasetBytes } from '../../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../../src/data/schema.ts';

const small = (() => {
  const text = JSON.stringify({
    format: 'chokepoint-dataset',
    schemaVersion: 2,
    title: 'Two mines and a refinery',
    year: 2024,
    basis: 't REO',
    sources: [{ id: 's', title: 'A report', year: 2024 }],
    nodes: [
      { id: 'm1', label: 'Mine one', stage: 'mine', country: 'AU', capacity: 10, sources: ['s'] },
      { id: 'm2', label: 'Mine two', stage: 'mine', country: 'CN', capacity: 5, sources: ['s'] },
      { id: 'r', label: 'Refinery', stage: 'processor', country: 'MY', sources: ['s'] },
    ],
    edges: [
      { source: 'm1', target: 'r', flow: 8, material: 'concentrate', sources: ['s'] },
      { source: 'm2', target: 'r', flow: 4, sources: ['s'] },
    ],
  });
  const loaded = loadDatasetBytes(new TextEncoder().encode(text));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.dataset;
})();

/** The files a download holds: a zip's files, or the file itself. */
async function filesOf(d: Download): Promise<InputFile[]> {
  const data =
    typeof d.data === 'string'
      ? new TextEncoder().encode(d.data)
      : d.data instanceof Uint8Array
        ? d.data
        : new Uint8Array(await d.data.arrayBuffer());
  if (!d.name.endsWith('.zip')) return [{ name: d.name, data }];
  return Object.entries(unzipSync(data)).map(([name, bytes]) => ({ name, data: bytes }));
}

describe('the format registry', () => {
  it('gives each format its own id and extensions, in lower case with the dot', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = FORMATS.flatMap((f) => f.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const ext of extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
    expect(ACCEPTED_EXTENSIONS).toEqual(extensions);
  });

  it('reads each extension as its format, whatever its case, and nothing else', () => {
    for (const f of FORMATS) {
      expect(f.read === undefined, f.id).toBe(f.extensions.length === 0);
      for (const ext of f.extensions) {
        expect(fileKind(`data${ext}`)).toBe(f.id);
        expect(formatOf(`DIR/DATA${ext.toUpperCase()}`)).toBe(f);
      }
    }
    expect(fileKind('graph.dot')).toBeUndefined();
    expect(fileKind('no-extension')).toBeUndefined();
    expect(fileKind('nodes.csv.zip')).toBeUndefined();
  });

  for (const f of FORMATS) {
    if (f.write === undefined || f.read === undefined) continue;
    const write = f.write;
    it(`${f.name}: what it writes reads back as the same nodes and edges`, async () => {
      const download = await write.save(small, 'small');
      expect(formatOf(download.name.replace(/\.zip$/, '')) ?? f).toBe(f);
      const r = await importFiles(await filesOf(download));
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.report.format).toBe(f.name);
      const same = (d: Dataset) => ({ nodes: d.nodes, edges: d.edges });
      expect(same(r.dataset)).toEqual(same(small));
    });
  }

  it('offers every writer and every template in the export list', () => {
    expect(EXPORTS).toEqual(FORMATS.flatMap((f) => (f.write === undefined ? [] : [f.write])));
    expect(TEMPLATES.map((t) => t.label)).toEqual([
      'Empty template (XLSX)',
      'Empty template (CSV, zip)',
    ]);
  });

  it('has one row in the documents for each format', () => {
    const rows = formatsTable().split('\n').slice(2);
    expect(rows).toHaveLength(FORMATS.length);
    FORMATS.forEach((f, i) => expect(rows[i]).toMatch(new RegExp(`^\\| ${f.docsName} +\\|`)));
  });
});
