// Every export a dataset has, and each read back: the files a format writes (a zip's entries
// for CSV, the workbook for XLSX) as the importer's input. Shared by the export tests and the fuzz.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { FORMULA_START } from '../../../src/core/csv.ts';
import { FORMATS, type Download, type InputFile } from '../../../src/data/formats/index.ts';
import { importFiles } from '../../../src/data/formats/importFiles.ts';
import { parseXml } from '../../../src/data/formats/xml.ts';
import type { Dataset } from '../../../src/data/schema.ts';

async function bytesOf(data: Download['data']): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(await data.arrayBuffer());
}

export interface Written {
  readonly format: string;
  readonly files: readonly InputFile[];
  /** Whether the importer reads it back (Neo4j is written only). */
  readonly readable: boolean;
}

/** Every format's file of `dataset`, unzipped where it is a zip. */
export async function writeAll(dataset: Dataset): Promise<Written[]> {
  const out: Written[] = [];
  for (const f of FORMATS) {
    if (f.write === undefined) continue;
    const download = await f.write.save(dataset, 'x');
    const bytes = await bytesOf(download.data);
    const files = download.name.endsWith('.zip')
      ? Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }))
      : [{ name: download.name, data: bytes }];
    out.push({ format: f.id, files, readable: f.read !== undefined });
  }
  return out;
}

/** What is wrong with a written file itself: not well-formed XML, a formula cell. */
export function fileProblems(written: Written): string[] {
  const problems: string[] = [];
  for (const f of written.files) {
    const text = () => strFromU8(f.data as Uint8Array);
    if (f.name.endsWith('.gexf') || f.name.endsWith('.graphml')) {
      const root = f.name.endsWith('.gexf') ? 'gexf' : 'graphml';
      const xml = parseXml(f.name, text(), root);
      if (!xml.ok) problems.push(`${written.format}: ${xml.error}`);
    }
    if (f.name.endsWith('.csv')) {
      const rows = Papa.parse<string[]>(text(), { skipEmptyLines: true }).data;
      const bad = rows.flat().filter((c) => FORMULA_START.test(c));
      if (bad.length > 0) {
        problems.push(`${written.format} ${f.name}: formula cells ${JSON.stringify(bad)}`);
      }
    }
  }
  return problems;
}

/** The written files read back: the dataset, or why not. */
export async function readBack(
  written: Written,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; error: string }> {
  const files = written.files.filter((f) => !f.name.endsWith('.txt'));
  const r = await importFiles(files);
  if (!r.ok) return { ok: false, error: `${written.format}: ${r.errors.join('; ')}` };
  return { ok: true, dataset: r.dataset };
}

/** Whether anything has been written onto Object.prototype. */
export function prototypeTouched(): string[] {
  const keys: string[] = [];
  for (const k in {}) keys.push(k);
  return keys;
}
