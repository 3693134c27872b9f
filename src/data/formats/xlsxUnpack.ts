// An XLSX workbook is a zip of XML files, and a small file can stand for a huge one: a 300 KB
// workbook of whitespace unpacks to 300 MB, and a single cell at XFD1048576 asks a reader for a
// grid of 17 billion cells. So a workbook is unpacked here, synchronously (fflate's unzipSync:
// no helper workers, which the page's policy `worker-src 'self'` would block for big entries),
// with every bound checked before the bytes behind it are read:
// - the unpacked size, from the sizes the zip declares, before anything is inflated (an entry
//   that lies about its size is cut at the size it declared, so memory stays bounded);
// - the rows, the columns and the cell addresses of every sheet, by a scan of its XML before the
//   sheet reader builds its rows.
// What passes is packed again without compression, so the sheet reader's own unzip has nothing
// to inflate and starts no worker either.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { MAX_DATASET_BYTES } from '../loadDataset.ts';
import { columnLetters } from './xlsxWrite.ts';

export const XLSX_LIMITS = {
  /** The XML of a workbook, unpacked: as much as a dataset file may hold. */
  unpackedBytes: MAX_DATASET_BYTES,
  /** Entries in the zip. */
  entries: 10_000,
  /** Rows of one sheet, counting empty rows before the last. */
  rows: 250_000,
  /** Columns of one sheet (Excel's own limit is 16,384). */
  columns: 1_024,
  /** Rows × columns of one sheet: the grid a reader fills. */
  cells: 5_000_000,
} as const;

export type Unpacked = { ok: true; files: Unzipped } | { ok: false; error: string };

class Refused extends Error {}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The entries a sheet reader looks at (the rest, images and printer settings, are skipped). */
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Column letters ("A", "XFD") to their number, 1-based; 0 if not letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
    if (n > 1e9) return n;
  }
  return n;
}

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>/g;
const R_ATTR = /\br\s*=\s*["']([^"']*)["']/;

/**
 * The extent of one sheet's XML, checked as it is scanned: the reason it is too big, or null.
 * Rows and cells without an address follow the one before, as a sheet reader places them.
 */
export function sheetExtentProblem(xml: string, where: string): string | null {
  let row = 0;
  let column = 0;
  let maxRow = 0;
  let maxColumn = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const ref = R_ATTR.exec(m[2] ?? '')?.[1];
    if (m[1] === 'row') {
      row = ref !== undefined && /^\d+$/.test(ref) ? Number(ref) : row + 1;
      column = 0;
    } else {
      const address = ref === undefined ? undefined : /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
      if (address) {
        column = columnNumber(address[1] ?? '');
        row = Math.max(row, Number(address[2]));
      } else column += 1;
    }
    maxRow = Math.max(maxRow, row);
    maxColumn = Math.max(maxColumn, column);
    const cell =
      m[1] === 'c' ? (ref?.slice(0, 20) ?? `${columnLetters(column - 1)}${row}`) : undefined;
    const at = cell === undefined ? ` (row ${row.toLocaleString('en')})` : ` (cell ${cell})`;
    if (maxRow > XLSX_LIMITS.rows) {
      return `${where} has more than ${XLSX_LIMITS.rows.toLocaleString('en')} rows${at}`;
    }
    if (maxColumn > XLSX_LIMITS.columns) {
      return `${where} has more than ${XLSX_LIMITS.columns.toLocaleString('en')} columns${at}`;
    }
    if (maxRow * maxColumn > XLSX_LIMITS.cells) {
      return `${where} spans more than ${XLSX_LIMITS.cells.toLocaleString('en')} cells (${maxRow.toLocaleString('en')} rows by ${maxColumn.toLocaleString('en')} columns${cell === undefined ? '' : `, at cell ${cell}`})`;
    }
  }
  return null;
}

/**
 * The workbook's XML entries, unpacked within the limits; a refusal says which limit and where.
 * `name` is the file's name, for the messages.
 */
export function unpackXlsx(name: string, data: Uint8Array): Unpacked {
  let total = 0;
  let entries = 0;
  let files: Unzipped;
  try {
    files = unzipSync(data, {
      filter: (entry) => {
        entries += 1;
        if (entries > XLSX_LIMITS.entries) {
          throw new Refused(`more than ${XLSX_LIMITS.entries.toLocaleString('en')} entries`);
        }
        if (!isXml(entry.name)) return false;
        total += entry.originalSize;
        if (total > XLSX_LIMITS.unpackedBytes) {
          throw new Refused(
            `it unpacks to more than ${mb(XLSX_LIMITS.unpackedBytes)} (at ${entry.name}, ${mb(total)} so far)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Refused) {
      return { ok: false, error: `${name}: workbook refused: ${error.message}` };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${name}: not a readable XLSX workbook (not a zip: ${reason})` };
  }
  const decoder = new TextDecoder();
  for (const [path, bytes] of Object.entries(files)) {
    if (!/\.xml$/i.test(path)) continue;
    const xml = decoder.decode(bytes);
    if (!xml.includes('sheetData')) continue;
    const problem = sheetExtentProblem(xml, `sheet ${path}`);
    if (problem !== null) return { ok: false, error: `${name}: workbook refused: ${problem}` };
  }
  return { ok: true, files };
}

/** The entries packed again without compression, for a reader that would otherwise inflate. */
export function storedZip(files: Unzipped): ArrayBuffer {
  const packed = zipSync(files, { level: 0 });
  return packed.buffer.slice(
    packed.byteOffset,
    packed.byteOffset + packed.byteLength,
  ) as ArrayBuffer;
}
