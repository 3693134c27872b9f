// The rare-earth magnet chain as nodes and flows, 2024 baseline, every flow in t REO a year.
// Figures come from the sources in sources.ts; where a figure is derived, the arithmetic is here
// and the same reasoning is in the node's or flow's note. Read data/README.md for the method.
//
// The chain: mines -> separation plants (converters: concentrate into NdPr, Dy/Tb, samarium and
// La/Ce and the rest, at a recovery below 1) -> metal and alloy makers (converters) -> trade
// hubs (pass-through) -> magnet makers (converters that need NdPr and Dy/Tb, or samarium) -> end
// users, with every tonne that leaves the modelled chain sent to an outside-demand node.
//
// The order is the derivation's: what magnet makers need is worked out first, and the separation
// plants' output mix follows from what their buyers take.
import { NetworkBuilder, type NodeSpec } from './builder.ts';
import {
  CATALYST_SHARE,
  HEAVY_SHARE,
  JAPAN_STOCKPILE_DAYS,
  OXIDE_PER_METAL,
  REO_PER_GROSS_MIXED,
  REO_PER_GROSS_SEPARATED,
  REO_PER_NDFEB,
  REO_PER_SMCO,
  SEPARATION_YIELD,
} from './factors.ts';
import { add, mul, q, split, sub, tonnes, type Quantity } from './quantity.ts';
import { CN_HEAVY_SEPARATION, CN_METAL_ALLOY, CN_PROCESSING, MATERIALS as M } from './materials.ts';
import {
  JAPAN_PRIVATE_DAYS,
  MAKER_STOCK_DAYS,
  chinaStateReserveDytb,
  makerStock,
} from './stocks.ts';
import { automakerStock, endUserNodes, endUsers, type Region } from './endUsers.ts';

const USGS = ['usgs-mcs2026', 'usgs-mcs2026-data'];
const fmt = (x: number) => Math.round(x).toLocaleString('en');
const complement = (a: Quantity) => q(1 - a.v, 1 - a.hi, 1 - a.lo);
const divide = (a: Quantity, b: Quantity) => q(a.v / b.v, a.lo / b.hi, a.hi / b.lo);
/** The `part` of a whole whose other part is `rest`, when `part` is a share `s` of the whole. */
const fromShare = (rest: Quantity, s: Quantity) =>
  q((rest.v * s.v) / (1 - s.v), (rest.lo * s.lo) / (1 - s.lo), (rest.hi * s.hi) / (1 - s.hi));
const pct = (a: Quantity) => `${(a.v * 100).toFixed(1)}%`;

// ------------------------------------------------------------------------------ mine output
// China's 2024 quota (270,000 t REO = USGS's China figure) came in two batches of 135,000 t. Only
// the first batch's split by group is public: Northern Rare Earth (Bayan Obo) 94,580, China Rare
// Earth Group 40,420 of which 10,140 ion-adsorption. The full year assumes the second batch was
// split the same way, ±10% on each group's second half.
const fullYear = (h1: number) => tonnes(add(q(h1), q(h1, h1 * 0.9, h1 * 1.1)));
const CN_MINES = {
  bayanObo: fullYear(94_580),
  rock: fullYear(30_280),
  ionic: fullYear(10_140),
};
/** USGS: US exports of ores and compounds (37,500 t) less the compounds its arithmetic implies. */
const US_COMPOUNDS_EXPORTED = 4_300 + 8_454 - (902 + 347) - 9_010;
const MP_TO_CHINA = q(37_500 - US_COMPOUNDS_EXPORTED);
const LAOS = tonnes(mul(q(10_748), REO_PER_GROSS_MIXED.q));

// ------------------------------------------------------------------------ magnets (demand)
// IEA: rare earths for magnets (Nd, Pr, Dy, Tb) were 93,000 t of elements in 2023; China makes
// 93% of magnets (CSIS 2025; CBS 93% for 2024; IEA 94% of sintered magnets).
const WORLD_MAGNETS = tonnes(mul(q(93_000), OXIDE_PER_METAL.q));
const CN_SHARE = q(0.93, 0.93, 0.94);
const CN_NDFEB = tonnes(mul(WORLD_MAGNETS, CN_SHARE));
const REST_NDFEB = tonnes(mul(WORLD_MAGNETS, complement(CN_SHARE)));
const VAC = tonnes(mul(q(1_000, 500, 1_500), REO_PER_NDFEB.q));
const NOVEON = tonnes(mul(q(200, 100, 400), REO_PER_NDFEB.q));
const JP_NDFEB = sub(REST_NDFEB, VAC, NOVEON);
/** A magnet maker's feed: NdPr metal and Dy/Tb in the proportion HEAVY_SHARE. */
const feed = (out: Quantity) =>
  split(out, [complement(HEAVY_SHARE.q), HEAVY_SHARE.q]) as [Quantity, Quantity];
const [CN_NDPR_IN, CN_DYTB_IN] = feed(CN_NDFEB);
const [JP_NDPR_IN, JP_DYTB_IN] = feed(JP_NDFEB);
const [VAC_NDPR_IN, VAC_DYTB_IN] = feed(VAC);
const CN_SMCO = tonnes(mul(q(2_400), REO_PER_SMCO.q));

// US defence. GAO (2024, as Adamas quotes it): DoD uses <0.1% of the world's rare-earth demand,
// taken as world mine output (USGS MCS 2026: 380,000 t REO in 2024), so at most 380 t; the low end
// a tenth of that, the point their geometric mean. Split by an F-35's magnets: ~22 kg of SmCo
// (NYT; Adamas: ~23 kg of SmCo alloy) × 0.33 against 8-20 kg of NdFeB alloy (Adamas) × 0.35.
const DEFENCE = q(Math.sqrt(38 * 380), 38, 380);
const F35_SMCO = 22 * REO_PER_SMCO.q.v;
const F35_NDFEB = q(14 * REO_PER_NDFEB.q.v, 8 * REO_PER_NDFEB.q.v, 20 * REO_PER_NDFEB.q.v);
const SMCO_SHARE = q(
  F35_SMCO / (F35_SMCO + F35_NDFEB.v),
  F35_SMCO / (F35_SMCO + F35_NDFEB.hi),
  F35_SMCO / (F35_SMCO + F35_NDFEB.lo),
);
const DEFENCE_SMCO = tonnes(mul(DEFENCE, SMCO_SHARE));
const DEFENCE_NDFEB = tonnes(mul(DEFENCE, complement(SMCO_SHARE)));
/** The two SmCo makers' tonnages are not public: each is taken to make half. */
const [ARNOLD_SM, EEC_SM] = split(DEFENCE_SMCO, [q(0.5), q(0.5)]) as [Quantity, Quantity];

// China's magnet exports, 2024: 58,152 t (Adamas). The US and EU figures for 2024 follow from
// H1 2025 and its change on H1 2024 (Reuters/Sina via Rare Earth Exchanges), doubled.
const magnets = (t: Quantity) => tonnes(mul(t, REO_PER_NDFEB.q));
const h1to2024 = (h1_2025: number, change: number) => {
  const y = (2 * h1_2025) / (1 + change);
  return q(y, y * 0.9, y * 1.1);
};
const CN_MAGNET_EXPORTS = magnets(q(58_152));
const US_MAGNETS_T = h1to2024(2_510, -0.306);
const EU_MAGNETS_T = h1to2024(8_360, -0.224);
const US_MAGNETS = magnets(US_MAGNETS_T);
const EU_MAGNETS = magnets(EU_MAGNETS_T);
/** China's magnet exports to US users other than defence. */
// DFARS 252.225-7052 bars US defence from NdFeB and SmCo magnets made in China (since 2019), so
// all of China's magnet exports to the US go to civil users.
const US_CIVIL_MAGNETS = US_MAGNETS;
// South Korea, Vietnam and India, 2024: only 2025 months are in the sources. China's magnet
// exports in September 2025 were 17.5% above September 2024 (Reuters via Telegraph India).
// South Korea: Argus has it taking 12% of China's magnet exports (January-September 2023), × the
// 2024 total; the range is September 2025's 854 t taken back to 2024 at South Korea's own
// +84.5% and at the total's +17.5%, × 12. Vietnam: 456 t in September 2025 ÷ 1.175 × 12; the low
// end from the US's 420.5 t that month (Dagens PS), which Vietnam outranked (Reuters). India:
// 150 t in May and 172 t in June 2025, months when the total was 74% and 38.1% below 2024
// (Reuters; Trading Economics), taken back to 2024 and × 12; the point is their mean.
const KR_MAGNETS_T = q(0.12 * 58_152, (854 / 1.845) * 12, (854 / 1.175) * 12);
const VN_MAGNETS_T = q((456 / 1.175) * 12, (420.5 / 1.175) * 12, (456 / 1.175) * 12);
const IN_MAY = (150 / 0.26) * 12;
const IN_JUNE = (172 / 0.619) * 12;
const IN_MAGNETS_T = q((IN_MAY + IN_JUNE) / 2, IN_JUNE, IN_MAY);
const KR_MAGNETS = magnets(KR_MAGNETS_T);
const VN_MAGNETS = magnets(VN_MAGNETS_T);
const IN_MAGNETS = magnets(IN_MAGNETS_T);
const OTHER_MAGNET_EXPORTS = sub(
  CN_MAGNET_EXPORTS,
  US_MAGNETS,
  EU_MAGNETS,
  KR_MAGNETS,
  VN_MAGNETS,
  IN_MAGNETS,
);
const CN_DOMESTIC_MAGNETS = sub(CN_NDFEB, CN_MAGNET_EXPORTS);

// -------------------------------------------------------------------------------- trade
/** US imports of rare-earth compounds and metals in 2024, t REO (USGS): all forms. */
const US_IMPORTS = q(8_120 + 96 + 238);
const usShare = (share: number, pm: number) =>
  tonnes(mul(US_IMPORTS, q(share, share - pm, share + pm)));
const US_SHARE_NOTE =
  'USGS gives US import sources as shares for 2021-24 (China 71%, Malaysia 13%, Japan 5%, Estonia 5%, other 6%) and US imports in 2024 as 8,120 t REO of compounds, 96 t of metals and alloys and 238 t of ferrocerium and alloys (8,454 t). Share × 2024 imports; the range allows for 2024 differing from the four-year average. Japan’s and the other 11% are not modelled: USGS says they were made from concentrates produced elsewhere, which the model does not trace.';
