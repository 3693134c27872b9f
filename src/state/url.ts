// The URL is a view of the document: one module writes it and reads it back.
// Reading never throws: whatever cannot be understood is dropped with a notice.
//
//   ?do=remove:cn-processing&do=!cut:lynas-malaysia:0.3&do=route:CN>US:0.18:NdFeB%20magnets
//    &sel=node:cn-processing&color=country&size=pagerank&layout=organic (or map)
//    &stages=mine,processor&countries=CN&materials=…&focus=up:eu-auto
//
// `do` entries keep their order; a leading `!` marks one switched off. Fields are separated by
// `:`, so a `:` or `,` inside an id is written as %3A / %2C before the URL's own encoding.
import {
  checkIntervention,
  decodeUrlFields,
  encodeUrlFields,
  type DatasetFacts,
  type Intervention,
} from '../core/interventions/index.ts';
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

/** What the link is read against: the dataset's facts (ids, countries, flows) and more. */
export interface UrlContext extends DatasetFacts {
  readonly edgeCount: number;
  readonly materials: ReadonlySet<string>;
  readonly measures: ReadonlySet<string>;
  /** The months of the dataset's period series (`month=2025-05`); none when absent. */
  readonly months?: ReadonlySet<string>;
  /** The open dataset's fingerprint (data/fingerprint.ts), compared with the link's `ds`. */
  readonly datasetId?: string;
}

/** Every part a link may have; anything else is reported, not silently dropped. */
const KNOWN_PARTS = new Set([
  'do',
  'sel',
  'color',
  'size',
  'layout',
  'stages',
  'countries',
  'materials',
  'focus',
  'month',
  'ds',
  // Page parameters, read by the page (ui/kit/pageParams.ts), not the document.
  'embed',
  'story',
  'step',
]);
const REPEATABLE = new Set(['do']);
/** A selected flow's index: plain decimal digits (no "0x1", "1e0", "+1" or " 1"). */
const INDEX = /^(?:0|[1-9]\d{0,8})$/;

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
  return encodeUrlFields(i).map(esc).join(':');
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
  if (v.period !== undefined) p.set('month', v.period);
  for (const [k, val] of Object.entries(extra)) p.set(k, val);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

function parseIntervention(raw: string, ctx: UrlContext): Intervention | string {
  const [tag = '', ...fields] = raw.split(':');
  const parsed = decodeUrlFields(tag, fields.map(unesc));
  if (typeof parsed === 'string') return parsed;
  const problem = checkIntervention(parsed, ctx)[0];
  return problem === undefined ? parsed : problem.message;
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
    if (out.includes(item as T)) notices.push(`merged a repeated ${what} "${item.slice(0, 60)}"`);
    else if (allowed(item)) out.push(item);
    else notices.push(`ignored ${what} "${item.slice(0, 60)}": not in this dataset`);
  }
  return out;
}

/** The document's parts, which a story link does not read: its step sets the view. */
const DOCUMENT_PARTS = [...KNOWN_PARTS].filter(
  (k) => k !== 'embed' && k !== 'story' && k !== 'step' && k !== 'ds',
);

/**
 * What the page's own parameters ignore, for the same notice: an embed value other than 1, a
 * step with no story, and the document's parts on a story link (its step shows its own view).
 */
export function pageNotices(search: string): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  const notices: string[] = [];
  const embed = params.get('embed');
  if (embed !== null && embed !== '1')
    notices.push(`ignored embed="${embed.slice(0, 40)}": the read-only view is embed=1`);
  const story = params.get('story');
  const step = params.get('step');
  if (step !== null && story === null)
    notices.push(`ignored step="${step.slice(0, 40)}": a step needs a story (story=ID)`);
  if (story !== null) {
    const extra = DOCUMENT_PARTS.filter((k) => params.has(k));
    if (extra.length > 0)
      notices.push(
        `ignored ${extra.map((k) => `"${k}"`).join(', ')} on a story link: a story's step shows its own scenario and view`,
      );
  }
  return notices;
}

