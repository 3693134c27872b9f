// The rare-earth magnet chain as nodes and flows, 2024 baseline, every flow in t REO a year.
// Figures come from the sources in sources.ts; where a figure is derived, the arithmetic is here
// and the same reasoning is in the node's or flow's note. Read data/README.md for the method.
//
// Order matters only where a figure is derived from earlier ones (e.g. Japan's imports from
// China follow from what Lynas sends to Japan).
import { NetworkBuilder } from './builder.ts';
import { REO_PER_GROSS_MIXED } from './factors.ts';
import { add, mul, q, tonnes } from './quantity.ts';
import { CN_PROCESSING, MATERIALS as M } from './materials.ts';
import { buildDownstream } from './downstream.ts';

const USGS = ['usgs-mcs2026', 'usgs-mcs2026-data'];
const gross = (value: number, unit = 't') => ({ value, unit, basis: 'gross t' as const });

export function buildNetwork(): NetworkBuilder {
  const b = new NetworkBuilder();

  // ---------------------------------------------------------------- mines (USGS MCS 2026, 2024)
  // China's 2024 quota (270,000 t REO, = USGS's China figure) came in two batches of 135,000 t.
  // Only the first batch's split by group is public: Northern Rare Earth (Bayan Obo) 94,580,
  // China Rare Earth Group 40,420 of which 10,140 ion-adsorption (ionic clays). The full-year
  // split assumes the second batch was divided the same way, ±10% on each group's second half.
  const fullYear = (h1: number) => add(q(h1), q(h1, h1 * 0.9, h1 * 1.1));
  const quotaNote = (h1: number, group: string) =>
    `Estimate: twice the first-batch 2024 quota for ${group} (${h1.toLocaleString('en')} t REO, Fastmarkets); only the full-year total (270,000 t = USGS's figure for China) and the first batch's split are public. Range: ±10% on the second batch. USGS (MCS 2025) noted that China's figure is a quota and excludes undocumented output.`;
  const quotaSources = [...USGS, 'reuters-quota-2024', 'fastmarkets-quota-2024'];
  const cnMines: [string, string, number, string, string][] = [
    [
      'cn-bayan-obo',
      'China: Bayan Obo, Inner Mongolia (China Northern Rare Earth)',
      94_580,
      'China Northern Rare Earth',
      M.ore,
    ],
    [
      'cn-ionic-clays',
      'China: southern ionic clays (China Rare Earth Group, ion-adsorption quota)',
      10_140,
      "China Rare Earth Group's ion-adsorption (medium and heavy) mines",
      M.mixed,
    ],
    [
      'cn-rock-mines',
      'China: other rock mines (China Rare Earth Group, rest of its quota)',
      30_280,
      "China Rare Earth Group's other mines (40,420 − 10,140)",
      M.ore,
    ],
  ];
  for (const [id, label, h1, group, material] of cnMines) {
    const out = tonnes(fullYear(h1));
    b.node({
      id,
      label,
      stage: 'mine',
      country: 'CN',
      year: 2024,
      production: out,
      sources: quotaSources,
      notes: quotaNote(h1, group),
    });
    b.flow(id, CN_PROCESSING, material, out, {
      year: 2024,
      sources: quotaSources,
      notes: 'All of it is separated in China. Estimate: see the mine.',
    });
  }

  // United States: Mountain Pass is the only US mine (USGS: 45,500 t REO in 2024; MP reports 45,455).
  // USGS's "exports of ores and compounds" (37,500 t) includes separated compounds; USGS's own
  // apparent-consumption arithmetic (production + imports - exports = 9,010 t) puts those at
  // 4,300 + 8,454 - (902 + 347) - 9,010 = 2,495 t, leaving 35,005 t of concentrate.
  const usMine = 45_500;
  const compoundsExported = 4_300 + 8_454 - (902 + 347) - 9_010;
  const mpToChina = q(37_500 - compoundsExported);
  const mpSeparated = q(4_300, 3_717, 4_300);
  b.node({
    id: 'us-mountain-pass',
    label: 'United States: Mountain Pass mine (MP Materials)',
    stage: 'mine',
    country: 'US',
    year: 2024,
    production: q(usMine),
    sources: [...USGS, 'mp-fy2024'],
    notes:
      'USGS: 45,500 t REO of mineral concentrate in 2024 (51,000 in 2025); MP Materials reported 45,455 t.',
    balance: `Of 45,500 t, ${mpToChina.v.toLocaleString('en')} t went to China as concentrate and up to 4,300 t were separated at Mountain Pass; the other ~${(usMine - mpToChina.v - 4_300).toLocaleString('en')} t (stock, recovery losses, other buyers) have no destination in the sources.`,
  });
  b.flow('us-mountain-pass', CN_PROCESSING, M.ore, mpToChina, {
    year: 2024,
    sources: [...USGS, 'antaike-2025', 'seed-nl-2025'],
    notes: `USGS: US exports of ores and compounds were 37,500 t REO in 2024 (14,000 in 2025e). They include separated compounds: USGS's apparent consumption (9,010 t = production 4,300 + imports 8,454 - exports) implies ${compoundsExported.toLocaleString('en')} t of compounds exported besides 902 t of ferrocerium and 347 t of metals, leaving ${mpToChina.v.toLocaleString('en')} t of concentrate. MP sold its concentrate to China until April 2025 (Antaike: China's concentrate imports Jan-Sep 2025 were 23,500 t, -45.6%, 99.3% from the US); all of it is taken to go there. The Dutch seed article says 80% of US concentrate went to China (0.8 × 45,500 = 36,400).`,
  });
  b.flow('us-mountain-pass', 'us-mp-separation', M.ore, mpSeparated, {
    year: 2024,
    sources: [...USGS, 'mp-fy2024', 'energyfuels-2024'],
    notes:
      "Estimate: USGS's US production of separated compounds and metals, 4,300 t REO in 2024, taken as Mountain Pass's separation feed (losses ignored). USGS's figure also covers Utah (Energy Fuels), which it does not split out: at most ~580 t (on-spec NdPr from June 2024 at up to 1,000 t/yr), hence the low end 3,717 t.",
  });

  b.node({
    id: 'au-mount-weld',
    label: 'Australia: Mount Weld (Lynas) and other Australian output',
    stage: 'mine',
    country: 'AU',
    year: 2024,
    production: q(29_000),
    sources: [...USGS, 'lynas-fy25'],
    notes:
      'USGS MCS 2026: 29,000 t REO in 2024, revised up from 13,000 in MCS 2025 on government reports. Mount Weld is the main producer; the sources name no other 2024 output.',
    balance:
      "USGS's 29,000 t is almost three times Lynas's finished output (10,462 t REO in FY2025), the only onward figure in the sources. The rest (REO in concentrate not yet processed, recovery losses, any other producer) has no destination in the sources and is not given a flow.",
  });
  b.reportedFlow(
    'au-mount-weld',
    'au-lynas-kalgoorlie',
    M.ore,
    { value: 10_462, unit: 't (FY2025)', basis: 't REO' },
    {
      year: 2025,
      sources: ['lynas-fy25'],
      notes:
        "Lynas's total finished output in FY2025 (July 2024-June 2025), taken as its mine feed (losses ignored).",
    },
  );

  // Myanmar and Laos ship mixed carbonate from ionic clays to China (HS 2846, UN Comtrade).
  b.node({
    id: 'mm-kachin',
    label: 'Myanmar: Kachin ionic clays (medium and heavy rare earths)',
    stage: 'mine',
    country: 'MM',
    year: 2024,
    production: q(27_000),
    sources: [...USGS, 'comtrade-china-2846', 'csis-myanmar-2025', 'reuters-trade-2024'],
    notes:
      "USGS: 27,000 t REO in 2024 (22,000 in 2025e), estimated by USGS from China's import data (MCS 2025 had 31,000 for 2024). The Kachin Independence Army took the Pangwa/Chipwe mining hub in October 2024; China's imports from Myanmar fell 31.6% in Jan-Nov 2024 (Reuters). CSIS: Myanmar was ~57% of China's rare-earth imports in 2024.",
  });
  b.reportedFlow(
    'mm-kachin',
    CN_PROCESSING,
    M.mixed,
    { ...gross(44_366), factor: REO_PER_GROSS_MIXED },
    {
      year: 2024,
      sources: ['comtrade-china-2846', ...USGS],
      notes:
        "All of Myanmar's output goes to China (USGS estimates it from China's imports). The flow is USGS's 27,000 t; the conversion factor is derived from this very pair of figures.",
    },
    q(27_000),
  );

  const laos = tonnes(mul(q(10_748), REO_PER_GROSS_MIXED.q));
  b.node({
    id: 'la-ionic-clays',
    label: 'Laos: ionic clays',
    stage: 'mine',
    country: 'LA',
    year: 2024,
    production: laos,
    sources: ['comtrade-china-2846', ...USGS],
    notes:
      "Estimate. USGS gives no figure for Laos (its 'other countries' line is 1,000 t REO in 2024, too small to include Laos). UN Comtrade has China importing 10,748 gross t of rare-earth compounds (HS 2846) from Laos in 2024; at the REO content implied for Myanmar's shipments (0.6086 t REO per gross t, ±15%) that is 6,541 t REO (5,559-7,523). All of it is taken to be mined in Laos.",
  });
  b.reportedFlow(
    'la-ionic-clays',
    CN_PROCESSING,
    M.mixed,
    { ...gross(10_748), factor: REO_PER_GROSS_MIXED },
    {
      year: 2024,
      sources: ['comtrade-china-2846'],
      notes: "Estimate: China's 2024 imports from Laos (HS 2846) converted to REO; see the mine.",
    },
  );

  // Output USGS estimates from China's import data goes to China by construction.
  const toChina: [string, string, string, number, string][] = [
    ['th-mines', 'Thailand (exports to China)', 'TH', 2_100, 'revised from 13,000 in MCS 2025'],
    ['mg-mines', 'Madagascar (exports to China)', 'MG', 1_400, 'revised; 2,700 in 2025e'],
    ['vn-mines', 'Vietnam: mines', 'VN', 300, '150 in 2025e'],
    ['my-mines', 'Malaysia: mines', 'MY', 140, '110 in 2025e'],
  ];
  for (const [id, label, country, t, more] of toChina) {
    b.node({
      id,
      label,
      stage: 'mine',
      country,
      year: 2024,
      production: q(t),
      sources: USGS,
      notes: `USGS: ${t.toLocaleString('en')} t REO in 2024 (${more}), estimated by USGS from China's import data, so all of it is taken to go to China.${country === 'VN' ? " UN Comtrade has China importing 3,150 gross t of compounds from Vietnam in 2024, more than Vietnam mines: the rest is processed from other feed and is not modelled. Vietnam's only heavy-RE refinery shut in 2024 (Reuters)." : ''}`,
    });
    b.flow(id, CN_PROCESSING, country === 'VN' ? M.mixed : M.ore, q(t), {
      year: 2024,
      sources: USGS,
      notes: 'Product form not given in the sources.',
    });
  }

  // Output whose destination the sources do not give; China is assumed (it separates nearly all
  // mixed concentrate), and the range runs down to zero.
  const assumed: [string, string, string, number, string, string[]][] = [
    [
      'ng-mines',
      'Nigeria: mines',
      'NG',
      1_500,
      'USGS: 1,500 t REO in 2024 (revised from 13,000 in MCS 2025). The sources name no mine or buyer.',
      USGS,
    ],
    [
      'br-serra-verde',
      'Brazil: ionic-clay mine (Serra Verde, Pela Ema)',
      'BR',
      560,
      "USGS: 560 t REO in 2024 (2,000 in 2025e). USGS's Heavy chapter: a Brazilian mine produced mixed concentrates from ionic clays with elevated Tb and Dy, and won a US DFC loan of US$465 m in November 2025; the company (Serra Verde) is named by a weak source, which expects ~5,000 t REO by 2026.",
      [...USGS, 'usgs-mcs2026-heavy', 'serra-verde-2025'],
    ],
  ];
  for (const [id, label, country, t, notes, sources] of assumed) {
    b.node({ id, label, stage: 'mine', country, year: 2024, production: q(t), sources, notes });
    b.flow(id, CN_PROCESSING, id === 'br-serra-verde' ? M.mixed : M.ore, q(t, 0, t), {
      year: 2024,
      sources,
      notes:
        "Estimate: the sources do not say where this output goes. China is assumed because it separates nearly all of the world's mixed concentrate (~99% of heavy-RE separation, weak source); the range runs down to zero for that reason.",
    });
  }

  b.node({
    id: 'in-mines',
    label: 'India: monazite beach sands (IREL)',
    stage: 'mine',
    country: 'IN',
    year: 2024,
    production: q(2_900),
    sources: [...USGS, 'pib-irel-2015'],
    notes: "USGS: 2,900 t REO in 2024. IREL's OSCOM plant (Odisha) processes the monazite.",
  });
  b.flow('in-mines', 'in-irel', M.ore, q(2_900), {
    year: 2024,
    sources: [...USGS, 'pib-irel-2015'],
    notes: "Taken to go wholly to IREL, India's state producer.",
  });
  b.node({
    id: 'ru-mines',
    label: 'Russia: mines',
    stage: 'mine',
    country: 'RU',
    year: 2024,
    production: q(2_600),
    sources: USGS,
    notes: 'USGS: 2,600 t REO in 2024. The sources name no site.',
  });
  b.flow('ru-mines', 'ru-processing', M.ore, q(2_600), {
    year: 2024,
    sources: USGS,
    notes: 'Taken to be processed in Russia.',
  });

  setMineCapacities(b);
  buildDownstream(b, mpSeparated, compoundsExported);
  return b;
}

