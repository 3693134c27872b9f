// Every table format (CSV files, XLSX sheets, the node and edge lists of a GEXF or GraphML file)
// is read into the same shape first: named tables of rows, each row with the place a person can
// find it at ("edges.csv row 14", "sheet Connections row 3"). The importer works on that alone.
import {
  FIELDS,
  fieldForHeader,
  isPendingField,
  normaliseHeader,
  type FieldSpec,
  type TableRole,
} from './fields.ts';

export type Cell = string | number | boolean | null | undefined;

export interface TableRow {
  /** Where the row is, e.g. "nodes.csv row 3" (the header is row 1, as a spreadsheet counts). */
  readonly place: string;
  readonly cells: readonly Cell[];
}

export interface Table {
  /** File or sheet name, as the user knows it. */
  readonly name: string;
  /** Known for GEXF/GraphML and our own files; guessed from the name and headers otherwise. */
  readonly role?: TableRole | undefined;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

/**
 * The user's answer to "which field is this column?", by role and normalised header: a field id,
 * or null to ignore the column. Kept between imports, so a recurring spreadsheet maps itself.
 */
export type ColumnMapping = Partial<Record<TableRole, Readonly<Record<string, string | null>>>>;

export interface ColumnUse {
  readonly column: string;
  readonly index: number;
  /** The field it fills, or null when ignored. */
  readonly field: FieldSpec | null;
  /** Why it is ignored. */
  readonly reason?: string;
}

export interface TableColumns {
  readonly table: string;
  readonly role: TableRole;
  readonly columns: readonly ColumnUse[];
  /** Required fields no column fills. */
  readonly missing: readonly string[];
}

const NAME_ROLES: readonly [RegExp, TableRole][] = [
  [/material/i, 'materials'],
  [/source|reference|citation/i, 'sources'],
  [/edge|flow|connection|link|relationship/i, 'edges'],
  [/node|element|vert|actor|entit/i, 'nodes'],
  [/dataset|about|meta/i, 'dataset'],
];

/** The role of a table: given, from its name, or from its columns. */
export function roleOf(table: Table): TableRole | undefined {
  if (table.role !== undefined) return table.role;
  // The file's own name: a folder on the way ("flows/nodes.csv") says nothing of the table.
  const base = table.name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  for (const [pattern, role] of NAME_ROLES) if (pattern.test(base)) return role;
  const has = (role: TableRole, field: string) =>
    table.headers.some((h) => fieldForHeader(role, h)?.id === field);
  if (has('edges', 'source') && has('edges', 'target')) return 'edges';
  if (has('dataset', 'key') && has('dataset', 'value') && table.headers.length === 2) {
    return 'dataset';
  }
  if (has('sources', 'title') && has('sources', 'year') && !has('nodes', 'stage')) return 'sources';
  if (has('nodes', 'id') || has('nodes', 'label')) return 'nodes';
  return undefined;
}

/** Which field each column fills, after the user's mapping; and what is still missing. */
export function describeColumns(
  table: Table,
  role: TableRole,
  mapping: ColumnMapping = {},
): TableColumns {
  const fields = FIELDS[role];
  const chosen = mapping[role] ?? {};
  const taken = new Map<string, string>();
  const columns: ColumnUse[] = table.headers.map((column, index) => {
    const key = normaliseHeader(column);
    let field: FieldSpec | undefined;
    if (key in chosen) {
      const id = chosen[key];
      if (id === null || id === undefined) {
        return { column, index, field: null, reason: 'ignored as you chose' };
      }
      field = fields.find((s) => s.id === id);
    } else {
      field = fieldForHeader(role, column);
    }
    if (field === undefined) {
      const reason = isPendingField(role, column)
        ? 'the dataset format has no such field yet'
        : column.trim() === ''
          ? 'the column has no name'
          : 'not a column we know (map it to a field to use it)';
      return { column, index, field: null, reason };
    }
    const before = taken.get(field.id);
    if (before !== undefined) {
      return { column, index, field: null, reason: `"${before}" already gives ${field.id}` };
    }
    taken.set(field.id, column);
    return { column, index, field };
  });
  return { table: table.name, role, columns, missing: missingFields(role, taken) };
}

function missingFields(role: TableRole, taken: ReadonlyMap<string, string>): string[] {
  if (role === 'nodes') return taken.has('id') || taken.has('label') ? [] : ['id'];
  if (role === 'edges') return ['source', 'target', 'flow'].filter((id) => !taken.has(id));
  return FIELDS[role].filter((s) => s.required === true && !taken.has(s.id)).map((s) => s.id);
}

/** A cell as text, trimmed; empty cells are undefined. */
export function cellText(cell: Cell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  const text = String(cell).trim();
  return text === '' ? undefined : text;
}