const US_FROM_CHINA = usShare(0.71, 0.1);
const US_FROM_MALAYSIA = usShare(0.13, 0.05);
const US_FROM_ESTONIA = usShare(0.05, 0.02);
/** USGS Heavy chapter: US imports of heavy rare-earth compounds and metals, 2024; Tb 100% China. */
const US_HEAVY_FROM_CHINA = q(74);

// Lynas (FY2025, the nearest year to 2024 in the sources): 10,462 t REO of finished product,
// 6,558 t of it NdPr.
const LYNAS_OUT = q(10_462);
const LYNAS_NDPR = q(6_558);
const LYNAS_OTHER = sub(LYNAS_OUT, LYNAS_NDPR);
const LYNAS_FEED = tonnes(divide(LYNAS_OUT, SEPARATION_YIELD.q));
const LYNAS_NDPR_TO_CHINA = q(3_261);
const LYNAS_NDPR_TO_JAPAN = sub(LYNAS_NDPR, LYNAS_NDPR_TO_CHINA);
const LYNAS_TO_EU = tonnes(mul(q(2_600), REO_PER_GROSS_SEPARATED.q));
const LYNAS_OTHER_TO_JAPAN = sub(LYNAS_OTHER, LYNAS_TO_EU, US_FROM_MALAYSIA);

// Japan: JOGMEC puts Japan's dependence on China at ~70% (a former minister: ~60%), so Japan's
// imports from China are 70/30 of what it gets from elsewhere (Lynas).
const JAPAN_FROM_CHINA = tonnes(
  fromShare(add(LYNAS_NDPR_TO_JAPAN, LYNAS_OTHER_TO_JAPAN), q(0.7, 0.6, 0.7)),
);
const JP_METAL_FROM_CHINA = sub(JP_NDPR_IN, LYNAS_NDPR_TO_JAPAN);
const JP_OTHER_FROM_CHINA = sub(JAPAN_FROM_CHINA, JP_METAL_FROM_CHINA, JP_DYTB_IN);

// EU: Eurostat's 2024 imports by partner (gross t of "rare-earth elements").
const EU_FROM_CHINA = tonnes(mul(q(6_000), REO_PER_GROSS_SEPARATED.q));
const EU_OTHER_FROM_CHINA = sub(EU_FROM_CHINA, VAC_NDPR_IN, VAC_DYTB_IN);
// The Netherlands: one of China's four main destinations (Metalnomist). Of the EU's 6,000 t from
// China, Germany took 3,400 t (Destatis); the other 2,600 t is taken as the Netherlands' (low end
// half of it, since other member states import too), at 1 t REO per gross t (0.6-1.17). The
// Dutch seed article says the Netherlands resells 26.4% of its rare-earth compounds to European
// automakers; the rest is taken to go to Europe's other users of compounds.
const NL_FROM_CHINA = tonnes(mul(mul(q(6_000 - 3_400), q(1, 0.5, 1)), REO_PER_GROSS_SEPARATED.q));
const EU_IMPORTERS_FROM_CHINA = sub(EU_OTHER_FROM_CHINA, NL_FROM_CHINA);
const RU_OUT = tonnes(mul(q(2_600), SEPARATION_YIELD.q));
const EU_FROM_RUSSIA = tonnes(mul(q(3_700), REO_PER_GROSS_MIXED.q));

// Taiwan: ANZCham, ~3,000 t a year, >95% from China.
const TW_FROM_CHINA = tonnes(mul(q(2_850, 2_850, 3_000), REO_PER_GROSS_SEPARATED.q));
// The Dutch seed article: Taiwan turns 16.6% of its rare earths into precision electronic
// components that end up with firms such as Apple and Tesla.
const [TW_TO_US_ELECTRONICS, TW_TO_INDUSTRY] = split(TW_FROM_CHINA, [q(0.166), q(0.834)]) as [
  Quantity,
  Quantity,
];

// China's exports of rare-earth metals and compounds, 2024: 55,431 t (customs, via Rawmaterials).
const CN_EXPORTS = tonnes(mul(q(55_431), REO_PER_GROSS_SEPARATED.q));
const CN_EXPORTS_MODELLED = add(
  US_FROM_CHINA,
  US_HEAVY_FROM_CHINA,
  EU_FROM_CHINA,
  JAPAN_FROM_CHINA,
  TW_FROM_CHINA,
  DEFENCE_SMCO,
);
const CN_EXPORTS_OTHER = sub(CN_EXPORTS, CN_EXPORTS_MODELLED);

// US: MP's separation. USGS's US production of separated compounds and metals (4,300 t, which
// includes Utah) is taken as MP's output; MP reported 1,294 t of NdPr oxide.
const MP_SEPARATED = q(4_300, 3_717, 4_300);
const MP_NDPR = q(1_294);
const MP_FEED = tonnes(divide(MP_SEPARATED, SEPARATION_YIELD.q));
const MP_OTHER = sub(MP_SEPARATED, MP_NDPR);
const MP_OTHER_EXPORTED = sub(q(US_COMPOUNDS_EXPORTED), MP_NDPR);
const MP_OTHER_DOMESTIC = sub(MP_OTHER, MP_OTHER_EXPORTED);
const US_MINE = q(45_500);
const US_CONCENTRATE_OTHER = sub(US_MINE, MP_TO_CHINA, MP_FEED);

// ------------------------------------------------------------------ China's processing
const LIGHT_INTO_CHINA = {
  'cn-bayan-obo': CN_MINES.bayanObo,
  'cn-rock-mines': CN_MINES.rock,
  'us-mountain-pass': MP_TO_CHINA,
  'th-mines': q(2_100),
  'mg-mines': q(1_400),
  'ng-mines': q(1_500, 0, 1_500),
  'vn-mines': q(300),
  'my-mines': q(140),
} as const;
const HEAVY_INTO_CHINA = {
  'cn-ionic-clays': CN_MINES.ionic,
  'mm-kachin': q(27_000),
  'la-ionic-clays': LAOS,
  'br-serra-verde': q(560, 0, 560),
} as const;
const CN_LIGHT_IN = add(...Object.values(LIGHT_INTO_CHINA));
const CN_HEAVY_IN = add(...Object.values(HEAVY_INTO_CHINA));
const CN_LIGHT_OUT = tonnes(mul(CN_LIGHT_IN, SEPARATION_YIELD.q));
const CN_HEAVY_OUT = tonnes(mul(CN_HEAVY_IN, SEPARATION_YIELD.q));

// What China's metal makers must make: NdPr metal for China's magnet makers, Japan and VAC.
const CN_METAL_OUT = add(CN_NDPR_IN, JP_METAL_FROM_CHINA, VAC_NDPR_IN);
const CN_NDPR_FROM_SEPARATION = sub(CN_METAL_OUT, LYNAS_NDPR_TO_CHINA);
// Dy/Tb: for China's magnet makers, Japan's, VAC's, and US imports.
const CN_DYTB_OUT = add(CN_DYTB_IN, JP_DYTB_IN, VAC_DYTB_IN, US_HEAVY_FROM_CHINA);
const CN_SAMARIUM_OUT = add(CN_SMCO, DEFENCE_SMCO);
const CN_LIGHT_OTHER = sub(CN_LIGHT_OUT, CN_NDPR_FROM_SEPARATION, CN_SAMARIUM_OUT);
const CN_HEAVY_OTHER = sub(CN_HEAVY_OUT, CN_DYTB_OUT);
// La/Ce and the rest that China exports, from its light separation.
const CN_OTHER_EXPORTS = add(
  US_FROM_CHINA,
  EU_OTHER_FROM_CHINA,
  JP_OTHER_FROM_CHINA,
  TW_FROM_CHINA,
  CN_EXPORTS_OTHER,
);
const CN_LIGHT_DOMESTIC = sub(CN_LIGHT_OTHER, CN_OTHER_EXPORTS);
const CN_NON_MAGNET = add(CN_LIGHT_DOMESTIC, CN_HEAVY_OTHER);

const share = (part: Quantity, whole: Quantity) => pct(q(part.v / whole.v));

export function buildNetwork(): NetworkBuilder {
  const b = new NetworkBuilder();
  addMines(b);
  addProcessors(b);
  addHubsAndMakers(b);
  for (const spec of endUserNodes({
    euAuto: automakerStock(magnetShare('eu', 'eu-auto', EU_MAGNETS, VAC)),
    usAuto: automakerStock(magnetShare('us', 'us-auto', US_CIVIL_MAGNETS)),
  })) {
    b.node(spec);
  }
  addFlows(b);
  return b;
}

/** An end user's baseline magnets: its sector share of each supplier's output to the region. */
function magnetShare(region: Region, id: string, ...supplies: Quantity[]): Quantity {
  const t = endUsers()[region].find((x) => x.id === id);
  if (t === undefined) throw new Error(`no end user ${id}`);
  return add(...supplies.map((s) => mul(s, t.share)));
}

// ------------------------------------------------------------------------------------ mines