/** USGS MCS 2026's 2025 estimates, t REO, for the mines whose 2024 figure is used above. */
const USGS_2025: Readonly<Record<string, number>> = {
  'us-mountain-pass': 51_000,
  'au-mount-weld': 29_000,
  'mm-kachin': 22_000,
  'th-mines': 4_800,
  'in-mines': 2_900,
  'mg-mines': 2_700,
  'ru-mines': 2_600,
  'br-serra-verde': 2_000,
  'ng-mines': 1_500,
  'vn-mines': 150,
  'my-mines': 110,
};

/**
 * A mine's capacity is what it has shown it can produce: the higher of its 2024 and 2025 output
 * (USGS MCS 2026). China's mines are held to their quota; Laos has no second figure. No source
 * gives mine capacities as such; this keeps what-ifs from assuming unlimited spare output.
 */
function setMineCapacities(b: NetworkBuilder): void {
  for (const n of b.nodes.filter((x) => x.stage === 'mine')) {
    const p = n.production ?? 0;
    const later = USGS_2025[n.id];
    n.capacity = Math.max(p, later ?? 0);
    const why =
      n.country === 'CN'
        ? 'Capacity: held to the 2024 quota (its production); no spare output is assumed.'
        : later === undefined
          ? 'Capacity: its production; the sources have no other year to show spare output.'
          : `Capacity: the higher of USGS's 2024 and 2025 figures (${p.toLocaleString('en')} and ${later.toLocaleString('en')} t REO), i.e. what it has shown it can produce.`;
    n.notes = n.notes === undefined ? why : `${n.notes} ${why}`;
  }
}
