// The intervention registry: every kind of what-if, declared once. Each kind's file
// (removeNode.ts, scaleCapacity.ts, …) holds its type and label, zod schema, sentence, URL and
// command-line syntax, checks against a dataset, effect on the engine's factors and form fields
// (the shape is `InterventionKind` in ./kind.ts). Everything else looks kinds up here.
//
// Adding a kind: write its file next to the others, add it to KINDS below, and give it tests
// (the round-trip property test in tests/unit/core/interventions covers it by itself).
import { z } from '../zod.ts';
import { blockCountry } from './blockCountry.ts';
import { blockEdge } from './blockEdge.ts';
import { blockRoute } from './blockRoute.ts';
import type { DatasetFacts, FactorTarget, InterventionKind, Namer, Problem } from './kind.ts';
import { removeNode } from './removeNode.ts';
import { scaleCapacity } from './scaleCapacity.ts';
import { scaleFlow } from './scaleFlow.ts';

export type {
  DatasetFacts,
  FormField,
  FormValues,
  InterventionKind,
  Namer,
  Problem,
} from './kind.ts';

/** Every kind, in the order the explorer offers them. */
export const KINDS = [
  removeNode,
  scaleCapacity,
  blockEdge,
  blockCountry,
  blockRoute,
  scaleFlow,
] as const;

/** The scenario file's and the dataset's schema of one intervention (the same kinds as KINDS). */
export const interventionSchema = z.discriminatedUnion('type', [
  removeNode.schema,
  scaleCapacity.schema,
  blockEdge.schema,
  blockCountry.schema,
  blockRoute.schema,
  scaleFlow.schema,
]);

export type Intervention = Readonly<z.infer<typeof interventionSchema>>;
export type InterventionType = Intervention['type'];

// Method parameters are checked both ways, so each kind fits the general shape; kindOf below
// narrows back, which is sound because a kind is found by its own type.
const ALL: readonly InterventionKind<Intervention>[] = KINDS;
const BY_TYPE: ReadonlyMap<string, InterventionKind<Intervention>> = new Map(
  ALL.map((k) => [k.type, k]),
);

/** The declaration of `i`'s kind. */
export function kindOf<T extends Intervention>(i: T): InterventionKind<T> {
  const kind = BY_TYPE.get(i.type);
  if (kind === undefined) throw new Error(`kindOf: unknown intervention type "${i.type}"`);
  return kind as InterventionKind<T>;
}

export type FormKind = InterventionKind<Intervention> &
  Required<Pick<InterventionKind<Intervention>, 'form'>>;

const hasForm = (k: InterventionKind<Intervention>): k is FormKind => k.form !== undefined;

/** Kinds the "Add an intervention" form offers, in order. */
export const FORM_KINDS: readonly FormKind[] = ALL.filter(hasForm);

const BY_URL_TAG: ReadonlyMap<string, InterventionKind<Intervention>> = new Map(
  ALL.map((k) => [k.url.tag, k]),
);
const BY_CLI_FLAG: ReadonlyMap<string, InterventionKind<Intervention>> = new Map(
  ALL.map((k) => [k.cli.flag, k]),
);

/** The command-line flags that take an intervention. */
export const CLI_FLAGS: readonly string[] = KINDS.map((k) => k.cli.flag);

/** `TAG` and its unescaped fields → an intervention, or what is wrong with them. */
export function decodeUrlFields(tag: string, fields: readonly string[]): Intervention | string {
  const kind = BY_URL_TAG.get(tag);
  if (kind === undefined) return `unknown intervention "${tag}"`;
  return kind.url.decode(fields);
}

export function encodeUrlFields(i: Intervention): readonly [string, ...string[]] {
  const kind = kindOf(i);
  return [kind.url.tag, ...kind.url.encode(i)];
}

/** `FLAG VALUE` → an intervention, or what is wrong with the value; null for another flag. */
export function decodeCliFlag(flag: string, value: string): Intervention | string | null {
  const kind = BY_CLI_FLAG.get(flag);
  if (kind === undefined) return null;
  return kind.cli.decode(value);
}

export function describeKind(i: Intervention, names: Namer): string {
  return kindOf(i).describe(i, names);
}

export function checkIntervention(i: Intervention, facts: DatasetFacts): readonly Problem[] {
  return kindOf(i).check(i, facts);
}

export function applyIntervention(i: Intervention, target: FactorTarget): string | null {
  return kindOf(i).apply(i, target);
}

/** What an intervention check needs to know of a dataset, from its nodes and edges. */
export function datasetFacts(data: {
  readonly nodes: readonly { readonly id: string; readonly country: string }[];
  readonly edges: NonNullable<DatasetFacts['flows']>;
}): DatasetFacts {
  const countryOf = new Map(data.nodes.map((n) => [n.id, n.country]));
  return {
    nodeIds: new Set(countryOf.keys()),
    countries: new Set(countryOf.values()),
    countryOf,
    flows: data.edges,
  };
}
