// The 2025 monthly series: China's customs figures (as the press reported them) for its
// rare-earth magnet exports, in total and by destination, and for its rare-earth exports (metals
// and compounds). Every figure is a source's own number, or a marked estimate with its range and
// derivation; a month the sources do not give is absent, never filled in.
//
// How a series reaches the model (src/core/periods.ts): a month's factor on the flows it names
// is min(1, month ÷ baseline month), where the baseline month is the 2024 total ÷ 12.
//   - to the US: the three flows from China's NdFeB makers to US end users;
//   - in total: the flows to Europe's end users and to the countries not modelled (Japan, Korea,
//     Vietnam, India and the rest), which have no 2024 baseline of their own in the sources;
//   - China's rare-earth exports: the flows of metals and compounds from China's processing to
//     importers outside China and to the countries not modelled;
//   - Japan, South Korea, Vietnam, India and Germany: no 2024 figure in the sources, so their
//     months are shown and listed but scale nothing.
import { MATERIALS as M } from './materials.ts';
import { sourceEntry, type SourceInput } from './sources.ts';

/** Reports read only through copies on relay sites; cited by publisher and date, without a URL. */
export const WIRE_NOTE = 'read only in copies on relay sites, so cited without a URL';

/** Absent `url`: the report was read only in copies on relay sites, cited by publisher and date. */
const SOURCES: readonly SourceInput[] = [
  {
    id: 'wire-reuters-magnets-mar-2026',
    title: `China's rare-earth magnet exports, March 2026 and Q1 2026, with changes on 2025 (Reuters, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2026,
    tier: 'secondary',
  },
  {
    id: 'wire-reuters-magnets-aug-2025',
    title: `China's rare-earth magnet exports rise to seven-month high in August 2025 (Reuters, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'wire-magnets-destinations-sep-2025',
    title: `China's rare-earth magnet exports by destination, September 2025: Germany, South Korea, Vietnam, Japan (China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'cnbc-magnets-us-sep-2025',
    title: `China's rare-earth magnet exports to the US fell 28.7% on August to 420.5 t in September 2025 (CNBC, China customs data; read as reported by Dagens PS, 21 Oct 2025, so cited without a URL)`,
    publisher: 'CNBC',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'wire-reuters-magnets-oct-2025',
    title: `China's rare-earth magnet exports in October 2025 (Reuters, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'wire-reuters-magnets-dec-2025',
    title: `China's rare-earth exports to the US and Japan fell in December 2025; 2025 magnet exports 57,392 t (Reuters, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2026,
    tier: 'secondary',
  },
  {
    id: 'wire-magnets-us-may-2025',
    title: `China's rare-earth magnet exports to the US in May 2025: 46 t, a decade low (Reuters and Bloomberg, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'rawmaterials-mar-2025',
    title: 'China rare earth exports rise in March (2025)',
    publisher: 'Rawmaterials.net',
    year: 2025,
    url: 'https://rawmaterials.net/china-rare-earth-exports-rise-in-march/',
    tier: 'secondary',
  },
  {
    id: 'zawya-apr-2025',
    title: "China's export controls see April rare earth shipments tumble on month (Reuters)",
    publisher: 'Zawya',
    year: 2025,
    url: 'https://www.zawya.com/en/world/china-and-asia-pacific/chinas-export-controls-see-april-rare-earth-shipments-tumble-on-month-dsb8ia0w',
    tier: 'secondary',
  },
  {
    id: 'globaltimes-may-2025',
    title: "China's rare-earth exports in May 2025 (China customs data)",
    publisher: 'Global Times',
    year: 2025,
    url: 'https://www.globaltimes.cn/page/202506/1335771.shtml',
    tier: 'secondary',
  },
  {
    id: 'zerohedge-jun-2025',
    title: "China's rare earths exports hit highest level since 2009 (June 2025)",
    publisher: 'ZeroHedge',
    year: 2025,
    url: 'https://www.zerohedge.com/commodities/chinas-rare-earths-exports-high-highest-level-2009',
    tier: 'weak',
  },
  {
    id: 'oedigital-jul-2025',
    title:
      "China's rare earth exports fell in July after reaching a peak the previous month (Reuters)",
    publisher: 'Energy News (Offshore Engineer)',
    year: 2025,
    url: 'https://energynews.oedigital.com/mining/2025/08/07/chinas-rare-earth-exports-fell-in-july-after-reaching-a-peak-the-previous-month',
    tier: 'secondary',
  },
  {
    id: 'kitco-aug-2025',
    title: 'China August rare earth exports fall 3.4% on month (Reuters)',
    publisher: 'Kitco News',
    year: 2025,
    url: 'https://www.kitco.com/news/off-the-wire/2025-09-08/china-august-rare-earth-exports-fall-34-month',
    tier: 'secondary',
  },
  {
    id: 'wire-reuters-re-exports-sep-2025',
    title: `China's rare-earth exports in September 2025, down 30.9% on August (Reuters, China customs data; ${WIRE_NOTE})`,
    publisher: 'Reuters',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'thecryptagon-oct-2025',
    title: "China's rare earth exports jump 9% in October (2025)",
    publisher: 'The Cryptagon',
    year: 2025,
    url: 'https://thecryptagon.com/chinas-rare-earth-exports-jump-9-in-october',
    tier: 'weak',
  },
  {
    id: 'ima-nov-2025',
    title: "China's rare earth exports jump in November after Xi-Trump meeting (Reuters)",
    publisher: 'International Magnesium Association',
    year: 2025,
    url: 'https://ima-api.org/chinas-rare-earth-exports-jump-in-november-after-xi-trump-meeting',
    tier: 'secondary',
  },
  {
    id: 'kaohoon-dec-2025',
    title: "China's rare-earth exports in December and 2025 as a whole (Reuters)",
    publisher: 'Kaohoon International',
    year: 2026,
    url: 'https://www.kaohooninternational.com/economics/574357',
    tier: 'secondary',
  },
];

