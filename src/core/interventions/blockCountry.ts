// Block a country: every node in it goes offline.
import { z } from '../zod.ts';
import { countryCode, extraFields, unknownCountry, type InterventionKind } from './kind.ts';

const schema = z.object({ type: z.literal('block-country'), country: countryCode });
export type BlockCountry = Readonly<z.infer<typeof schema>>;

export const blockCountry = {
  type: 'block-country',
  label: 'Block a country',
  schema,
  describe: (i, names) => `Block ${names.country(i.country)}`,
  url: {
    tag: 'country',
    encode: (i) => [i.country],
    decode: (fields) =>
      extraFields(fields, 1, 'country:CC') ?? {
        type: 'block-country',
        country: fields[0] ?? '',
      },
  },
  cli: {
    flag: '--block-country',
    usage: ['--block-country CC', 'take every node in country CC out'],
    encode: (i) => i.country,
    decode: (value) =>
      /^[A-Z]{2}$/.test(value)
        ? { type: 'block-country', country: value }
        : 'expected a two-letter country code such as CN',
  },
  check: (i, facts) => unknownCountry('country', i.country, facts),
  apply: (i, { g, f }) => {
    const c = g.countries.indexOf(i.country);
    if (c < 0) return `no node in country ${JSON.stringify(i.country)}`;
    for (let v = 0; v < g.n; v++) if (g.country[v] === c) f.node[v] = 0;
    return null;
  },
  form: {
    fields: [{ key: 'from', label: 'Country', input: 'country', pick: 0 }],
    build: (v) => ({ type: 'block-country', country: v['from'] ?? '' }),
    values: (i) => ({ from: i.country }),
  },
} as const satisfies InterventionKind<BlockCountry>;
