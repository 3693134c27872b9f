// The URL is a view of the document: one module writes it and reads it back.
// Reading never throws: whatever cannot be understood is dropped with a notice.
//
//   ?do=remove:cn-processing&do=!cut:lynas-malaysia:0.3&do=route:CN>US:0.18:NdFeB%20magnets
//    &sel=node:cn-processing&color=country&size=pagerank&layout=organic
//    &stages=mine,processor&countries=CN&materials=…&focus=up:eu-auto
//
// `do` entries keep their order; a leading `!` marks one switched off. Fields are separated by
// `:`, so a `:` or `,` inside an id is written as %3A / %2C before the URL's own encoding.
import type { Intervention } from '../core/scenario.ts';
import { STAGES, type Stage } from '../core/model.ts';
import {
  DEFAULT_VIEW,
  type AppDocument,
  type ColourBy,
  type LayoutName,
  type ScenarioEntry,
  type Selection,
  type ViewDoc,
} from './document.ts';

export interface UrlContext {
  readonly nodeIds: ReadonlySet<string>;
  readonly edgeCount: number;
  readonly countries: ReadonlySet<string>;
  readonly materials: ReadonlySet<string>;
  readonly measures: ReadonlySet<string>;
}

export interface ParsedUrl {
  readonly document: AppDocument;
  /** What was ignored and why, for a notice. Empty when the URL was clean. */
  readonly notices: readonly string[];
}

const MAX_PARAM_LENGTH = 2_000;
const MAX_ENTRIES = 200;

const esc = (s: string) => s.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
const unesc = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function encodeIntervention(i: Intervention): string {
  switch (i.type) {
    case 'remove-node':
      return `remove:${esc(i.node)}`;
    case 'scale-capacity':
      return `cut:${esc(i.node)}:${i.factor}`;
    case 'block-edge':
      return `edge:${esc(i.source)}:${esc(i.target)}${i.material === undefined ? '' : `:${esc(i.material)}`}`;
    case 'block-country':
      return `country:${i.country}`;
    case 'block-route': {
      const tail = i.material === undefined ? '' : `:${esc(i.material)}`;
      const factor = i.factor === undefined && tail === '' ? '' : `:${i.factor ?? 0}`;
      return `route:${i.from}>${i.to}${factor}${tail}`;
    }
  }
}

export function documentToSearch(doc: AppDocument, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const e of doc.scenario)
    p.append('do', `${e.enabled ? '' : '!'}${encodeIntervention(e.intervention)}`);
  const v = doc.view;
  if (v.selection?.type === 'node') p.set('sel', `node:${esc(v.selection.id)}`);
  if (v.selection?.type === 'edge') p.set('sel', `edge:${v.selection.index}`);
  if (v.colourBy !== DEFAULT_VIEW.colourBy) p.set('color', v.colourBy);
  if (v.sizeBy !== DEFAULT_VIEW.sizeBy) p.set('size', v.sizeBy);
  if (v.layout !== DEFAULT_VIEW.layout) p.set('layout', v.layout);
  if (v.filters.stages.length > 0) p.set('stages', v.filters.stages.join(','));
  if (v.filters.countries.length > 0) p.set('countries', v.filters.countries.join(','));
  if (v.filters.materials.length > 0) p.set('materials', v.filters.materials.map(esc).join(','));
  if (v.focus !== null)
    p.set('focus', `${v.focus.direction === 'upstream' ? 'up' : 'down'}:${esc(v.focus.node)}`);
  for (const [k, val] of Object.entries(extra)) p.set(k, val);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

function parseFactor(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : Number.NaN;
}

function parseIntervention(raw: string, ctx: UrlContext): Intervention | string {
  const [kind, ...fields] = raw.split(':').map((f, i) => (i === 0 ? f : unesc(f)));
  const node = (id: string | undefined) =>
    id !== undefined && ctx.nodeIds.has(id) ? id : undefined;
  switch (kind) {
    case 'remove': {
      const id = node(fields[0]);
      return id === undefined
        ? `unknown node "${fields[0] ?? ''}"`
        : { type: 'remove-node', node: id };
    }
    case 'cut': {
      const id = node(fields[0]);
      const factor = parseFactor(fields[1]);
      if (id === undefined) return `unknown node "${fields[0] ?? ''}"`;
      if (factor === undefined || Number.isNaN(factor))
        return `capacity factor must be 0–1, got "${fields[1] ?? ''}"`;
      return { type: 'scale-capacity', node: id, factor };
    }
    case 'edge': {
      const [s, t, material] = fields;
      if (node(s) === undefined || node(t) === undefined)
        return `unknown flow "${s ?? ''} → ${t ?? ''}"`;
      return { type: 'block-edge', source: s as string, target: t as string, material };
    }
    case 'country': {
      const cc = fields[0] ?? '';
      return ctx.countries.has(cc)
        ? { type: 'block-country', country: cc }
        : `no node in country "${cc}"`;
    }
    case 'route': {
      const [from, to] = (fields[0] ?? '').split('>');
      if (
        from === undefined ||
        to === undefined ||
        !ctx.countries.has(from) ||
        !ctx.countries.has(to)
      ) {
        return `route "${fields[0] ?? ''}" must be two dataset countries, like CN>US`;
      }
      const factor = parseFactor(fields[1]);
      if (Number.isNaN(factor)) return `route factor must be 0–1, got "${fields[1] ?? ''}"`;
      const material = fields[2];
      return { type: 'block-route', from, to, factor, material };
    }
    default:
      return `unknown intervention "${kind ?? ''}"`;
  }
}