export function searchToDocument(search: string, ctx: UrlContext): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      document: { scenario: [], view: DEFAULT_VIEW },
      notices: ['the link could not be read'],
    };
  }
  const notices: string[] = partNotices(params);
  /** A part's value; one too long is ignored, and said so. */
  const get = (key: string): string | null => {
    const v = params.get(key);
    if (v !== null && v.length > MAX_PARAM_LENGTH) {
      notices.push(`ignored "${key}": too long`);
      return null;
    }
    return v;
  };

  const ds = get('ds');
  if (ds !== null && ctx.datasetId !== undefined && ds !== ctx.datasetId) {
    notices.push(
      `this link was made with other data (dataset ${ds.slice(0, 40)}; the open one is ${ctx.datasetId}): its figures may differ`,
    );
  }
  const scenario = readScenario(params.getAll('do'), ctx, notices);
  const selection = readSelection(get('sel'), ctx, notices);
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = get(key);
    if (v === null) return fallback;
    for (const a of allowed) if (a === v) return a;
    notices.push(`ignored ${key}="${v.slice(0, 60)}": expected one of ${allowed.join(', ')}`);
    return fallback;
  };
  const colourBy = pick<ColourBy>('color', ['stage', 'country'], DEFAULT_VIEW.colourBy);
  const layout = pick<LayoutName>('layout', ['layered', 'organic', 'map'], DEFAULT_VIEW.layout);
  const sizeBy = pick('size', ['none', ...ctx.measures], DEFAULT_VIEW.sizeBy);

  const isStage = (s: string): s is Stage => (STAGES as readonly string[]).includes(s);
  const isCountry = (s: string): s is string => ctx.countries.has(s);
  const isMaterial = (s: string): s is string => ctx.materials.has(s);
  const filters = {
    stages: parseList(get('stages'), isStage, 'stage', notices),
    countries: parseList(get('countries'), isCountry, 'country', notices),
    materials: parseList(get('materials'), isMaterial, 'material', notices),
  };
  const focus = readFocus(get('focus'), ctx, notices);
  const period = readMonth(get('month'), ctx, notices);

  const view = { selection, colourBy, sizeBy, layout, filters, focus };
  return {
    document: { scenario, view: period === undefined ? view : { ...view, period } },
    notices,
  };
}

/** A notice for each part a link may not have, and each given more than once that may not. */
function partNotices(params: URLSearchParams): string[] {
  const notices: string[] = [];
  const counts = new Map<string, number>();
  for (const key of params.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, n] of counts) {
    if (!KNOWN_PARTS.has(key)) notices.push(`ignored unknown part "${key.slice(0, 40)}"`);
    else if (n > 1 && !REPEATABLE.has(key)) {
      notices.push(`"${key}" is given ${n} times: only the first is used`);
    }
  }
  return notices;
}

/** The `do` entries in order, each one the dataset cannot take dropped with a notice. */
function readScenario(entries: string[], ctx: UrlContext, notices: string[]): ScenarioEntry[] {
  const scenario: ScenarioEntry[] = [];
  const seen = new Map<string, number>();
  if (entries.length > MAX_ENTRIES) {
    notices.push(
      `ignored ${entries.length - MAX_ENTRIES} interventions past the first ${MAX_ENTRIES}`,
    );
  }
  for (const raw of entries.slice(0, MAX_ENTRIES)) {
    if (raw.length > MAX_PARAM_LENGTH) {
      notices.push('ignored an intervention: too long');
      continue;
    }
    const enabled = !raw.startsWith('!');
    const parsed = parseIntervention(enabled ? raw : raw.slice(1), ctx);
    if (typeof parsed === 'string') {
      notices.push(`ignored intervention "${raw.slice(0, 80)}": ${parsed}`);
      continue;
    }
    // The same intervention twice is one: merged (switched on if either copy is), and said so.
    const key = encodeIntervention(parsed);
    const at = seen.get(key);
    if (at !== undefined) {
      const first = scenario[at]!;
      scenario[at] = { ...first, enabled: first.enabled || enabled };
      notices.push(`merged a repeated intervention "${raw.slice(0, 80)}"`);
      continue;
    }
    seen.set(key, scenario.length);
    scenario.push({ intervention: parsed, enabled });
  }
  return scenario;
}

/** `node:ID` or `edge:INDEX`, when the dataset has it. */
function readSelection(sel: string | null, ctx: UrlContext, notices: string[]): Selection | null {
  if (sel === null) return null;
  const [kind, rest] = [sel.slice(0, sel.indexOf(':')), unesc(sel.slice(sel.indexOf(':') + 1))];
  const index = INDEX.test(rest) ? Number(rest) : -1;
  if (kind === 'node' && ctx.nodeIds.has(rest)) return { type: 'node', id: rest };
  if (kind === 'edge' && index >= 0 && index < ctx.edgeCount) return { type: 'edge', index };
  notices.push(`ignored selection "${sel.slice(0, 80)}": not in this dataset`);
  return null;
}

/** `up:ID` or `down:ID`, when the dataset has the node. */
function readFocus(f: string | null, ctx: UrlContext, notices: string[]): ViewDoc['focus'] {
  if (f === null) return null;
  const dir = f.slice(0, f.indexOf(':'));
  const id = unesc(f.slice(f.indexOf(':') + 1));
  if ((dir === 'up' || dir === 'down') && ctx.nodeIds.has(id)) {
    return { node: id, direction: dir === 'up' ? 'upstream' : 'downstream' };
  }
  notices.push(`ignored focus "${f.slice(0, 80)}": not in this dataset`);
  return null;
}

/** A month of the dataset's period series. */
function readMonth(month: string | null, ctx: UrlContext, notices: string[]): string | undefined {
  if (month === null) return undefined;
  if (ctx.months?.has(month) === true) return month;
  notices.push(`ignored month "${month.slice(0, 20)}": not a month of this dataset's series`);
  return undefined;
}