export function buildPeriodSources() {
  return SOURCES.map(sourceEntry);
}

/** Ids of the sources cited without a URL because only relay copies were read. */
export const WIRE_SOURCE_IDS: ReadonlySet<string> = new Set(
  SOURCES.filter((s) => s.url === undefined).map((s) => s.id),
);

interface Point {
  value: number;
  year: number;
  sources: string[];
  estimate?: { low: number; high: number };
  notes?: string;
}

const at = (value: number, ...sources: string[]): Point => ({ value, year: 2025, sources });
const round = (x: number) => Math.round(x * 10) / 10;

// China's magnet exports to the US in 2024, as the dataset derives it (data/build/network.ts):
// H1 2025 2,510 t was 30.6% below H1 2024, doubled, ±10% for the second half.
const US_2024 = (2 * 2_510) / (1 - 0.306);
const CN_MAGNETS_2024 = 58_152;
const CN_RE_EXPORTS_2024 = 55_431;

/** A share of the baseline cannot pass the flows it scales; the months are read as given. */
const MAGNET_EXPORT = M.ndfeb;
const magnetFlows = (targets: readonly string[]) =>
  targets.map((target) => ({ source: 'cn-ndfeb-magnets', target, material: MAGNET_EXPORT }));

/**
 * China's exports of metals and compounds in the dataset (not magnets) that the total series may
 * stand for: the uncontrolled ones. Dy/Tb and samarium were licensed from 4 April 2025 and the
 * total (mostly La/Ce, above its 2024 level from April to August) says nothing about them; no
 * monthly series by element is in the sources, so their flows are scaled by no series.
 */
const RE_EXPORT_FLOWS = [
  ['cn-processing', 'us-importers', M.lace],
  ['cn-metal-alloy', 'eu-importers', M.ndprMetal],
  ['cn-processing', 'eu-importers', M.lace],
  ['cn-metal-alloy', 'jp-trading-houses', M.ndprMetal],
  ['cn-processing', 'jp-trading-houses', M.lace],
  ['cn-processing', 'tw-components', M.lace],
  ['cn-processing', 'nl-hub', M.lace],
  ['cn-processing', 'row-cn-exports', M.lace],
].map(([source, target, material]) => ({
  source: source ?? '',
  target: target ?? '',
  material: material ?? '',
}));

const NO_BASELINE = (who: string) =>
  `China's 2024 magnet exports to ${who} are not in the sources, so these months have no baseline to be read against: they are shown and listed, and scale nothing (China's total stands for the flow to the countries not modelled).`;

