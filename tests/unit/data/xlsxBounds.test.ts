// XLSX bombs: a small workbook that stands for a huge one ends in a clear refusal, quickly and
// in bounded memory, through the same importer the explorer's worker and the command line use.
// The workbooks are made here: a cell at XFD1048576 (a few KB), a sheet of whitespace that
// unpacks to 300 MB, and a sheet of 2 million rows.
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/formats/importFiles.ts';
import {
  XLSX_LIMITS,
  columnNumber,
  sheetExtentProblem,
} from '../../../src/data/formats/xlsxUnpack.ts';
import { workbookFiles } from '../../../src/data/formats/xlsxWrite.ts';

/** A workbook of one Nodes sheet whose sheet XML is `sheet` (pieces, streamed into the zip). */
function workbook(sheet: () => Iterable<string>): Uint8Array {
  const files = workbookFiles([{ name: 'Nodes', rows: [['id', 'stage']] }]);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [path, text] of Object.entries(files)) {
    const entry = new ZipDeflate(path, { level: 1 });
    zip.add(entry);
    if (path === 'xl/worksheets/sheet1.xml') {
      for (const piece of sheet()) entry.push(strToU8(piece));
      entry.push(new Uint8Array(0), true);
    } else entry.push(strToU8(text), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/** Imports a workbook, timing it and watching the memory the process holds. */
async function timedImport(name: string, data: Uint8Array) {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await importFiles([{ name, data }]);
  return {
    result,
    seconds: (performance.now() - start) / 1000,
    grownMb: (process.memoryUsage().rss - rss) / 1024 / 1024,
  };
}

describe('XLSX bounds', () => {
  it('refuses a one-cell workbook at XFD1048576 before any grid is built', async () => {
    const data = workbook(function* () {
      yield `${HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>`;
      yield `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>${TAIL}`;
    });
    expect(data.length).toBeLessThan(8_000);
    const { result, seconds, grownMb } = await timedImport('far.xlsx', data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toBe(
        'far.xlsx: workbook refused: sheet xl/worksheets/sheet1.xml has more than 250,000 rows (row 1,048,576)',
      );
    }
    expect(seconds).toBeLessThan(2);
    expect(grownMb).toBeLessThan(200);
  });

  it('refuses a workbook whose declared unpacked size is 300 MB without inflating it', async () => {
    const mb = ' '.repeat(1024 * 1024);
    const data = workbook(function* () {
      yield HEAD;
      for (let i = 0; i < 300; i++) yield mb;
      yield TAIL;
    });
    expect(data.length).toBeLessThan(400_000);
    const { result, seconds, grownMb } = await timedImport('blank.xlsx', data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatch(
        /^blank\.xlsx: workbook refused: it unpacks to more than 64\.0 MB \(at xl\/worksheets\/sheet1\.xml, 300\.\d MB so far\)$/,
      );
    }
    expect(seconds).toBeLessThan(2);
    expect(grownMb).toBeLessThan(100);
  }, 60_000);

  it('refuses a sheet of 2 million rows when its scan passes the row limit', async () => {
    const rows = '<row><c><v>1</v></c></row>'.repeat(10_000);
    const data = workbook(function* () {
      yield HEAD;
      for (let i = 0; i < 200; i++) yield rows;
      yield TAIL;
    });
    const { result, seconds, grownMb } = await timedImport('long.xlsx', data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toBe(
        'long.xlsx: workbook refused: sheet xl/worksheets/sheet1.xml has more than 250,000 rows (row 250,001)',
      );
    }
    expect(seconds).toBeLessThan(10);
    expect(grownMb).toBeLessThan(600);
  }, 60_000);

  it('refuses a zip that lies about an entry: what inflates past its declared size is cut', async () => {
    // The central directory says 100 bytes; the entry inflates to 10 MB of a row per cell.
    const sheet = `${HEAD}${'<row><c><v>1</v></c></row>'.repeat(400_000)}${TAIL}`;
    const zipped = zipSync({
      ...Object.fromEntries(
        Object.entries(workbookFiles([{ name: 'Nodes', rows: [] }])).map(([p, t]) => [
          p,
          strToU8(t),
        ]),
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    lieAboutSizes(zipped, 'xl/worksheets/sheet1.xml', 100);
    const { result } = await timedImport('liar.xlsx', zipped);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^liar\.xlsx: /);
  });
});

/** Sets the uncompressed size of `name` in the zip's central directory to `size`. */
function lieAboutSizes(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const here = zip.subarray(i + 46, i + 46 + nameLength);
    if (here.length === target.length && here.every((b, k) => b === target[k])) {
      view.setUint32(i + 24, size, true);
    }
  }
}

describe('sheet extent scan', () => {
  it('reads column letters as Excel numbers them', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('XFD')]).toEqual(
      [1, 26, 27, 16384],
    );
  });

  it('counts rows and cells without addresses after the ones before them', () => {
    const wide = `<row>${'<c><v>1</v></c>'.repeat(XLSX_LIMITS.columns + 1)}</row>`;
    expect(sheetExtentProblem(`<sheetData>${wide}</sheetData>`, 'sheet S')).toBe(
      'sheet S has more than 1,024 columns (cell AMK1)',
    );
    expect(sheetExtentProblem('<sheetData><row r="3"><c r="C3"/></row></sheetData>', 'S')).toBe(
      null,
    );
  });

  it('bounds the grid of rows by columns, with a namespace prefix too', () => {
    const xml = '<x:sheetData><x:row r="10000"><x:c r="ALL10000"/></x:row></x:sheetData>';
    expect(sheetExtentProblem(xml, 'sheet S')).toBe(
      'sheet S spans more than 5,000,000 cells (10,000 rows by 1,000 columns, at cell ALL10000)',
    );
  });
});