function addMines(b: NetworkBuilder): void {
  const quotaSources = [...USGS, 'fastmarkets-quota-2024'];
  const quotaNote = (h1: number, group: string) =>
    `Estimate: twice the first-batch 2024 quota for ${group} (${fmt(h1)} t REO, Fastmarkets); only the full-year total (270,000 t = USGS's figure for China) and the first batch's split are public. Range: ±10% on the second batch. USGS (MCS 2025) noted that China's figure is a quota and excludes undocumented output. Capacity: the quota, the legal limit on mining.`;
  const cn: [string, string, Quantity, number, string][] = [
    [
      'cn-bayan-obo',
      'China: Bayan Obo, Inner Mongolia (China Northern Rare Earth)',
      CN_MINES.bayanObo,
      94_580,
      'China Northern Rare Earth (light rare earths)',
    ],
    [
      'cn-rock-mines',
      'China: other rock mines (China Rare Earth Group, light rare earths)',
      CN_MINES.rock,
      30_280,
      "China Rare Earth Group's light rare earths",
    ],
    [
      'cn-ionic-clays',
      'China: southern ionic clays (China Rare Earth Group, ion-adsorption quota)',
      CN_MINES.ionic,
      10_140,
      "China Rare Earth Group's ion-adsorption (medium and heavy) mines",
    ],
  ];
  for (const [id, label, out, h1, group] of cn) {
    b.node({
      id,
      label,
      stage: 'mine',
      country: 'CN',
      year: 2024,
      production: out,
      capacity: out.v,
      capacityRange: out,
      sources: quotaSources,
      notes: quotaNote(h1, group),
    });
  }
  const mine = (spec: Omit<NodeSpec, 'stage' | 'year'> & { year?: number }) =>
    b.node({ stage: 'mine', year: 2024, ...spec });
  mine({
    id: 'us-mountain-pass',
    label: 'United States: Mountain Pass mine (MP Materials)',
    country: 'US',
    production: US_MINE,
    sources: [...USGS, 'mp-fy2024'],
    notes:
      'USGS: 45,500 t REO of mineral concentrate in 2024 (51,000 in 2025); MP Materials reported 45,455 t. Capacity: not in the sources (the 2025 figure is output, not capacity).',
  });
  mine({
    id: 'au-mount-weld',
    label: 'Australia: Mount Weld (Lynas) and other Australian output',
    country: 'AU',
    production: q(29_000),
    sources: [...USGS, 'lynas-fy25'],
    notes:
      'USGS MCS 2026: 29,000 t REO in 2024, revised up from 13,000 in MCS 2025 on government reports. Mount Weld is the main producer; the sources name no other 2024 output. Capacity: not in the sources (Lynas targets 12,000 t/yr of NdPr feed from an expansion).',
  });
  mine({
    id: 'mm-kachin',
    label: 'Myanmar: Kachin ionic clays (medium and heavy rare earths)',
    country: 'MM',
    production: q(27_000),
    sources: [...USGS, 'comtrade-china-2846'],
    notes:
      "USGS: 27,000 t REO in 2024 (22,000 in 2025e), estimated by USGS from China's import data (MCS 2025 had 31,000 for 2024). UN Comtrade: China imported 44,366 gross t of rare-earth compounds (HS 2846) from Myanmar in 2024. Capacity: not in the sources.",
  });
  mine({
    id: 'la-ionic-clays',
    label: 'Laos: ionic clays',
    country: 'LA',
    production: LAOS,
    sources: ['comtrade-china-2846', ...USGS],
    notes: `Estimate. USGS gives no figure for Laos (its 'other countries' line is 1,000 t REO in 2024, too small to include Laos). UN Comtrade has China importing 10,748 gross t of rare-earth compounds (HS 2846) from Laos in 2024; at the REO content implied for Myanmar's shipments (${REO_PER_GROSS_MIXED.q.v} t REO per gross t, ±15%) that is ${fmt(LAOS.v)} t REO (${fmt(LAOS.lo)}-${fmt(LAOS.hi)}). All of it is taken to be mined in Laos, as ionic-clay carbonate.`,
  });
  const byImports: [string, string, string, number, string][] = [
    ['th-mines', 'Thailand (exports to China)', 'TH', 2_100, 'revised from 13,000 in MCS 2025'],
    ['mg-mines', 'Madagascar (exports to China)', 'MG', 1_400, 'revised; 2,700 in 2025e'],
    ['vn-mines', 'Vietnam: mines', 'VN', 300, '150 in 2025e'],
    ['my-mines', 'Malaysia: mines', 'MY', 140, '110 in 2025e'],
  ];
  for (const [id, label, country, t, more] of byImports) {
    mine({
      id,
      label,
      country,
      production: q(t),
      sources: USGS,
      notes: `USGS: ${fmt(t)} t REO in 2024 (${more}), estimated by USGS from China's import data, so all of it is taken to go to China. The product form is not in the sources; it is counted as light concentrate.`,
    });
  }
  mine({
    id: 'ng-mines',
    label: 'Nigeria: mines',
    country: 'NG',
    production: q(1_500),
    sources: USGS,
    notes:
      'USGS: 1,500 t REO in 2024 (revised from 13,000 in MCS 2025). The sources name no mine or buyer.',
  });
  mine({
    id: 'br-serra-verde',
    label: 'Brazil: ionic-clay mine',
    country: 'BR',
    production: q(560),
    sources: [...USGS, 'usgs-mcs2026-heavy'],
    notes:
      "USGS: 560 t REO in 2024 (2,000 in 2025e). USGS's Heavy chapter: a Brazilian mine produced mixed concentrates from ionic clays with elevated terbium and dysprosium, and won a US DFC loan of US$465 m in November 2025.",
  });
  mine({
    id: 'in-mines',
    label: 'India: monazite beach sands (IREL)',
    country: 'IN',
    production: q(2_900),
    sources: [...USGS, 'irel-2025'],
    notes: "USGS: 2,900 t REO in 2024. IREL, India's state producer, processes the monazite.",
  });
  mine({
    id: 'ru-mines',
    label: 'Russia: mines',
    country: 'RU',
    production: q(2_600),
    sources: USGS,
    notes: 'USGS: 2,600 t REO in 2024. The sources name no site.',
  });
}

// ------------------------------------------------------------------------------- processors

/** A recipe line for a converter's note: what it takes and what it makes, as shares. */
function recipe(inputs: [string, Quantity][], outputs: [string, Quantity][]): string {
  const inTotal = add(...inputs.map(([, x]) => x));
  const outTotal = add(...outputs.map(([, x]) => x));
  const list = (xs: [string, Quantity][], total: Quantity) =>
    xs.map(([m, x]) => `${m} ${fmt(x.v)} t (${share(x, total)})`).join(', ');
  return `Recipe (converter): takes ${list(inputs, inTotal)}; makes ${list(outputs, outTotal)}; ${fmt(outTotal.v)} t out per ${fmt(inTotal.v)} t in.`;
}

