// Every registered intervention kind survives the three ways it is written down: a link, the
// command line and a scenario file. Values are generated from each kind's own schema, so a kind
// added to the registry is covered here without a line of test.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import {
  KINDS,
  interventionSchema,
  type Intervention,
} from '../../../../src/core/interventions/index.ts';
import { parseArgs } from '../../../../src/cli/analyzeArgs.ts';
import { documentToSearch, searchToDocument, type UrlContext } from '../../../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../../../src/state/document.ts';

// Text for ids and materials: includes what the link must escape (: , %) and spaces. The command
// line reserves > @ = as separators, so generated names leave them out.
const text = fc.stringMatching(/^[a-zA-Z0-9 :,%._é-]{1,12}$/);
const countries = fc.constantFrom('CN', 'US', 'MM', 'DE', 'MY', 'JP');
const number = fc
  .oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }))
  .map((x) => x + 0); // no -0: a link writes it as 0

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly values?: readonly unknown[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values a schema accepts, built from its definition and filtered by the schema itself. */
function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const accepted = (a: fc.Arbitrary<unknown>) => a.filter((v) => schema.safeParse(v).success);
  switch (def.type) {
    case 'literal':
      return fc.constant(def.values?.[0]);
    case 'string':
      return accepted(fc.oneof(text, countries));
    case 'number':
      return accepted(number);
    case 'object': {
      const shape = def.shape ?? {};
      const optional = Object.keys(shape).filter((k) => defOf(shape[k]!).type === 'optional');
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, s]) => {
          const d = defOf(s);
          return [k, arbitraryOf(d.type === 'optional' ? d.innerType! : s)];
        }),
      );
      const required = Object.keys(shape).filter((k) => !optional.includes(k));
      return fc.record(fields, { requiredKeys: required, noNullPrototype: true });
    }
    default:
      throw new Error(`no arbitrary for a zod ${def.type}`);
  }
}

/** A link context that knows every id and code the intervention names. */
function contextFor(i: Intervention): UrlContext {
  const values = Object.values(i).filter((v): v is string => typeof v === 'string');
  return {
    nodeIds: new Set(values),
    countries: new Set(values),
    edgeCount: 0,
    materials: new Set(),
    measures: new Set(),
  };
}

describe.each(KINDS.map((k) => [k.type, k] as const))('intervention kind %s', (_type, kind) => {
  const interventions = arbitraryOf(kind.schema) as fc.Arbitrary<Intervention>;

  it('generates valid values of its own kind', () => {
    fc.assert(
      fc.property(interventions, (i) => {
        expect(i.type).toBe(kind.type);
        expect(interventionSchema.safeParse(i).success).toBe(true);
      }),
    );
  });

  it('round-trips through a link, switched on or off', () => {
    fc.assert(
      fc.property(interventions, fc.boolean(), (intervention, enabled) => {
        const doc = { scenario: [{ intervention, enabled }], view: DEFAULT_VIEW };
        const back = searchToDocument(documentToSearch(doc), contextFor(intervention));
        expect(back.notices).toEqual([]);
        expect(back.document.scenario).toStrictEqual([{ intervention, enabled }]);
      }),
    );
  });

  it('round-trips through the command line, as FLAG VALUE and FLAG=VALUE', () => {
    fc.assert(
      fc.property(interventions, (i) => {
        const value = kind.cli.encode(i as never);
        for (const argv of [
          ['x.json', kind.cli.flag, value],
          ['x.json', `${kind.cli.flag}=${value}`],
        ]) {
          const parsed = parseArgs(argv);
          if (!parsed.ok || parsed.help) throw new Error(`refused: ${JSON.stringify(argv)}`);
          expect(parsed.options.interventions).toStrictEqual([i]);
        }
      }),
    );
  });

  it('round-trips through a scenario file', () => {
    fc.assert(
      fc.property(interventions, (i) => {
        const back = interventionSchema.parse(JSON.parse(JSON.stringify(i)));
        expect(back).toStrictEqual(i);
      }),
    );
  });
});

describe('the registry', () => {
  it('has one kind for each type the schema knows, each with its own URL tag and flag', () => {
    const types = interventionSchema.options.map((o) => o.shape.type.value);
    expect(KINDS.map((k) => k.type)).toEqual(types);
    expect(new Set(KINDS.map((k) => k.url.tag)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.cli.flag)).size).toBe(KINDS.length);
  });
});
