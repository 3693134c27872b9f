// The XLSX writer: synchronous (no helper workers, whatever the size), and every text a cell
// can hold comes back as written, object-key names and XML's forbidden characters included.
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { datasetXlsx } from '../../../src/data/formats/exportDataset.ts';
import { importFiles } from '../../../src/data/formats/importFiles.ts';
import { columnLetters, xlsxBytes, xlsxText } from '../../../src/data/formats/xlsxWrite.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import type { Dataset } from '../../../src/data/schema.ts';

const toBuffer = (b: Uint8Array) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A dataset of `n` mines each feeding one of `n` end users, big enough for large entries. */
function wide(n: number): Dataset {
  const base = loadBundledDataset();
  const nodes = Array.from({ length: 2 * n }, (_, i) => ({
    id: `n${i}`,
    label: `Node ${i} with a label long enough to fill the sheet`,
    stage: i < n ? ('mine' as const) : ('end-user' as const),
    country: 'AU',
    ...(i < n ? { production: 100 } : {}),
  }));
  const edges = Array.from({ length: n }, (_, i) => ({
    source: `n${i}`,
    target: `n${n + i}`,
    material: base.edges[0]?.material ?? 'ore',
    flow: 10 + i,
  }));
  return { ...base, nodes, edges, scenarios: [], stories: [], periods: [] } as Dataset;
}

describe('XLSX writer', () => {
  // Whether a worker starts is the browser test's (tests/e2e/xlsx.spec.ts) to show, under the
  // page's own policy: in Node, fflate's workers are worker_threads.
  it('writes a workbook with entries above 160 KB that reads back whole', async () => {
    const bytes = new Uint8Array(await (await datasetXlsx(wide(3_000))).arrayBuffer());
    const entries = unzipSync(bytes);
    const sizes = Object.values(entries).map((e) => e.length);
    expect(Math.max(...sizes)).toBeGreaterThan(160_000);
    const back = await importFiles([{ name: 'wide.xlsx', data: bytes }]);
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.dataset.edges).toHaveLength(3_000);
  });

  it('writes names that are object keys, XML specials and control characters as they are', async () => {
    const texts = [
      'constructor',
      '__proto__',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '<b>&"\'',
      'tab\there',
      'line\nbreak',
      'carriage\rreturn',
      'nul\u0000bell\u0007',
      'literal _x0041_ escape',
      'lone \uD800 surrogate',
      'emoji 🙂',
    ];
    const bytes = xlsxBytes([{ name: 'Texts', rows: texts.map((t) => [t, 1]) }]);
    const [sheet] = await readXlsxFile(toBuffer(bytes));
    expect(sheet?.data.map((row) => row[0])).toEqual(texts);
  });

  it('escapes only what XML 1.0 cannot hold', () => {
    expect(xlsxText('a\u0001b & <c>')).toBe('a_x0001_b &amp; &lt;c&gt;');
    expect(xlsxText('_x000D_')).toBe('_x005F_x000D_');
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });
});