export function buildPeriods() {
  return [
    {
      id: 'cn-magnets-us',
      label: "China's magnet exports to the US",
      unit: 't/month',
      basis: 't of magnets' as const,
      baseline: {
        value: round(US_2024 / 12),
        year: 2024,
        sources: ['rex-eu-h1-2025'],
        estimate: { low: round((US_2024 * 0.9) / 12), high: round((US_2024 * 1.1) / 12) },
        notes: `Estimate: China's 2024 magnet exports to the US as the dataset derives them (H1 2025: 2,510 t, 30.6% below H1 2024, doubled = ${Math.round(US_2024).toLocaleString('en')} t, ±10%), ÷ 12.`,
      },
      flows: magnetFlows(['us-auto', 'us-electronics', 'us-industry']),
      notes:
        'Scales the flows from China’s NdFeB makers to US end users (defence included). January–April 2025 are not given month by month (2,110 t in the four months, a difference of H1 and May–June figures), so they are missing.',
      points: {
        '2025-05': at(46, 'wire-magnets-us-may-2025'),
        '2025-06': at(353, 'tradingeconomics-jun-2025'),
        '2025-07': at(619, 'kitco-jul-2025'),
        '2025-08': at(590, 'wire-reuters-magnets-aug-2025'),
        '2025-09': at(420.5, 'cnbc-magnets-us-sep-2025', 'seed-dagensps-2025'),
        '2025-10': at(656, 'wire-reuters-magnets-oct-2025'),
        '2025-11': at(582, 'reuters-magnets-nov-2025'),
        '2025-12': at(564, 'wire-reuters-magnets-dec-2025'),
      },
    },
    {
      id: 'cn-magnets-total',
      label: "China's magnet exports, all destinations",
      unit: 't/month',
      basis: 't of magnets' as const,
      baseline: {
        value: round(CN_MAGNETS_2024 / 12),
        year: 2024,
        sources: ['adamas-exports-2024'],
        notes: "China's 2024 magnet exports, 58,152 t (Adamas), ÷ 12.",
      },
      flows: magnetFlows([
        'eu-auto',
        'eu-wind',
        'eu-industry',
        'kr-magnet-users',
        'vn-magnet-users',
        'in-magnet-users',
        'row-cn-magnets',
      ]),
      notes:
        'Scales the flows from China’s NdFeB makers to Europe’s, South Korea’s, Vietnam’s and India’s end users and to the countries not modelled, which have no monthly series with a 2024 baseline of their own (the US has its own series). January and February 2025 are not given month by month (only a first-quarter total, itself derived), so they are missing.',
      points: {
        '2025-03': {
          value: 5_323,
          year: 2025,
          sources: ['wire-reuters-magnets-mar-2026'],
          estimate: { low: 5_320, high: 5_326 },
          notes:
            'Estimate: March 2026 was 5,238 t, 1.6% below March 2025 (Reuters): 5,238 / 0.984; the range is the rounding of the 1.6%.',
        },
        '2025-04': {
          value: 2_628,
          year: 2025,
          sources: ['reuters-magnets-may-2025'],
          estimate: { low: 2_626, high: 2_631 },
          notes:
            "Estimate: May's 1,238 t was 52.9% below April (Reuters): 1,238 / 0.471; the range is the rounding of the 52.9%. January–May (19,132 t) less a first quarter of about 15,270 t and May gives about 2,626 t.",
        },
        '2025-05': at(1_238, 'reuters-magnets-may-2025'),
        '2025-06': at(3_188, 'tradingeconomics-jun-2025'),
        '2025-07': at(5_577, 'kitco-jul-2025'),
        '2025-08': at(6_146, 'wire-reuters-magnets-aug-2025'),
        '2025-09': at(5_774, 'telegraph-sep-2025'),
        '2025-10': at(5_473, 'wire-reuters-magnets-oct-2025'),
        '2025-11': at(6_150, 'reuters-magnets-nov-2025'),
        '2025-12': at(5_952, 'wire-reuters-magnets-dec-2025'),
      },
    },
    {
      id: 'cn-magnets-de',
      label: "China's magnet exports to Germany",
      unit: 't/month',
      basis: 't of magnets' as const,
      notes: `${NO_BASELINE('Germany')} September was 27.9% above September 2024.`,
      points: {
        '2025-07': at(1_116, 'kitco-jul-2025'),
        '2025-09': at(1_288, 'wire-magnets-destinations-sep-2025'),
      },
    },
    {
      id: 'cn-magnets-jp',
      label: "China's magnet exports to Japan",
      unit: 't/month',
      basis: 't of magnets' as const,
      notes: NO_BASELINE('Japan'),
      points: {
        '2025-09': at(228, 'wire-magnets-destinations-sep-2025'),
        '2025-11': at(305, 'reuters-magnets-nov-2025'),
        '2025-12': at(280, 'wire-reuters-magnets-dec-2025'),
      },
    },
    {
      id: 'cn-magnets-kr',
      label: "China's magnet exports to South Korea",
      unit: 't/month',
      basis: 't of magnets' as const,
      notes: NO_BASELINE('South Korea'),
      points: { '2025-09': at(854, 'wire-magnets-destinations-sep-2025') },
    },
    {
      id: 'cn-magnets-vn',
      label: "China's magnet exports to Vietnam",
      unit: 't/month',
      basis: 't of magnets' as const,
      notes: NO_BASELINE('Vietnam'),
      points: { '2025-09': at(456, 'wire-magnets-destinations-sep-2025') },
    },
    {
      id: 'cn-magnets-in',
      label: "China's magnet exports to India",
      unit: 't/month',
      basis: 't of magnets' as const,
      notes: NO_BASELINE('India'),
      points: {
        '2025-05': at(150, 'lapaas-india-2025'),
        '2025-06': at(172, 'lapaas-india-2025'),
      },
    },
    {
      id: 'cn-re-exports',
      label: "China's rare-earth exports (metals and compounds)",
      unit: 't/month',
      basis: 'gross t' as const,
      baseline: {
        value: round(CN_RE_EXPORTS_2024 / 12),
        year: 2024,
        sources: ['rawmaterials-2024'],
        notes: "China's 2024 rare-earth exports, 55,431 t (Reuters, China customs data), ÷ 12.",
      },
      flows: RE_EXPORT_FLOWS,
      notes:
        'Scales the flows of metals and compounds from China’s processing to importers outside China and to the countries not modelled. January and February 2025 are given only together (8,511 t, Reuters via Business Recorder), so each is missing.',
      points: {
        '2025-03': at(5_666.3, 'rawmaterials-mar-2025'),
        '2025-04': at(4_785, 'zawya-apr-2025'),
        '2025-05': at(5_864.6, 'globaltimes-may-2025'),
        '2025-06': at(7_742.2, 'zerohedge-jun-2025'),
        '2025-07': at(5_994.3, 'oedigital-jul-2025', 'seed-nl-2025'),
        '2025-08': at(5_792, 'kitco-aug-2025'),
        '2025-09': at(4_000.3, 'wire-reuters-re-exports-sep-2025'),
        '2025-10': at(4_343.5, 'thecryptagon-oct-2025'),
        '2025-11': at(5_493.9, 'ima-nov-2025'),
        '2025-12': at(4_392, 'kaohoon-dec-2025'),
      },
    },
  ];
}

