// Block a route, an export control: flows from nodes in country `from` to nodes in country `to`
// (of `material`, when given) stop, or fall to `factor` of baseline when given (0.18 = down 82%).
import { z } from '../zod.ts';
import { parseFigure } from '../figures.ts';
import {
  carries,
  change,
  countryCode,
  extraFields,
  material,
  ofMaterial,
  ofWhat,
  shareKept,
  scaleEdges,
  unknownCountry,
  type InterventionKind,
} from './kind.ts';

const schema = z.object({
  type: z.literal('block-route'),
  from: countryCode,
  to: countryCode,
  material: material.optional(),
  factor: shareKept.optional(),
});
export type BlockRoute = Readonly<z.infer<typeof schema>>;

function route(from: string, to: string, factor: number | null, m: string | undefined) {
  const i: { -readonly [K in keyof BlockRoute]: BlockRoute[K] } = { type: 'block-route', from, to };
  if (factor !== null) i.factor = factor;
  if (m !== undefined && m !== '') i.material = m;
  return i;
}

export const blockRoute = {
  type: 'block-route',
  label: 'Block a route (export control)',
  schema,
  describe: (i, names) => {
    const what = i.factor === undefined || i.factor === 0 ? 'Block' : `Cut ${change(i.factor)}:`;
    return `${what} ${names.country(i.from)} → ${names.country(i.to)}${ofMaterial(i.material)}`;
  },
  url: {
    tag: 'route',
    // route:CN>US, route:CN>US:0.18, route:CN>US:0.18:NdFeB magnets, route:CN>US::NdFeB magnets
    encode: (i) => {
      const factor = i.factor === undefined ? '' : String(i.factor);
      if (i.material !== undefined) return [`${i.from}>${i.to}`, factor, i.material];
      return factor === '' ? [`${i.from}>${i.to}`] : [`${i.from}>${i.to}`, factor];
    },
    decode: (fields) => {
      const [pair, text, m] = fields;
      const tooMany = extraFields(fields, 3, 'route:CC>CC:FACTOR:MATERIAL');
      if (tooMany !== null) return tooMany;
      const [from, to, extra] = (pair ?? '').split('>');
      if (from === undefined || to === undefined || extra !== undefined || from === '' || to === '')
        return `route "${pair ?? ''}" must be two dataset countries, like CN>US`;
      if ((text ?? '') === '') return route(from, to, null, m);
      const factor = parseFigure(text, 0, 1);
      if (!factor.ok) return `route factor must be 0–1, got "${text ?? ''}" (${factor.error})`;
      return route(from, to, factor.value, m);
    },
  },
  cli: {
    flag: '--block-route',
    usage: [
      '--block-route CC>CC[:M][=F]',
      'stop flows between countries (or cut them to F) of material M (also CC>CC=F@M)',
    ],
    encode: (i) =>
      `${i.from}>${i.to}${i.factor === undefined ? '' : `=${i.factor}`}${i.material === undefined ? '' : `@${i.material}`}`,
    // The material may also follow the pair after a colon: CN>US:Dy/Tb=0.2.
    decode: (value) => {
      const match = /^([A-Z]{2})>([A-Z]{2})(?::([^=@]+))?(?:=([^@]+))?(?:@(.+))?$/.exec(value);
      if (match === null) return 'expected CC>CC or CC>CC=F, such as CN>US=0.2';
      const [, from = '', to = '', colon, f, at] = match;
      if (colon !== undefined && at !== undefined) return 'name the material once (:M or @M)';
      const m = colon ?? at;
      if (f === undefined) return route(from, to, null, m);
      const factor = parseFigure(f, 0, 1);
      if (!factor.ok) return `the factor must be between 0 and 1 (${factor.error})`;
      return route(from, to, factor.value, m);
    },
  },
  // With the flows at hand, "no flow from CN to US" covers a country with no node too.
  check: (i, { countries, countryOf, flows }) => {
    if (flows === undefined || countryOf === undefined) {
      return [
        ...unknownCountry('from', i.from, { countries }),
        ...unknownCountry('to', i.to, { countries }),
      ];
    }
    const found = flows.some(
      (e) =>
        countryOf.get(e.source) === i.from &&
        countryOf.get(e.target) === i.to &&
        carries(e.material, i.material),
    );
    return found
      ? []
      : [{ field: null, message: `no flow${ofWhat(i.material)} from ${i.from} to ${i.to}` }];
  },
  apply: (i, target) => {
    const { g } = target;
    const factor = i.factor ?? 0;
    if (!Number.isFinite(factor) || factor < 0 || factor > 1) {
      return `factor ${factor} must be between 0 and 1`;
    }
    const from = g.countries.indexOf(i.from);
    const to = g.countries.indexOf(i.to);
    const none = `no flow${ofWhat(i.material)} from country ${JSON.stringify(i.from)} to ${JSON.stringify(i.to)}`;
    if (from < 0 || to < 0) return none;
    return scaleEdges(
      target,
      (e) =>
        g.country[g.edgeSource[e] as number] === from &&
        g.country[g.edgeTarget[e] as number] === to &&
        carries(g.edgeMaterial[e], i.material),
      factor,
      none,
    );
  },
  form: {
    fields: [
      { key: 'from', label: 'From country', input: 'country', pick: 0 },
      { key: 'to', label: 'To country', input: 'country', pick: 1 },
      { key: 'material', label: 'Material', input: 'material' },
      {
        key: 'routeCut',
        label: 'Cut by (%; 100 blocks it)',
        input: 'percent',
        initial: 100,
        step: 5,
      },
    ],
    // A 100% cut is a block (no factor), as the command line writes it.
    build: (v) => {
      const cut = Math.min(100, Math.max(0, Number(v['routeCut'] ?? 100)));
      const factor = cut >= 100 ? null : Math.round(100 - cut) / 100;
      return route(v['from'] ?? '', v['to'] ?? '', factor, v['material']);
    },
    values: (i) => ({
      from: i.from,
      to: i.to,
      material: i.material ?? '',
      routeCut: String(Math.round((1 - (i.factor ?? 0)) * 100)),
    }),
  },
} as const satisfies InterventionKind<BlockRoute>;