function addProcessors(b: NetworkBuilder): void {
  const yieldNote = `Separation recovery ${SEPARATION_YIELD.q.v.toFixed(3)} (${SEPARATION_YIELD.q.lo}-${SEPARATION_YIELD.q.hi}): ${SEPARATION_YIELD.note}`;
  b.node({
    id: CN_PROCESSING,
    label: 'China: separation of light concentrate (Bayan Obo, other mines, imports)',
    stage: 'processor',
    country: 'CN',
    year: 2024,
    converter: true,
    sources: ['csis-2025', 'iea-oct-2025', 'fastmarkets-quota-2024', 'iea-gcmo-2024'],
    notes: `China's separation and refining of light concentrate (Bayan Obo, other rock mines, and imported concentrate from the US, Thailand, Madagascar, Nigeria, Vietnam and Malaysia) as one node. CSIS: ~90% of separation and processing (2025); IEA: 91% of refining (2024-25). ${recipe(
      [[M.light, CN_LIGHT_IN]],
      [
        [M.ndpr, CN_NDPR_FROM_SEPARATION],
        [M.samarium, CN_SAMARIUM_OUT],
        [M.lace, CN_LIGHT_OTHER],
      ],
    )} Estimate: the output mix is not in the sources. NdPr is what China's metal makers need beyond Lynas's NdPr (for China's, Japan's and VAC's magnet makers); samarium is what China's SmCo makers and the SmCo makers supplying US defence use; La/Ce and the rest is the remainder. That puts NdPr at a larger share than light ores carry: the ionic clays' NdPr (counted under La/Ce and other in the heavy separation, the sources not splitting it) and recycled magnet scrap, which the sources do not quantify, make up the difference. ${yieldNote} Capacity: not in the sources (China's separation quota, 254,000 t in 2024, covers domestic ore; imported feed came on top).`,
  });
  b.node({
    id: CN_HEAVY_SEPARATION,
    label: 'China: separation of ionic-clay (heavy-rich) concentrate',
    stage: 'processor',
    country: 'CN',
    year: 2024,
    converter: true,
    sources: ['csis-2025', 'fastmarkets-quota-2024', 'usgs-mcs2026-heavy', 'heim-vanderwal-2023'],
    notes: `China's separation of ionic-clay carbonate from its southern clays, Myanmar, Laos and Brazil: the world's source of Dy and Tb (CSIS: China has held an effective monopoly on heavy rare-earth processing since Vietnam's only alternative refinery shut in 2024). ${recipe(
      [[M.heavy, CN_HEAVY_IN]],
      [
        [M.dytb, CN_DYTB_OUT],
        [M.lace, CN_HEAVY_OTHER],
      ],
    )} Estimate: Dy/Tb is what the magnet makers need (${pct(HEAVY_SHARE.q)} of their rare earths, see data/README.md) plus US imports of heavy rare earths (74 t, USGS); the rest (yttrium, NdPr and the clays' other rare earths, not split by the sources) goes to China's non-magnet users. ${yieldNote} Capacity: not in the sources.`,
  });
  b.node({
    id: CN_METAL_ALLOY,
    label: 'China: rare-earth metal and alloy makers',
    stage: 'processor',
    country: 'CN',
    year: 2024,
    converter: true,
    sources: ['csis-2025', 'treo-2025', 'iea-gcmo-2024'],
    notes: `China's makers of NdPr metal and NdFeB alloy, fed by China's separation and by Lynas's NdPr oxide. ${recipe(
      [[M.ndpr, CN_METAL_OUT]],
      [[M.ndprMetal, CN_METAL_OUT]],
    )} Losses in metal making are not in the sources, so none are assumed (recovery 1). Capacity: not in the sources.`,
  });
  b.node({
    id: 'my-lynas-malaysia',
    label: 'Lynas Malaysia (Gebeng, Kuantan): separation and finishing',
    stage: 'processor',
    country: 'MY',
    year: 2025,
    converter: true,
    capacity: (10_500 * LYNAS_OUT.v) / LYNAS_NDPR.v,
    sources: ['lynas-fy25', 'fastmarkets-lynas', 'iea-gcmo-2024'],
    notes: `Lynas's FY2025 (July 2024-June 2025) output, the nearest year to 2024 in the sources: 10,462 t REO, 6,558 t of it NdPr. ${recipe(
      [[M.light, LYNAS_FEED]],
      [
        [M.ndpr, LYNAS_NDPR],
        [M.lace, LYNAS_OTHER],
      ],
    )} The output mix is Lynas's own; its feed is the output ÷ the separation recovery (${yieldNote}). Capacity 10,500 t/yr of NdPr (Fastmarkets) ÷ NdPr's share of output (6,558 / 10,462) = ${fmt((10_500 * LYNAS_OUT.v) / LYNAS_NDPR.v)} t REO of all products. Lynas's first dysprosium came in May 2025 and terbium in June, after the baseline year. Kalgoorlie (cracking and leaching, opened November 2024) is not a separate node: in calendar 2024 nearly all of Mount Weld's concentrate went to Malaysia directly.`,
  });
  b.node({
    id: 'us-mp-separation',
    label: 'MP Materials Mountain Pass: separation',
    stage: 'processor',
    country: 'US',
    year: 2024,
    converter: true,
    sources: ['mp-fy2024', 'usgs-mcs2026', 'energyfuels-2024'],
    notes: `${recipe(
      [[M.light, MP_FEED]],
      [
        [M.ndpr, MP_NDPR],
        [M.lace, MP_OTHER],
      ],
    )} MP reported 1,294 t of NdPr oxide in 2024 and 2,599 t in 2025; its total separated output is taken as USGS's US production of compounds and metals, 4,300 t REO, which also covers Energy Fuels' Utah plant (on-spec NdPr from June 2024 at up to 1,000 t/yr, not split out by USGS): at most ~580 t, hence the low end 3,717 t. ${yieldNote} Capacity: not in the sources for 2024 (NdPr run-rate near 4,000 t/yr at end-2025). Ramp: from 2025, USGS's US production of compounds and metals, 8,900 t REO (2025e), is taken as what it can separate.`,
    ramps: [
      {
        from: '2025-01-01',
        capacity: 8_900,
        year: 2025,
        sources: ['usgs-mcs2026', 'mp-fy2025'],
        notes:
          "USGS MCS 2026: US production of rare-earth compounds and metals 8,900 t REO in 2025 (estimated; 4,300 t in 2024), from California and Utah, as in the baseline. MP's separated NdPr doubled from 1,294 t (2024) to 2,599 t (2025; MP's FY2025 results), and it stopped shipping concentrate to China in April 2025. Taken as the most this node can put out in 2025, from 1 January (the sources give the year, not the month it was reached).",
      },
    ],
  });
  b.node({
    id: 'ee-neo-sillamae',
    label: 'Neo Performance Materials, NPM Silmet (Sillamäe): separation',
    stage: 'processor',
    country: 'EE',
    year: 2024,
    converter: true,
    production: US_FROM_ESTONIA,
    sources: ['argus-neo-2024', 'usgs-mcs2026'],
    notes: `Separates ~3,000 t/yr of light rare earths (Argus). Its feed comes from 'Australia, China and elsewhere' (USGS) without a split, so it enters as production from outside the model. Estimate: production = its one outflow the sources quantify, Estonia's 5% of US imports (${fmt(US_FROM_ESTONIA.v)} t REO); its sales in Europe are not in the sources. Capacity: the stated 3,000 t/yr is not used as spare capacity, because its feed is not in the model.`,
  });
  b.node({
    id: 'in-irel',
    label: 'IREL (India): OSCOM monazite plant and Aluva separation',
    stage: 'processor',
    country: 'IN',
    year: 2024,
    converter: true,
    sources: ['usgs-mcs2026', 'irel-2025'],
    notes: `${recipe([[M.light, q(2_900)]], [[M.lace, tonnes(mul(q(2_900), SEPARATION_YIELD.q))]])} The output mix is not in the sources (neodymium output ~40 t last year, 200 t targeted for FY2026: Business Standard), so it is all counted as La/Ce and other. ${yieldNote} Capacity: not in the sources.`,
  });
  b.node({
    id: 'ru-processing',
    label: 'Russia: processing',
    stage: 'processor',
    country: 'RU',
    year: 2024,
    converter: true,
    sources: ['usgs-mcs2026', 'eurostat-ree-2024'],
    notes: `The sources name no plant; this stands for the processing of Russia's mine output. ${recipe([[M.light, q(2_600)]], [[M.lace, RU_OUT]])} ${yieldNote}`,
  });
  b.node({
    id: 'jp-metal-alloy',
    label: 'Japan: rare-earth metal and alloy makers',
    stage: 'processor',
    country: 'JP',
    year: 2025,
    converter: true,
    sources: ['lynas-fy25', 'treo-2025', 'usgs-mcs2026'],
    notes: `Japan's makers of NdPr metal from Lynas's oxide (not named in the sources). ${recipe(
      [[M.ndpr, LYNAS_NDPR_TO_JAPAN]],
      [[M.ndprMetal, LYNAS_NDPR_TO_JAPAN]],
    )} No losses assumed. Capacity: not in the sources.`,
  });
}

// ---------------------------------------------------------------- hubs and magnet makers