// ------------------------------------------------------------------ data/README.md's table
export const PERIODS_START =
  '<!-- generated:periods:start (npx tsx data/build/write.ts) -->\n<!-- prettier-ignore-start -->';
export const PERIODS_END = '<!-- prettier-ignore-end -->\n<!-- generated:periods:end -->';

const num = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });

/** Every monthly figure with its sources (publisher and year), one row a series and month. */
export function periodsTable(
  sources: readonly { id: string; publisher?: string; year: number }[] = buildPeriodSources(),
  periods: ReturnType<typeof buildPeriods> = buildPeriods(),
  otherSources: readonly { id: string; publisher?: string; year: number }[] = [],
): string {
  const byId = new Map([...otherSources, ...sources].map((s) => [s.id, s]));
  const cite = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const s = byId.get(id);
        return s === undefined ? id : `${s.publisher ?? id} ${s.year} (\`${id}\`)`;
      })
      .join('; ');
  const lines = [
    '| series | month | figure | baseline month | scales | source |',
    '| --- | --- | ---: | ---: | --- | --- |',
  ];
  for (const s of periods) {
    const baseline = 'baseline' in s ? s.baseline : undefined;
    const flows = 'flows' in s ? s.flows : [];
    const scales =
      baseline === undefined || flows.length === 0
        ? 'nothing (no 2024 baseline)'
        : flows.map((f) => `\`${f.target}\``).join(', ');
    for (let mo = 1; mo <= 12; mo++) {
      const month = `2025-${String(mo).padStart(2, '0')}`;
      const p = (s.points as Record<string, Point>)[month];
      const figure =
        p === undefined
          ? 'missing'
          : `${num(p.value)}${p.estimate === undefined ? '' : ` (est. ${num(p.estimate.low)}–${num(p.estimate.high)})`}`;
      if (p === undefined && baseline === undefined) continue;
      lines.push(
        `| ${s.label} (\`${s.id}\`) | ${month} | ${figure} | ${baseline === undefined ? '—' : num(baseline.value)} | ${scales} | ${p === undefined ? 'not in the sources' : cite(p.sources)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** `readme` with its generated period section replaced. */
export function withPeriodsTable(readme: string, table: string = periodsTable()): string {
  const a = readme.indexOf(PERIODS_START);
  const b = readme.indexOf(PERIODS_END);
  if (a < 0 || b < a) {
    throw new Error(`data/README.md has no "${PERIODS_START}" … "${PERIODS_END}" section`);
  }
  return `${readme.slice(0, a + PERIODS_START.length)}\n\n${table}\n\n${readme.slice(b)}`;
}
