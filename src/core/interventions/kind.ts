// What every intervention kind declares: the one shape the registry (./index.ts) holds. A kind
// file fills it in; the explorer, the URL, the command line, the dataset checks and the engine
// all read it from there, so no module outside this folder switches on an intervention's type.
import { z } from '../zod.ts';
import { isCountryCode } from '../countries.ts';
import { MAX_FIGURE, TINY_FIGURE_MESSAGE, isPlausibleMagnitude } from '../figures.ts';
import type { FlowFactors } from '../analysis/flows/noSubstitution.ts';
import type { SupplyGraph } from '../analysis/flows/supplyGraph.ts';

/** How an intervention names things: ids and codes by default; the UI passes labels and names. */
export interface Namer {
  readonly node: (id: string) => string;
  readonly country: (code: string) => string;
}

/**
 * What a dataset has, for the checks an intervention must pass before it is applied. Without
 * `countryOf` and `flows` (a link read before the network is at hand), only names are checked.
 */
export interface DatasetFacts {
  readonly nodeIds: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  /** Node id → country code. */
  readonly countryOf?: ReadonlyMap<string, string>;
  readonly flows?: readonly {
    readonly source: string;
    readonly target: string;
    readonly material?: string | undefined;
  }[];
}

/** One thing wrong with an intervention: the field it is about (or none) and what. */
export interface Problem {
  readonly field: string | null;
  readonly message: string;
}

/** The baseline network and the factors being built for it (see analysis/flows/scenarioFactors.ts). */
export interface FactorTarget {
  readonly g: SupplyGraph;
  readonly f: FlowFactors;
}

/** A field of the "Add an intervention" form. Kinds that share a key share its value. */
export type FormField =
  | { readonly key: string; readonly label: string; readonly input: 'node' }
  /** `pick` is which of the dataset's sorted countries is chosen at first (0 or 1). */
  | {
      readonly key: string;
      readonly label: string;
      readonly input: 'country';
      readonly pick: number;
    }
  | {
      readonly key: string;
      readonly label: string;
      readonly input: 'percent';
      readonly initial: number;
      readonly step: number;
    }
  /** One of the dataset's materials, or "" for every material. */
  | { readonly key: string; readonly label: string; readonly input: 'material' };

/** The form's values by field key: ids, codes and numbers as the inputs hold them (text). */
export type FormValues = Readonly<Record<string, string>>;

export interface InterventionKind<T extends { readonly type: string }> {
  readonly type: T['type'];
  /** What the kind does, in the explorer's words ("Remove a node"). */
  readonly label: string;
  /** The scenario file's and the dataset's presets' schema for it. */
  readonly schema: z.ZodType<T>;
  /** One sentence, the same in the explorer, exports and the command line. */
  describe(i: T, names: Namer): string;
  /** `?do=TAG:FIELD:FIELD`: fields are given and taken unescaped; url.ts escapes them. */
  readonly url: {
    readonly tag: string;
    encode(i: T): readonly string[];
    /** The intervention, or what is wrong with the fields (names are checked by `check`). */
    decode(fields: readonly string[]): T | string;
  };
  /** `npm run analyze -- FLAG VALUE`. */
  readonly cli: {
    readonly flag: string;
    /** The help line's left and right columns. */
    readonly usage: readonly [string, string];
    encode(i: T): string;
    decode(value: string): T | string;
  };
  /** What the intervention names that the dataset does not have. */
  check(i: T, facts: DatasetFacts): readonly Problem[];
  /** Multiplies the factors it changes; returns what is wrong when it names nothing there. */
  apply(i: T, target: FactorTarget): string | null;
  /** The fields of the "Add an intervention" form, or none when it is not offered there. */
  readonly form?: {
    readonly fields: readonly FormField[];
    build(values: FormValues): T;
    /** The form's values for an existing intervention, so it can be edited in place. */
    values(i: T): FormValues;
  };
}

// Pieces the kinds share.

export const nodeId = z.string().min(1);
export const countryCode = z
  .string()
  .refine(isCountryCode, { message: 'not an ISO 3166 alpha-2 country code' });
export const material = z.string().min(1);
/** A capacity factor: 0 (closed) up to MAX_FIGURE; never a denormal. */
export const capacityFactor = z
  .number()
  .min(0)
  .max(MAX_FIGURE)
  .refine(isPlausibleMagnitude, { message: TINY_FIGURE_MESSAGE });
/** A share of baseline kept, 0–1; never a denormal. */
export const shareKept = z
  .number()
  .min(0)
  .max(1)
  .refine(isPlausibleMagnitude, { message: TINY_FIGURE_MESSAGE });

/**
 * What is wrong when a link gives a kind more fields than it has (`remove:x:extra`), or null.
 * A link applies exactly or says why not: extra fields are never dropped silently.
 */
export function extraFields(fields: readonly string[], max: number, shape: string): string | null {
  return fields.length > max
    ? `takes at most ${max} field${max === 1 ? '' : 's'} (${shape}), got ${fields.length}`
    : null;
}

/** "by 70%" for a cut, "to 150%" for a raise: a factor is a share of baseline. */
export function change(factor: number): string {
  return factor <= 1 ? `by ${Math.round((1 - factor) * 100)}%` : `to ${Math.round(factor * 100)}%`;
}

export const ofMaterial = (material: string | undefined) =>
  material === undefined ? '' : ` (${material})`;

export function unknownNode(field: string, id: string, facts: DatasetFacts): Problem[] {
  return facts.nodeIds.has(id) ? [] : [{ field, message: `unknown node ${JSON.stringify(id)}` }];
}

export function unknownCountry(
  field: string,
  code: string,
  facts: Pick<DatasetFacts, 'countries'>,
): Problem[] {
  return facts.countries.has(code)
    ? []
    : [{ field, message: `no node in country ${JSON.stringify(code)}` }];
}

export const carries = (flowMaterial: string | undefined, material: string | undefined) =>
  material === undefined || flowMaterial === material;

export const ofWhat = (material: string | undefined) =>
  material === undefined ? '' : ` of ${JSON.stringify(material)}`;

/** Multiplies node `id`'s capacity factor by `factor`. */
/** Problems with a flow-level intervention: unknown ends, or no flow (of its material) between them. */
export function checkFlowBetween(
  i: { readonly source: string; readonly target: string; readonly material?: string | undefined },
  facts: DatasetFacts,
): Problem[] {
  const unknown = [
    ...unknownNode('source', i.source, facts),
    ...unknownNode('target', i.target, facts),
  ];
  if (unknown.length > 0 || facts.flows === undefined) return unknown;
  const found = facts.flows.some(
    (e) => e.source === i.source && e.target === i.target && carries(e.material, i.material),
  );
  return found
    ? []
    : [
        {
          field: null,
          message: `no flow${ofWhat(i.material)} from ${JSON.stringify(i.source)} to ${JSON.stringify(i.target)}`,
        },
      ];
}

export function scaleNode({ g, f }: FactorTarget, id: string, factor: number): string | null {
  const v = g.index.get(id);
  if (v === undefined) return `unknown node ${JSON.stringify(id)}`;
  f.node[v] = (f.node[v] as number) * factor;
  return null;
}

/** Multiplies the factor of every edge `match` accepts; `none` when it accepts none. */
export function scaleEdges(
  { g, f }: FactorTarget,
  match: (e: number) => boolean,
  factor: number,
  none: string,
): string | null {
  let hits = 0;
  for (let e = 0; e < g.m; e++) {
    if (!match(e)) continue;
    f.edge[e] = (f.edge[e] as number) * factor;
    hits++;
  }
  return hits === 0 ? none : null;
}