function addHubsAndMakers(b: NetworkBuilder): void {
  const stockpile = (t: Quantity) => mul(t, mul(JAPAN_STOCKPILE_DAYS.q, 1 / 365));
  b.node({
    id: 'jp-trading-houses',
    label: 'Japan: rare-earth importers and trading houses (and JOGMEC stockpile)',
    stage: 'intermediary',
    country: 'JP',
    year: 2024,
    sources: ['jogmec-2024', 'iea-japan-stockpile', 'argus-japan-stockpile-2020'],
    stock: {
      [M.ndprMetal]: {
        amount: stockpile(JP_METAL_FROM_CHINA),
        year: 2023,
        sources: ['iea-japan-stockpile', 'argus-japan-stockpile-2020'],
        notes: `Estimate: 60 days (0-180) of the NdPr metal Japan imports from China. ${JAPAN_STOCKPILE_DAYS.note}`,
      },
      [M.dytb]: {
        amount: stockpile(JP_DYTB_IN),
        year: 2023,
        sources: ['iea-japan-stockpile', 'argus-japan-stockpile-2020'],
        notes: `Estimate: 60 days (0-180) of the Dy/Tb Japan imports from China. ${JAPAN_STOCKPILE_DAYS.note}`,
      },
    },
    notes: `Japan's imports from China pass through its importers: ~70% of Japan's rare earths came from China in 2024 (JOGMEC; a former minister said ~60%, down from 80-90%). Stock: Japan's national stockpile. Estimate: ${JAPAN_STOCKPILE_DAYS.note}`,
  });
  b.node({
    id: 'tw-components',
    label: 'Taiwan: rare-earth importers, refiners and component makers',
    stage: 'intermediary',
    country: 'TW',
    year: 2025,
    sources: ['anzcham-2025', 'seed-nl-2025'],
    notes:
      "ANZCham: Taiwan imports ~3,000 t of rare earths a year, >95% from China, and has 1-2 local refiners or processors. Taiwan's Economy Ministry said in October 2025 that most rare-earth materials for its chip industry come from Europe, Japan and the US. The Dutch seed article says Taiwan turns 16.6% of its rare earths into precision electronic components for firms such as Apple and Tesla (no other source has Taiwan's component flows).",
  });
  b.node({
    id: 'nl-hub',
    label: 'Netherlands: importers re-exporting rare-earth compounds',
    stage: 'intermediary',
    country: 'NL',
    year: 2024,
    sources: ['metalnomist-2025', 'eurostat-ree-2024', 'destatis-2025', 'cbs-2024', 'seed-nl-2025'],
    notes:
      "One of China's four main destinations (with Japan, the US and Taiwan: 76% of China's rare-earth exports in 2024, Metalnomist). Its imports from China are an estimate (see the flow). The Dutch seed article says it resells 26.4% of the compounds it imports to European automakers; no other source quantifies that, and CBS says most rare earths reach the Netherlands inside manufactured products. Rotterdam is also a transit port for China's magnets, which the sources do not split from the EU's.",
  });
  b.node({
    id: 'eu-importers',
    label: 'EU: importers of rare-earth compounds and metals',
    stage: 'intermediary',
    country: 'DE',
    year: 2024,
    sources: ['eurostat-ree-2024', 'cbs-2024', 'metalnomist-2025'],
    notes:
      "The EU's imports of rare-earth elements (Eurostat: 12,900 t in 2024, -29.3%; China 6,000 t, Russia 3,700 t, Malaysia 2,600 t), as one node; the member states and buyers are not in Eurostat's release. The Netherlands is among China's four main destinations (Metalnomist), but CBS says most rare earths reach it inside manufactured products; no source quantifies a Dutch re-export of compounds. Germany (DE) stands for the EU.",
  });
  b.node({
    id: 'us-importers',
    label: 'United States: importers of rare-earth compounds and metals',
    stage: 'intermediary',
    country: 'US',
    year: 2024,
    sources: ['usgs-mcs2026', 'usgs-mcs2026-heavy'],
    notes: `US imports of rare-earth compounds and metals (USGS: 8,454 t REO in 2024) and of heavy rare earths (74 t; terbium 100% from China). ${US_SHARE_NOTE}`,
  });

  const heavyNote = `Recipe (converter): NdPr metal and Dy/Tb in the proportion ${pct(complement(HEAVY_SHARE.q))} : ${pct(HEAVY_SHARE.q)} by REO; no losses assumed (magnet making's scrap is recycled within the plant, and the sources give no figure). ${HEAVY_SHARE.note}`;
  const maker = (spec: Omit<NodeSpec, 'stage' | 'converter'>) =>
    b.node({ stage: 'magnet-maker', converter: true, ...spec });
  maker({
    id: 'cn-ndfeb-magnets',
    label: 'China: NdFeB magnet industry',
    country: 'CN',
    year: 2023,
    sources: [
      'csis-2025',
      'iea-oct-2025',
      'cbs-2024',
      'iea-gcmo-2024',
      'adamas-exports-2024',
      'et-auto-inventory-2024',
      'bloomberg-srb-2014',
      'strategicmaterials-2013',
    ],
    stock: makerStock(
      { ndpr: CN_NDPR_IN, dytb: CN_DYTB_IN },
      MAKER_STOCK_DAYS,
      "China's magnet makers",
      chinaStateReserveDytb(divide(CN_DYTB_OUT, CN_HEAVY_OUT)),
    ),
    notes: `CSIS: ~93% of magnet making (2025); IEA: 94% of sintered magnets; CBS: 93% of rare-earth permanent magnets (2024). Estimate of its output: IEA puts the rare earths used in magnets at 93,000 t of elements in 2023 (× 1.17 t oxide per t = ${fmt(WORLD_MAGNETS.v)} t REO), × 93% (93-94%) = ${fmt(CN_NDFEB.v)} t REO. Exports: 58,152 t of magnets in 2024 (Adamas). ${heavyNote} Stock: the makers' raw-material inventory (an assumption, 14 days), and China's state reserve of Dy/Tb (an assumption from reports of its size); see the stock.`,
  });
  maker({
    id: 'cn-smco-magnets',
    label: 'China: SmCo magnet makers',
    country: 'CN',
    year: 2019,
    sources: ['reuters-magnets-2019', 'nyt-samarium-2025', 'ciaaw-2021'],
    notes: `China made 2,400 t of SmCo magnets in 2019 (MIIT/CREIA, the latest figure in the sources) = ${fmt(CN_SMCO.v)} t REO of samarium (${REO_PER_SMCO.note}). China supplies essentially all samarium (NYT). Recipe (converter): samarium into SmCo magnets, no losses assumed.`,
  });
  const defenceSmcoNote = `Recipe (converter): samarium into SmCo magnets, no losses assumed. Its tonnage is not public. Estimate: half of the SmCo US defence uses (${fmt(DEFENCE_SMCO.v)} t REO, see the US defence node), the other half going to the other SmCo maker in the model; its samarium comes from China, which supplies essentially all of it (NYT).`;
  maker({
    id: 'ch-arnold',
    label: 'Arnold Magnetic (Switzerland): SmCo magnets',
    country: 'CH',
    year: 2024,
    sources: ['arnold-history', 'nyt-samarium-2025', 'gao-24-107176'],
    notes: `Makes SmCo (RECOMA) in Lupfig, Switzerland, with a joint venture in Ganzhou, China (GQD) making SmCo raw material and blocks; a US defence and aerospace supplier (Arnold). ${defenceSmcoNote}`,
  });
  maker({
    id: 'us-eec',
    label: 'Electron Energy (US): SmCo magnets',
    country: 'US',
    year: 2024,
    sources: ['crs-r41744', 'nyt-samarium-2025', 'gao-24-107176'],
    notes: `CRS: the one US maker of SmCo permanent magnets, which imports its metals and alloys from China. ${defenceSmcoNote}`,
  });
  maker({
    id: 'jp-magnets',
    label: 'Japan: magnet makers (Shin-Etsu, TDK and others)',
    country: 'JP',
    year: 2023,
    sources: ['csis-2025', 'iea-gcmo-2024', 'adamas-na-eu-2025', 'argus-japan-stockpile-2020'],
    stock: makerStock(
      { ndpr: JP_NDPR_IN, dytb: JP_DYTB_IN },
      JAPAN_PRIVATE_DAYS,
      "Japan's magnet makers",
    ),
    notes: `Stock: Japan's private holders (an assumption, 18 days; see the stock). Shin-Etsu, Proterial, TDK and others. Japan's current share of magnet making is not in the sources. Estimate: all magnet making outside China (7% of ${fmt(WORLD_MAGNETS.v)} t REO = ${fmt(REST_NDFEB.v)} t) less VAC and Noveon, the only other makers in the model (Adamas: North America and Europe make <2,000 t of magnets a year between them) = ${fmt(JP_NDFEB.v)} t REO (${fmt(JP_NDFEB.lo)}-${fmt(JP_NDFEB.hi)}). ${heavyNote}`,
  });
  maker({
    id: 'de-vac-hanau',
    label: 'VAC (Vacuumschmelze), Hanau',
    country: 'DE',
    year: 2024,
    sources: ['adamas-na-eu-2025', 'et-auto-inventory-2024'],
    stock: makerStock({ ndpr: VAC_NDPR_IN, dytb: VAC_DYTB_IN }, MAKER_STOCK_DAYS, 'VAC'),
    notes: `Stock: VAC's raw-material inventory of NdPr metal (an assumption, 14 days; see the stock); 14 days of its Dy/Tb is under half a tonne and left out. Estimate: VAC's output is not in the sources. Adamas: North America and Europe make <2,000 t of magnets a year outside Asia while using ~40,000 t; VAC, Europe's largest maker, is taken at 1,000 t (500-1,500) × 0.35 = ${fmt(VAC.v)} t REO, fed from China. ${heavyNote}`,
  });
  maker({
    id: 'us-noveon',
    label: 'Noveon Magnetics (Texas): recycled magnets',
    country: 'US',
    year: 2024,
    production: NOVEON,
    sources: ['noveon-2023'],
    notes: `Designed for 2,000 t/yr of magnets from recycled feed. Estimate: its Nidec deal (1,000 t over five years) implies ~200 t a year (100-400) × 0.35 = ${fmt(NOVEON.v)} t REO; the recycled feed is production from outside the model. Capacity: the design figure is not used as spare capacity, because its feed is not in the model.`,
  });
  // Plants that did not operate in 2024: in the model, with no flows; the preset
  // "new-magnet-plants-2025" adds them.
  maker({
    id: 'us-mp-fort-worth',
    label: 'MP Materials Independence (Texas)',
    country: 'US',
    year: 2025,
    capacity: tonnes(mul(q(1_000), REO_PER_NDFEB.q)).v,
    sources: ['mp-fy2025'],
    notes:
      'About 1,000 t/yr of magnets (× 0.35 = 350 t REO capacity); first magnets on commercial equipment in Q4 2025, none in 2024, so no flows in the baseline. The 10X plant (Northlake, Texas) is to bring MP to ~10,000 t/yr in 2028.',
  });
  maker({
    id: 'us-vac-sumter',
    label: 'eVAC Sumter, South Carolina',
    country: 'US',
    year: 2025,
    capacity: tonnes(mul(q(2_000), REO_PER_NDFEB.q)).v,
    sources: ['evac-2023', 'evac-2025'],
    notes:
      'DoD US$94.1 m and a US$111.9 m tax credit; supplies GM; first commercial shipment of US-made sintered NdFeB in 2025, none in 2024, so no flows in the baseline. 2,000 t/yr of magnets planned by 2026 (× 0.35 = 700 t REO capacity).',
  });
  maker({
    id: 'ee-neo-narva',
    label: 'Neo Magnequench, Narva',
    country: 'EE',
    year: 2025,
    capacity: tonnes(mul(q(2_000), REO_PER_NDFEB.q)).v,
    sources: ['neo-narva-2025', 'argus-neo-2024'],
    notes:
      'Phase 1: 2,000 t/yr of sintered NdFeB (× 0.35 = 700 t REO capacity), opened September 2025, commercial ramp in 2026 (enough for 1-1.5 million EV traction motors); none in 2024, so no flows in the baseline. Phase 2 to 5,000 t/yr.',
  });
}

// ------------------------------------------------------------------------------------ flows

