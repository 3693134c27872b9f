// Reading one cell into a field's value, with the reason when it cannot be read. Numbers may come
// as numbers (XLSX, GEXF) or text (CSV); "unknown" is an unknown capacity or production.
import { STAGES, type Stage } from '../../core/model.ts';
import { countryName, isCountryCode } from '../../core/countries.ts';
import { LIST_SEPARATOR, UNKNOWN, type FieldSpec } from './fields.ts';
import { cellText, type Cell } from './tables.ts';
import { parseEmbeddedJson, tooDeepAt } from '../parseJson.ts';
import { stockSchema, type Dataset } from '../schema.ts';

export type CellValue = string | number | null | readonly string[] | undefined;
export type CellResult = { ok: true; value: CellValue } | { ok: false; reason: string };

const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Text fields that are ids or names to match (trimmed, as a hand-made table often pads them; the
 * loader refuses such ids with a space at either end, so trimming loses nothing). Every other
 * text field (a label, a note, a title) is kept exactly as written, spaces and all, so a dataset
 * reads back from its own export as it was.
 */
const TRIMMED_TEXT = new Set(['id', 'source', 'target', 'material', 'key', 'stage', 'country']);

export function readCell(field: FieldSpec, cell: Cell): CellResult {
  if (field.kind === 'text' && !TRIMMED_TEXT.has(field.id) && typeof cell === 'string') {
    return { ok: true, value: cell === '' ? undefined : cell };
  }
  const text = cellText(cell);
  if (text === undefined) return { ok: true, value: undefined };
  switch (field.kind) {
    case 'text':
      // Spaces and byte-order marks only: an id may begin with a tab (the loader keeps it).
      return {
        ok: true,
        value: typeof cell === 'string' ? cell.replace(/^[ \uFEFF]+|[ \uFEFF]+$/g, '') : text,
      };
    case 'list':
      return {
        ok: true,
        value: text
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    case 'boolean': {
      const word = text.trim().toLowerCase();
      if (['yes', 'y', 'true', '1', 'x'].includes(word)) return { ok: true, value: 'yes' };
      if (['no', 'n', 'false', '0'].includes(word)) return { ok: true, value: 'no' };
      return { ok: false, reason: `${quote(text)} is not yes or no` };
    }
    case 'number':
    case 'integer': {
      if (text.toLowerCase() === UNKNOWN) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : Number(text.replace(/[\s_]/g, ''));
      if (!Number.isFinite(n)) return { ok: false, reason: `${quote(text)} is not a number` };
      if (field.kind === 'integer' && !Number.isInteger(n)) {
        return { ok: false, reason: `${quote(text)} is not a whole number` };
      }
      return { ok: true, value: n };
    }
  }
}

const STAGE_WORDS = new Map<string, Stage>();
for (const stage of STAGES) {
  const bare = stage.replace(/-/g, '');
  STAGE_WORDS.set(bare, stage);
  STAGE_WORDS.set(`${bare}s`, stage);
}
STAGE_WORDS.set('processors', 'processor');
STAGE_WORDS.set('refiner', 'processor');
STAGE_WORDS.set('consumer', 'end-user');

/** "Magnet maker", "magnet-makers", "MINE" → the stage; undefined when it is none. */
export function readStage(text: string): Stage | undefined {
  return STAGE_WORDS.get(text.toLowerCase().replace(/[\s_-]+/g, ''));
}

let codesByName: Map<string, string> | undefined;

/** "CN", "cn" or "China" → "CN"; undefined when it is no country. */
export function readCountry(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (codesByName === undefined) {
    codesByName = new Map();
    const A = 65;
    for (let i = 0; i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        if (isCountryCode(code)) codesByName.set(countryName(code).toLowerCase(), code);
      }
    }
  }
  return codesByName.get(text.trim().toLowerCase());
}

type Stock = NonNullable<Dataset['nodes'][number]['stock']>;

/**
 * "NdPr oxide:133.7; Dy:2" → { "NdPr oxide": 133.7, Dy: 2 }; a cell that holds a JSON object keeps
 * each figure's tonnes, year, sources and estimate (`{"Dy":{"tonnes":2,"year":2024,…}}`, as
 * exports write it when a stock has its own sources); or the reason it cannot be read.
 */
export function readStock(
  text: string,
): { ok: true; stock: Stock } | { ok: false; reason: string } {
  if (text.trim().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: `stock is not valid JSON (${(error as Error).message})` };
    }
    const parsed = stockSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue === undefined ? '' : issue.path.join('.');
      return {
        ok: false,
        reason: `stock ${where === '' ? '' : `"${where}" `}${issue?.message ?? 'is not a stock'}`,
      };
    }
    return { ok: true, stock: parsed.data };
  }
  const stock: Record<string, number> = {};
  for (const part of text.split(LIST_SEPARATOR)) {
    if (part.trim() === '') continue;
    const colon = part.lastIndexOf(':');
    const material = colon < 0 ? '' : part.slice(0, colon).trim();
    const tonnes = colon < 0 ? NaN : Number(part.slice(colon + 1).replace(/[\s_]/g, ''));
    if (material === '' || !Number.isFinite(tonnes) || tonnes < 0) {
      return { ok: false, reason: `stock ${quote(part.trim())} is not "material:tonnes"` };
    }
    stock[material] = tonnes;
  }
  return { ok: true, stock };
}

/**
 * A cell that holds JSON (a preset, story or period list; a node's geo): its value, or the reason
 * it cannot be read, "is not valid JSON" or how deep it nests. The nesting cap of every other
 * embedded JSON holds here too: the value is read further by code that recurses.
 */
export function readJsonCell(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  const parsed = parseEmbeddedJson(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    reason: tooDeepAt(text) === undefined ? 'is not valid JSON' : `is ${parsed.error}`,
  };
}