function parseList<T extends string>(
  raw: string | null,
  allowed: (s: string) => s is T,
  what: string,
  notices: string[],
): T[] {
  if (raw === null || raw === '') return [];
  const out: T[] = [];
  for (const item of raw.split(',').map(unesc)) {
    if (allowed(item)) out.push(item);
    else notices.push(`ignored ${what} "${item.slice(0, 60)}": not in this dataset`);
  }
  return out;
}

export function searchToDocument(search: string, ctx: UrlContext): ParsedUrl {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      document: { scenario: [], view: DEFAULT_VIEW },
      notices: ['the link could not be read'],
    };
  }
  const get = (key: string): string | null => {
    const v = params.get(key);
    if (v !== null && v.length > MAX_PARAM_LENGTH) {
      notices.push(`ignored "${key}": too long`);
      return null;
    }
    return v;
  };

  const scenario: ScenarioEntry[] = [];
  for (const raw of params.getAll('do').slice(0, MAX_ENTRIES)) {
    if (raw.length > MAX_PARAM_LENGTH) {
      notices.push('ignored an intervention: too long');
      continue;
    }
    const enabled = !raw.startsWith('!');
    const parsed = parseIntervention(enabled ? raw : raw.slice(1), ctx);
    if (typeof parsed === 'string')
      notices.push(`ignored intervention "${raw.slice(0, 80)}": ${parsed}`);
    else scenario.push({ intervention: parsed, enabled });
  }

  let selection: Selection | null = null;
  const sel = get('sel');
  if (sel !== null) {
    const [kind, rest] = [sel.slice(0, sel.indexOf(':')), unesc(sel.slice(sel.indexOf(':') + 1))];
    const index = Number(rest);
    if (kind === 'node' && ctx.nodeIds.has(rest)) selection = { type: 'node', id: rest };
    else if (kind === 'edge' && Number.isInteger(index) && index >= 0 && index < ctx.edgeCount) {
      selection = { type: 'edge', index };
    } else notices.push(`ignored selection "${sel.slice(0, 80)}": not in this dataset`);
  }

  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = get(key);
    if (v === null) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    notices.push(`ignored ${key}="${v.slice(0, 60)}": expected one of ${allowed.join(', ')}`);
    return fallback;
  };
  const colourBy = pick<ColourBy>('color', ['stage', 'country'], DEFAULT_VIEW.colourBy);
  const layout = pick<LayoutName>('layout', ['layered', 'organic'], DEFAULT_VIEW.layout);
  const sizeBy = pick('size', ['none', ...ctx.measures], DEFAULT_VIEW.sizeBy);

  const isStage = (s: string): s is Stage => (STAGES as readonly string[]).includes(s);
  const isCountry = (s: string): s is string => ctx.countries.has(s);
  const isMaterial = (s: string): s is string => ctx.materials.has(s);
  const filters = {
    stages: parseList(get('stages'), isStage, 'stage', notices),
    countries: parseList(get('countries'), isCountry, 'country', notices),
    materials: parseList(get('materials'), isMaterial, 'material', notices),
  };

  let focus: ViewDoc['focus'] = null;
  const f = get('focus');
  if (f !== null) {
    const dir = f.slice(0, f.indexOf(':'));
    const id = unesc(f.slice(f.indexOf(':') + 1));
    if ((dir === 'up' || dir === 'down') && ctx.nodeIds.has(id)) {
      focus = { node: id, direction: dir === 'up' ? 'upstream' : 'downstream' };
    } else notices.push(`ignored focus "${f.slice(0, 80)}": not in this dataset`);
  }

  return {
    document: { scenario, view: { selection, colourBy, sizeBy, layout, filters, focus } },
    notices,
  };
}