function addFlows(b: NetworkBuilder): void {
  // Mines.
  const quotaSources = [...USGS, 'fastmarkets-quota-2024'];
  for (const [id, amount] of Object.entries(LIGHT_INTO_CHINA)) {
    if (id === 'us-mountain-pass') continue;
    const isCn = id.startsWith('cn-');
    const assumed = id === 'ng-mines';
    b.flow(id, CN_PROCESSING, M.light, amount, {
      year: 2024,
      sources: isCn ? quotaSources : USGS,
      notes: isCn
        ? 'All of it is separated in China. Estimate: see the mine.'
        : assumed
          ? "Estimate: the sources do not say where Nigeria's output goes. China is assumed because it separates nearly all of the world's concentrate; the range runs down to zero for that reason."
          : "USGS estimates this output from China's import data, so all of it goes to China.",
    });
  }
  b.flow('us-mountain-pass', CN_PROCESSING, M.light, MP_TO_CHINA, {
    year: 2024,
    sources: [...USGS, 'rex-eu-h1-2025'],
    notes: `USGS: US exports of ores and compounds were 37,500 t REO in 2024 (14,000 in 2025e). They include separated compounds: USGS's apparent consumption (9,010 t = production 4,300 + imports 8,454 - exports) implies ${fmt(US_COMPOUNDS_EXPORTED)} t of compounds exported besides 902 t of ferrocerium and 347 t of metals, leaving ${fmt(MP_TO_CHINA.v)} t of concentrate. MP sold its concentrate to China until April 2025, when it halted shipments (Rare Earth Exchanges, from China's customs data); all of it is taken to go there.`,
  });
  b.flow('us-mountain-pass', 'us-mp-separation', M.light, MP_FEED, {
    year: 2024,
    sources: [...USGS, 'mp-fy2024', 'fastmarkets-quota-2024'],
    notes: `Estimate: MP's separated output (see its node) ÷ the separation recovery.`,
  });
  b.flow('us-mountain-pass', 'row-us-concentrate', M.light, US_CONCENTRATE_OTHER, {
    year: 2024,
    sources: [...USGS, 'mp-fy2024'],
    notes: `Estimate, a difference: 45,500 t less ${fmt(MP_TO_CHINA.v)} t exported and ${fmt(MP_FEED.v)} t separated. The sources do not say what became of it (stock, recovery losses at the mill, other buyers).`,
  });
  b.flow('au-mount-weld', 'my-lynas-malaysia', M.light, LYNAS_FEED, {
    year: 2025,
    sources: ['lynas-fy25', 'fastmarkets-quota-2024'],
    notes:
      "Estimate: Lynas's FY2025 finished output (10,462 t REO) ÷ the separation recovery, taken as its mine feed.",
  });
  b.flow('au-mount-weld', 'row-au-concentrate', M.light, sub(q(29_000), LYNAS_FEED), {
    year: 2024,
    sources: [...USGS, 'lynas-fy25'],
    notes:
      "Estimate, a difference: USGS's 29,000 t less Lynas's feed. USGS's figure is almost three times Lynas's finished output, the only onward figure in the sources.",
  });
  for (const [id, amount] of Object.entries(HEAVY_INTO_CHINA)) {
    const notes =
      id === 'mm-kachin'
        ? "All of Myanmar's output goes to China: USGS estimates it from China's imports (44,366 gross t of HS 2846 in 2024, UN Comtrade)."
        : id === 'la-ionic-clays'
          ? "Estimate: China's 2024 imports from Laos (HS 2846) converted to REO; see the mine."
          : id === 'br-serra-verde'
            ? "Estimate: the sources do not say where Brazil's ionic-clay concentrate goes. China is assumed because it separates nearly all heavy-rich concentrate; the range runs down to zero for that reason."
            : 'All of it is separated in China. Estimate: see the mine.';
    b.flow(id, CN_HEAVY_SEPARATION, M.heavy, amount, {
      year: 2024,
      sources:
        id === 'cn-ionic-clays'
          ? quotaSources
          : id === 'br-serra-verde'
            ? [...USGS, 'usgs-mcs2026-heavy']
            : ['comtrade-china-2846', ...USGS],
      notes,
    });
  }
  b.flow('in-mines', 'in-irel', M.light, q(2_900), {
    year: 2024,
    sources: [...USGS, 'irel-2025'],
    notes: "Taken to go wholly to IREL, India's state producer.",
  });
  b.flow('ru-mines', 'ru-processing', M.light, q(2_600), {
    year: 2024,
    sources: USGS,
    notes: 'Taken to be processed in Russia.',
  });

  // Separation outputs.
  b.flow(CN_PROCESSING, CN_METAL_ALLOY, M.ndpr, CN_NDPR_FROM_SEPARATION, {
    year: 2024,
    sources: ['iea-gcmo-2024', 'csis-2025', 'treo-2025', 'ciaaw-2021'],
    notes: `Estimate: what China's metal makers turn into NdPr metal (${fmt(CN_METAL_OUT.v)} t: China's magnet makers ${fmt(CN_NDPR_IN.v)}, Japan ${fmt(JP_METAL_FROM_CHINA.v)}, VAC ${fmt(VAC_NDPR_IN.v)}) less Lynas's ${fmt(LYNAS_NDPR_TO_CHINA.v)} t of NdPr shipped to China.`,
  });
  b.flow(CN_PROCESSING, 'cn-smco-magnets', M.samarium, CN_SMCO, {
    year: 2019,
    sources: ['reuters-magnets-2019', 'ciaaw-2021'],
    notes: "Estimate: the samarium in China's 2019 SmCo output; see the SmCo makers.",
  });
  const defenceNote = `US defence is taken to use ${fmt(DEFENCE.v)} t REO a year (${fmt(DEFENCE.lo)}-${fmt(DEFENCE.hi)}): GAO (2024, as Adamas Intelligence quotes it) puts DoD at <0.1% of the world's rare-earth demand, taken as world mine output (USGS: 380,000 t REO in 2024), so at most 380 t; the low end is a tenth of that, the point their geometric mean. An F-35 carries ~22 kg of SmCo magnets (NYT) against 8-20 kg of NdFeB alloy (Adamas Intelligence, April 2026, read in a relayed copy): × 0.33 and × 0.35 t REO per t, SmCo is ${pct(SMCO_SHARE)} (${pct(q(SMCO_SHARE.lo))}-${pct(q(SMCO_SHARE.hi))}) of it.`;
  b.flow(CN_PROCESSING, 'ch-arnold', M.samarium, ARNOLD_SM, {
    year: 2024,
    sources: ['gao-24-107176', 'nyt-samarium-2025', 'arnold-history', 'ciaaw-2021'],
    notes: `Estimate: ${defenceNote} The SmCo part (${fmt(DEFENCE_SMCO.v)} t) is split evenly between the two SmCo makers (their tonnages are not public); China supplies essentially all samarium (NYT), and Arnold's joint venture in Ganzhou makes SmCo raw material. Part of China's exports of metals and compounds.`,
  });
  b.flow(CN_PROCESSING, 'us-eec', M.samarium, EEC_SM, {
    year: 2024,
    sources: ['gao-24-107176', 'nyt-samarium-2025', 'crs-r41744', 'ciaaw-2021'],
    notes: `Estimate: ${defenceNote} The SmCo part (${fmt(DEFENCE_SMCO.v)} t) is split evenly between the two SmCo makers (their tonnages are not public); EEC imports its metals and alloys from China (CRS). Part of China's exports of metals and compounds.`,
  });
  b.flow(CN_HEAVY_SEPARATION, 'cn-ndfeb-magnets', M.dytb, CN_DYTB_IN, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'heim-vanderwal-2023'],
    notes: `Estimate: ${pct(HEAVY_SHARE.q)} of China's magnet makers' rare earths; see the magnet makers.`,
  });
  b.flow(CN_METAL_ALLOY, 'cn-ndfeb-magnets', M.ndprMetal, CN_NDPR_IN, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'ciaaw-2021'],
    notes: `Estimate: China's magnet makers' rare earths less Dy/Tb; see the magnet makers.`,
  });
  b.flow('my-lynas-malaysia', CN_METAL_ALLOY, M.ndpr, LYNAS_NDPR_TO_CHINA, {
    year: 2024,
    sources: ['treo-2025', 'comtrade-china-2846'],
    notes:
      "NdPr shipped to China in 2024 per China's import data (The Rare Earth Observer). UN Comtrade has China importing 16,345 gross t of compounds from Malaysia in 2024, more than this: the sources do not say what the rest is or who made it, so it is not modelled.",
  });
  b.flow('my-lynas-malaysia', 'jp-metal-alloy', M.ndpr, LYNAS_NDPR_TO_JAPAN, {
    year: 2025,
    sources: ['lynas-fy25', 'treo-2025'],
    notes:
      "Estimate: Lynas's NdPr not shipped to China (6,558 - 3,261 t), taken to go to Japan, where Lynas's NdPr has long been sold. The sources give no Japanese figure; this is an assumption.",
  });
  b.flow('my-lynas-malaysia', 'eu-importers', M.lace, LYNAS_TO_EU, {
    year: 2024,
    sources: ['eurostat-ree-2024'],
    notes:
      "Estimate: Eurostat's EU imports of rare-earth elements from Malaysia in 2024 (2,600 t, 19.9% of EU imports) at 1 t REO per gross t (0.6-1.17), taken to be Lynas's and its non-NdPr products. The member states, buyers and products are not given.",
  });
  b.flow('my-lynas-malaysia', 'us-importers', M.lace, US_FROM_MALAYSIA, {
    year: 2024,
    sources: USGS,
    notes: `Estimate: Malaysia's 13% of US imports, taken to be Lynas's non-NdPr products (catalysts are the leading US use). ${US_SHARE_NOTE}`,
  });
  b.flow('my-lynas-malaysia', 'jp-non-magnet', M.lace, LYNAS_OTHER_TO_JAPAN, {
    year: 2025,
    sources: ['lynas-fy25', 'eurostat-ree-2024', ...USGS],
    notes:
      "Estimate, a remainder: Lynas's non-NdPr output less what the EU and the US take, taken to go to Japan. An assumption.",
  });
  b.flow('jp-metal-alloy', 'jp-magnets', M.ndprMetal, LYNAS_NDPR_TO_JAPAN, {
    year: 2025,
    sources: ['lynas-fy25', 'treo-2025'],
    notes: "Estimate: Lynas's NdPr made into metal in Japan, for Japan's magnet makers.",
  });
  b.flow('us-mp-separation', 'row-us-separated', M.ndpr, MP_NDPR, {
    year: 2024,
    sources: ['mp-fy2024', ...USGS],
    notes: `MP's 1,294 t of NdPr oxide in 2024 (MP Materials). The US had no magnet maker using NdPr oxide in 2024, so it is taken to be exported, within the ${fmt(US_COMPOUNDS_EXPORTED)} t of separated compounds USGS's arithmetic has leaving the US. The buyers are not in the sources.`,
  });
  b.flow('us-mp-separation', 'row-us-separated', M.lace, MP_OTHER_EXPORTED, {
    year: 2024,
    sources: USGS,
    notes: `Estimate, a difference: USGS's arithmetic puts US exports of separated compounds at ${fmt(US_COMPOUNDS_EXPORTED)} t (37,500 t of ores and compounds exported, less the concentrate); less MP's NdPr, the rest is taken to be MP's other products. Buyers not named.`,
  });
  b.flow('us-mp-separation', 'us-non-magnet', M.lace, MP_OTHER_DOMESTIC, {
    year: 2024,
    sources: [...USGS, 'usgs-mcs2025'],
    notes:
      "Estimate, a remainder: MP's separated output less what is exported, taken to go to US users (USGS names catalysts as the leading US use).",
  });
  b.flow('ee-neo-sillamae', 'us-importers', M.lace, US_FROM_ESTONIA, {
    year: 2024,
    sources: USGS,
    notes: `Estimate: Estonia's 5% of US imports. ${US_SHARE_NOTE}`,
  });
  b.flow('in-irel', 'row-in-irel', M.lace, tonnes(mul(q(2_900), SEPARATION_YIELD.q)), {
    year: 2024,
    sources: [...USGS, 'irel-2025'],
    notes:
      "Estimate: India's mine output × the separation recovery; IREL's buyers are not quantified.",
  });
  b.flow('ru-processing', 'eu-importers', M.lace, EU_FROM_RUSSIA, {
    year: 2024,
    sources: ['eurostat-ree-2024', 'comtrade-china-2846'],
    notes: `Estimate: Eurostat's EU imports from Russia in 2024 (3,700 t, 28.4% of EU imports), converted with the mixed-compound factor (${REO_PER_GROSS_MIXED.q.v}), which keeps it within Russia's separated output (${fmt(RU_OUT.v)} t REO); at 1 t REO per t it would exceed it. The product form is not given.`,
  });
  b.flow('ru-processing', 'row-ru-processing', M.lace, sub(RU_OUT, EU_FROM_RUSSIA), {
    year: 2024,
    sources: ['usgs-mcs2026', 'eurostat-ree-2024'],
    notes: "Estimate, a difference: Russia's separated output less its exports to the EU.",
  });

  // China's exports.
  b.flow(CN_PROCESSING, 'us-importers', M.lace, US_FROM_CHINA, {
    year: 2024,
    sources: USGS,
    notes: `Estimate: China's 71% of US imports (compounds, metals and ferrocerium; the sources do not split the forms by origin). ${US_SHARE_NOTE}`,
  });
  b.flow(CN_HEAVY_SEPARATION, 'us-importers', M.dytb, US_HEAVY_FROM_CHINA, {
    year: 2024,
    sources: ['usgs-mcs2026-heavy'],
    notes:
      'USGS (Heavy): US imports of heavy rare-earth compounds and metals were 74 t REO in 2024 (from shipping records); terbium, holmium and lutetium came 100% from China. All of it is taken to come from China.',
  });
  b.flow(CN_METAL_ALLOY, 'eu-importers', M.ndprMetal, VAC_NDPR_IN, {
    year: 2024,
    sources: ['adamas-na-eu-2025', 'eurostat-ree-2024'],
    notes:
      "Estimate: VAC's magnet feed less its Dy/Tb; see VAC's node. China is taken to supply it.",
  });
  b.flow(CN_HEAVY_SEPARATION, 'eu-importers', M.dytb, VAC_DYTB_IN, {
    year: 2024,
    sources: ['adamas-na-eu-2025', 'heim-vanderwal-2023'],
    notes: `Estimate: ${pct(HEAVY_SHARE.q)} of VAC's magnet feed; see VAC's node.`,
  });
  b.flow(CN_PROCESSING, 'eu-importers', M.lace, EU_IMPORTERS_FROM_CHINA, {
    year: 2024,
    sources: ['eurostat-ree-2024', 'destatis-2025'],
    notes:
      "Estimate: Eurostat's 2024 EU imports from China (6,000 t, 46.3% of EU imports) at 1 t REO per gross t (0.6-1.17), less VAC's feed and less what the Netherlands takes (see its flow).",
  });
  b.flow(CN_PROCESSING, 'nl-hub', M.lace, NL_FROM_CHINA, {
    year: 2024,
    sources: ['eurostat-ree-2024', 'destatis-2025', 'metalnomist-2025'],
    notes: `Estimate: the EU imported 6,000 t of rare earths from China in 2024 (Eurostat) and Germany 3,400 t of it (Destatis); the other 2,600 t is taken as the Netherlands', one of China's four main destinations (Metalnomist). Low end: half of that, since other member states import too. At 1 t REO per gross t (0.6-1.17): ${fmt(NL_FROM_CHINA.v)} t REO (${fmt(NL_FROM_CHINA.lo)}-${fmt(NL_FROM_CHINA.hi)}). Part of the EU's imports from China, not on top of them.`,
  });
  b.flow(CN_METAL_ALLOY, 'jp-trading-houses', M.ndprMetal, JP_METAL_FROM_CHINA, {
    year: 2024,
    sources: ['jogmec-2024', 'csis-2025', 'lynas-fy25'],
    notes: `Estimate: the NdPr metal Japan's magnet makers need (${fmt(JP_NDPR_IN.v)} t) beyond what Japan makes from Lynas's NdPr (${fmt(LYNAS_NDPR_TO_JAPAN.v)} t).`,
  });
  b.flow(CN_HEAVY_SEPARATION, 'jp-trading-houses', M.dytb, JP_DYTB_IN, {
    year: 2024,
    sources: ['heim-vanderwal-2023', 'jogmec-2024'],
    notes: `Estimate: ${pct(HEAVY_SHARE.q)} of Japan's magnet makers' rare earths; Lynas made no Dy or Tb before May 2025, so all of it comes from China.`,
  });
  b.flow(CN_PROCESSING, 'jp-trading-houses', M.lace, JP_OTHER_FROM_CHINA, {
    year: 2024,
    sources: ['jogmec-2024', 'lynas-fy25'],
    notes: `Estimate: Japan's imports from China (JOGMEC: ~70% of Japan's rare earths, a former minister ~60%, so 70/30 × what Japan gets from Lynas = ${fmt(JAPAN_FROM_CHINA.v)} t, range ${fmt(JAPAN_FROM_CHINA.lo)}-${fmt(JAPAN_FROM_CHINA.hi)}) less the NdPr metal and Dy/Tb above.`,
  });
  b.flow(CN_PROCESSING, 'tw-components', M.lace, TW_FROM_CHINA, {
    year: 2025,
    sources: ['anzcham-2025'],
    notes:
      "Estimate: ANZCham says Taiwan imports ~3,000 t of rare earths a year, >95% from China (2,850-3,000 t), at 1 t REO per gross t (0.6-1.17). Taiwan's Economy Ministry disagrees: it says most rare-earth materials for its chip industry come from Europe, Japan and the US.",
  });
  b.flow(CN_PROCESSING, 'row-cn-exports', M.lace, CN_EXPORTS_OTHER, {
    year: 2024,
    sources: ['rawmaterials-2024', 'metalnomist-2025', ...USGS, 'eurostat-ree-2024'],
    notes: `Estimate, a difference: China exported 55,431 t of rare-earth metals and compounds in 2024 (customs, via Rawmaterials.net) = ${fmt(CN_EXPORTS.v)} t REO at 1 t REO per gross t (${fmt(CN_EXPORTS.lo)}-${fmt(CN_EXPORTS.hi)}); the destinations modelled (US, EU, Japan, Taiwan) take ${fmt(CN_EXPORTS_MODELLED.v)} t. The rest goes to countries not modelled; it also carries the gap between China's gross-weight statistics and the importers' figures. Metalnomist: Japan, the US, the Netherlands and Taiwan together took 76% of China's exports.`,
  });
  const [catalystsLight, otherLight] = split(CN_LIGHT_DOMESTIC, [
    CATALYST_SHARE.q,
    complement(CATALYST_SHARE.q),
  ]) as [Quantity, Quantity];
  const [catalystsHeavy, otherHeavy] = split(CN_HEAVY_OTHER, [
    CATALYST_SHARE.q,
    complement(CATALYST_SHARE.q),
  ]) as [Quantity, Quantity];
  const nonMagnetNote = (what: string) =>
    `Estimate: ${what}. China's non-magnet use (${fmt(CN_NON_MAGNET.v)} t REO in all) is what its separation makes beyond magnet makers' needs and exports; it is split by ${CATALYST_SHARE.note}`;
  b.flow(CN_PROCESSING, 'cn-catalysts', M.lace, catalystsLight, {
    year: 2024,
    sources: ['pennstate-2023', 'rawmaterials-2024'],
    notes: nonMagnetNote(
      "catalysts' share of the La/Ce and other rare earths China's light separation keeps at home",
    ),
  });
  b.flow(CN_PROCESSING, 'cn-other-non-magnet', M.lace, otherLight, {
    year: 2024,
    sources: ['pennstate-2023', 'rawmaterials-2024'],
    notes: nonMagnetNote(
      'the rest of the La/Ce and other rare earths China’s light separation keeps at home',
    ),
  });
  b.flow(CN_HEAVY_SEPARATION, 'cn-catalysts', M.lace, catalystsHeavy, {
    year: 2024,
    sources: ['pennstate-2023'],
    notes: nonMagnetNote("catalysts' share of the ionic clays' output beyond Dy/Tb"),
  });
  b.flow(CN_HEAVY_SEPARATION, 'cn-other-non-magnet', M.lace, otherHeavy, {
    year: 2024,
    sources: ['pennstate-2023'],
    notes: nonMagnetNote(
      "the rest of the ionic clays' output beyond Dy/Tb (yttrium, NdPr and others)",
    ),
  });

  // Hubs.
  b.flow('jp-trading-houses', 'jp-magnets', M.ndprMetal, JP_METAL_FROM_CHINA, {
    year: 2024,
    sources: ['jogmec-2024', 'csis-2025'],
    notes: 'Estimate: the NdPr metal Japan imports from China; see that flow.',
  });
  b.flow('jp-trading-houses', 'jp-magnets', M.dytb, JP_DYTB_IN, {
    year: 2024,
    sources: ['heim-vanderwal-2023', 'jogmec-2024'],
    notes: 'Estimate: the Dy/Tb Japan imports from China; see that flow.',
  });
  b.flow('jp-trading-houses', 'jp-non-magnet', M.lace, JP_OTHER_FROM_CHINA, {
    year: 2024,
    sources: ['jogmec-2024'],
    notes: 'Estimate: the rest of Japan’s imports from China; see that flow.',
  });
  b.flow('tw-components', 'tw-industry', M.lace, TW_TO_INDUSTRY, {
    year: 2025,
    sources: ['anzcham-2025'],
    notes: "Estimate: the rest of Taiwan's imports (83.4%), used by its chip and other industry.",
  });
  b.flow('tw-components', 'us-electronics', M.lace, TW_TO_US_ELECTRONICS, {
    year: 2025,
    sources: ['seed-nl-2025', 'anzcham-2025'],
    notes:
      "Estimate: the Dutch seed article says Taiwan turns 16.6% of its rare earths into precision electronic components that end up with firms such as Apple and Tesla; read here as 16.6% of Taiwan's imports from China (ANZCham), carried in those components to US electronics makers. No other source has Taiwan's component flows; Tesla's part is not split out, and the rare earths are counted as the compounds Taiwan imports.",
  });
  b.flow('nl-hub', 'eu-non-magnet', M.lace, NL_FROM_CHINA, {
    year: 2025,
    sources: ['seed-nl-2025', 'eurostat-ree-2024', 'cbs-2024'],
    notes:
      "Estimate: the Netherlands' imports from China, taken to go to Europe's users of compounds (catalysts, glass and others). The Dutch seed article says 26.4% of them is resold to European automakers; automakers buy magnets and parts, not compounds, and what they would use compounds for is not in the sources, so that share is not credited to them (it was in version 3: 686 t, which made them short 'at once' whenever the Dutch route was cut). CBS: most rare earths reach the Netherlands inside manufactured products.",
  });
  b.flow('eu-importers', 'de-vac-hanau', M.ndprMetal, VAC_NDPR_IN, {
    year: 2024,
    sources: ['adamas-na-eu-2025'],
    notes: "Estimate: VAC's NdPr metal; see VAC's node.",
  });
  b.flow('eu-importers', 'de-vac-hanau', M.dytb, VAC_DYTB_IN, {
    year: 2024,
    sources: ['adamas-na-eu-2025', 'heim-vanderwal-2023'],
    notes: "Estimate: VAC's Dy/Tb; see VAC's node.",
  });
  b.flow(
    'eu-importers',
    'eu-non-magnet',
    M.lace,
    add(EU_IMPORTERS_FROM_CHINA, EU_FROM_RUSSIA, LYNAS_TO_EU),
    {
      year: 2024,
      sources: ['eurostat-ree-2024'],
      notes:
        "Estimate: the EU's imports from China (less VAC's feed and the Netherlands'), Russia and Malaysia, taken to go to European users of compounds (catalysts, glass and others). Eurostat also counts 5,500 t of EU exports in 2024, which may include re-exports of these imports; they are not split by origin, so they are not modelled.",
    },
  );
  b.flow(
    'us-importers',
    'us-non-magnet',
    M.lace,
    add(US_FROM_CHINA, US_FROM_MALAYSIA, US_FROM_ESTONIA),
    {
      year: 2024,
      sources: [...USGS, 'usgs-mcs2025'],
      notes:
        'Estimate: US imports of compounds and metals from China, Malaysia and Estonia; see those flows. USGS names catalysts as the leading US use.',
    },
  );
  b.flow('us-importers', 'us-non-magnet', M.dytb, US_HEAVY_FROM_CHINA, {
    year: 2024,
    sources: ['usgs-mcs2026-heavy'],
    notes:
      'US imports of heavy rare earths (74 t REO, USGS), used in catalysts, lasers, fibre optics, magnets and medical equipment.',
  });

  // Magnets to end users.
  const users = endUsers();
  const toRegion = (
    from: string,
    region: Region,
    total: Quantity,
    spec: { year: number; sources: readonly string[]; what: string },
    material: string = M.ndfeb,
  ) => {
    const targets = users[region];
    const parts = split(
      total,
      targets.map((t) => t.share),
    );
    targets.forEach((t, i) => {
      const part = parts[i];
      if (part === undefined) return;
      b.flow(from, t.id, material, part, {
        year: spec.year,
        sources: [...new Set([...spec.sources, ...t.sources])],
        notes: `Estimate: ${t.shareLabel} of ${spec.what}, by the sector shares in data/README.md.`,
      });
    });
  };
  const exportSources = ['adamas-exports-2024', 'rex-eu-h1-2025', 'ciaaw-2021'];
  toRegion('cn-ndfeb-magnets', 'cn', CN_DOMESTIC_MAGNETS, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'adamas-exports-2024'],
    what: `China's own magnet output less its 58,152 t of exports (2024, Adamas) × 0.35 t REO per t = ${fmt(CN_DOMESTIC_MAGNETS.v)} t REO`,
  });
  toRegion('cn-ndfeb-magnets', 'us', US_CIVIL_MAGNETS, {
    year: 2024,
    sources: exportSources,
    what: `China's 2024 magnet exports to the US (H1 2025: 2,510 t, down 30.6% on H1 2024, Reuters/Sina via Rare Earth Exchanges; H1 2024 = 3,617 t, doubled = ${fmt(US_MAGNETS_T.v)} t, ±10% for the second half) × 0.35 t REO per t; none goes to US defence, which DFARS 252.225-7052 bars from magnets made in China`,
  });
  b.flow('jp-magnets', 'us-defence', M.ndfeb, DEFENCE_NDFEB, {
    year: 2024,
    sources: ['gao-24-107176', 'nyt-samarium-2025', 'usgs-mcs2026', 'ciaaw-2021', 'dfars-2019'],
    notes: `Estimate: ${defenceNote} The NdFeB part comes from magnet makers outside China, which Japan's makers stand for in the model: DFARS 252.225-7052 (in force since 2019) bars NdFeB and SmCo magnets melted or produced in China from US defence purchases, unless a nonavailability determination is made. Which makers supply US defence is not in the sources, so the route is an assumption; magnets made outside China from Chinese NdPr or Dy/Tb were still allowed in 2024.`,
  });
  const monthNote =
    "China's 2024 magnet exports to these buyers are not in the sources, only 2025 months under the April controls; each is taken back to 2024 by the month's change on a year before";
  b.flow('cn-ndfeb-magnets', 'kr-magnet-users', M.ndfeb, KR_MAGNETS, {
    year: 2024,
    sources: ['argus-korea-2023', 'adamas-exports-2024', 'telegraph-sep-2025', 'ciaaw-2021'],
    notes: `Estimate: ${monthNote}. Argus (2023): South Korea took 12% of China's magnet exports (January-September 2023); × 58,152 t (2024, Adamas) = ${fmt(KR_MAGNETS_T.v)} t. Range: September 2025's 854 t (China's customs figures as relayed by asiacity.news, not cited as a source) taken back to September 2024 at South Korea's own +84.5% (${fmt(KR_MAGNETS_T.lo)} t a year) and at the total's +17.5% (Reuters via Telegraph India: ${fmt(KR_MAGNETS_T.hi)} t), × 12. × 0.35 t REO per t (0.31-0.40).`,
  });
  b.flow('cn-ndfeb-magnets', 'vn-magnet-users', M.ndfeb, VN_MAGNETS, {
    year: 2024,
    sources: ['telegraph-sep-2025', 'seed-dagensps-2025', 'seed-nl-2025', 'ciaaw-2021'],
    notes: `Estimate: ${monthNote}. September 2025: 456 t (China's customs figures as relayed by asiacity.news, not cited as a source) ÷ 1.175 (the month's total was 17.5% above September 2024, Reuters via Telegraph India) × 12 = ${fmt(VN_MAGNETS_T.v)} t. Low end: Vietnam ranked above the US that month (Reuters), which took 420.5 t (Dagens PS): ${fmt(VN_MAGNETS_T.lo)} t. × 0.35 t REO per t (0.31-0.40). The Dutch seed article says China favoured Vietnamese processing plants with licences in June 2025.`,
  });
  b.flow('cn-ndfeb-magnets', 'in-magnet-users', M.ndfeb, IN_MAGNETS, {
    year: 2024,
    sources: [
      'lapaas-india-2025',
      'reuters-magnets-may-2025',
      'tradingeconomics-jun-2025',
      'ciaaw-2021',
    ],
    notes: `Estimate: ${monthNote}. India took 150 t in May and 172 t in June 2025 (Lapaas Voice), months when China's total was 74% (Reuters) and 38.1% (Trading Economics) below a year before: 150 ÷ 0.26 × 12 = ${fmt(IN_MAY)} t and 172 ÷ 0.619 × 12 = ${fmt(IN_JUNE)} t a year; the point is their mean, ${fmt(IN_MAGNETS_T.v)} t. × 0.35 t REO per t (0.31-0.40).`,
  });
  toRegion('cn-ndfeb-magnets', 'eu', EU_MAGNETS, {
    year: 2024,
    sources: [...exportSources, 'questmetals-2025'],
    what: `China's 2024 magnet exports to the EU (H1 2025: 8,360 t, down 22.4% on H1 2024, Reuters/Sina via Rare Earth Exchanges; H1 2024 = 10,773 t, doubled = ${fmt(EU_MAGNETS_T.v)} t, ±10%; Quest Metals put Europe at 41% of China's magnet exports in January-July 2025) × 0.35 t REO per t`,
  });
  b.flow('cn-ndfeb-magnets', 'row-cn-magnets', M.ndfeb, OTHER_MAGNET_EXPORTS, {
    year: 2024,
    sources: exportSources,
    notes: `Estimate, a difference: China's 2024 magnet exports (58,152 t, Adamas) × 0.35 = ${fmt(CN_MAGNET_EXPORTS.v)} t REO, less those to the US, the EU, South Korea, Vietnam and India. Japan, Mexico and others are among the buyers; their 2024 tonnages are not in the sources.`,
  });
  for (const [maker, t] of [
    ['ch-arnold', ARNOLD_SM],
    ['us-eec', EEC_SM],
  ] as const) {
    b.flow(maker, 'us-defence', M.smco, t, {
      year: 2024,
      sources: ['gao-24-107176', 'nyt-samarium-2025'],
      notes: `Estimate: the SmCo magnets this maker makes for US defence; see its samarium.`,
    });
  }
  b.flow('cn-smco-magnets', 'cn-industry', M.smco, CN_SMCO, {
    year: 2019,
    sources: ['reuters-magnets-2019'],
    notes:
      "Estimate: the sources do not split China's SmCo output between domestic use and exports; all of it is left with China's industrial users.",
  });
  toRegion('jp-magnets', 'jp', sub(JP_NDFEB, DEFENCE_NDFEB), {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'adamas-na-eu-2025'],
    what: `Japan's magnet output (see Japan's magnet makers) less the ${fmt(DEFENCE_NDFEB.v)} t that goes to US defence`,
  });
  toRegion('de-vac-hanau', 'eu', VAC, {
    year: 2024,
    sources: ['adamas-na-eu-2025'],
    what: "VAC's output in Germany",
  });
  b.flow('us-noveon', 'us-industry', M.ndfeb, NOVEON, {
    year: 2024,
    sources: ['noveon-2023'],
    notes:
      "Estimate: Noveon's output (see its node), taken to go to industrial motors (its Nidec supply deal).",
  });
}

/** Figures data/README.md and the tests quote, from the same arithmetic as the flows. */
export const DERIVED = {
  worldMagnets: WORLD_MAGNETS,
  cnNdfeb: CN_NDFEB,
  jpNdfeb: JP_NDFEB,
  cnLightIn: CN_LIGHT_IN,
  cnHeavyIn: CN_HEAVY_IN,
  cnNonMagnet: CN_NON_MAGNET,
  cnExportsOther: CN_EXPORTS_OTHER,
  usMagnets: US_MAGNETS,
  euMagnets: EU_MAGNETS,
  otherMagnetExports: OTHER_MAGNET_EXPORTS,
  defence: DEFENCE,
};
