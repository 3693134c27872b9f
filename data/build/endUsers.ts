// The end users, grouped by where magnets are built into products, and the rule that splits a
// region's magnet supply among them: the world sector shares of factors.ts, with each sector the
// region does not model separately folded into its "other uses" group. Also the demand outside
// the modelled users (`outside: true`): exports to countries not modelled, and output whose
// buyers the sources do not name.
import { defenceStockpile } from './stocks.ts';
import type { NodeSpec, StockSpec } from './builder.ts';
import { AUTOMAKER_STOCK_DAYS, SECTOR_SHARES as S, type Sector } from './factors.ts';
import { add, mul, type Quantity } from './quantity.ts';
import { MATERIALS as M } from './materials.ts';

export type Region = 'cn' | 'eu' | 'us' | 'jp';

export interface Target {
  readonly id: string;
  readonly share: Quantity;
  readonly shareLabel: string;
  readonly sources: readonly string[];
}

const GROUPS: Record<Region, readonly (readonly [string, readonly Sector[]])[]> = {
  cn: [
    ['cn-auto', ['auto']],
    ['cn-electronics', ['electronics']],
    ['cn-wind', ['wind']],
    ['cn-robots', ['robots']],
    ['cn-industry', ['other']],
  ],
  eu: [
    ['eu-auto', ['auto']],
    ['eu-wind', ['wind']],
    ['eu-industry', ['electronics', 'robots', 'other']],
  ],
  us: [
    ['us-auto', ['auto']],
    ['us-electronics', ['electronics']],
    ['us-industry', ['wind', 'robots', 'other']],
  ],
  jp: [
    ['jp-auto', ['auto']],
    ['jp-robots', ['robots', 'other']],
    ['jp-electronics', ['electronics', 'wind']],
  ],
};

export function endUsers(): Record<Region, Target[]> {
  const out = {} as Record<Region, Target[]>;
  for (const region of Object.keys(GROUPS) as Region[]) {
    out[region] = GROUPS[region].map(([id, sectors]) => {
      const share = add(...sectors.map((s) => S[s].q));
      return {
        id,
        share,
        shareLabel: `${Math.round(share.v * 100)}% (${sectors.join(' + ')})`,
        sources: [...new Set(sectors.flatMap((s) => S[s].sources))],
      };
    });
  }
  return out;
}

/** The magnet users, and the users of other rare-earth products, as data/README.md reports them. */
export const MAGNET_USERS: readonly string[] = Object.values(GROUPS).flatMap((g) =>
  g.map(([id]) => id),
);

const user = (
  id: string,
  label: string,
  country: string,
  notes: string,
  sources: readonly string[],
): NodeSpec => ({ id, label, stage: 'end-user', country, year: 2024, sources, notes });

const outside = (
  id: string,
  label: string,
  country: string,
  notes: string,
  sources: readonly string[],
): NodeSpec => ({ ...user(id, label, country, notes, sources), outside: true });

const EU_NOTE =
  'Europe has no single country code: Germany (DE) stands for the EU here, as its largest importer of rare earths and magnets.';

/** An automaker group's working inventory of magnets: AUTOMAKER_STOCK_DAYS of its baseline use. */
export function automakerStock(baselineMagnets: Quantity): Quantity {
  return mul(baselineMagnets, mul(AUTOMAKER_STOCK_DAYS.q, 1 / 365));
}

const automakerStockSpec = (amount: Quantity, region: string): StockSpec => ({
  amount,
  year: 2025,
  sources: [...AUTOMAKER_STOCK_DAYS.sources],
  notes: `Estimate: 14 days (0-28) of the magnets ${region}'s automakers take in a year. ${AUTOMAKER_STOCK_DAYS.note}`,
});

const stockNote = (region: string) =>
  `Stock: a working inventory of magnets at ${region}'s automakers and their suppliers. Estimate: ${AUTOMAKER_STOCK_DAYS.note}`;

export function endUserNodes(stocks: { euAuto: Quantity; usAuto: Quantity }): readonly NodeSpec[] {
  return [
    user(
      'cn-auto',
      'China: automakers and EVs',
      'CN',
      "IEA: >11 million of the >17 million electric cars sold in 2024 were sold in China. Argus expects China's NEV sector to need >60,000 t of magnet materials in 2025.",
      ['iea-gevo-2025', 'argus-ndfeb-2025'],
    ),
    user(
      'cn-wind',
      'China: wind turbines',
      'CN',
      'GWEC: China added 79.8 of the 117 GW of wind capacity installed in 2024.',
      ['gwec-2025'],
    ),
    user(
      'cn-electronics',
      'China: consumer electronics',
      'CN',
      'Consumer electronics take ~30% of NdFeB demand (Heim & Vander Wal 2023).',
      ['heim-vanderwal-2023'],
    ),
    user(
      'cn-robots',
      'China: industrial robots and automation',
      'CN',
      'Servo motors in industrial robots and humanoid robots (Argus: humanoid robots use <35 t of NdFeB today, ~3,200 t expected by 2030).',
      ['argus-ndfeb-2025'],
    ),
    user(
      'cn-industry',
      'China: industrial motors, appliances and other magnet uses',
      'CN',
      'Inverter air-conditioners, industrial motors, e-bikes, medical devices; also all of China’s SmCo magnets (the sources do not split them between use at home and export).',
      ['heim-vanderwal-2023', 'reuters-magnets-2019'],
    ),
    user(
      'cn-catalysts',
      'China: catalysts (non-magnet use)',
      'CN',
      'Petroleum-refining (FCC) and automotive catalysts, mostly lanthanum and cerium. Penn State: catalysts take ~20% of the world’s rare-earth tonnage (2020 data), the largest non-magnet use.',
      ['pennstate-2023'],
    ),
    user(
      'cn-other-non-magnet',
      'China: polishing, glass, metallurgy, batteries and other non-magnet uses',
      'CN',
      'The non-magnet uses other than catalysts; the sources do not split them further.',
      ['pennstate-2023'],
    ),
    {
      ...user(
        'eu-auto',
        'Europe: automakers and EVs',
        'DE',
        `${EU_NOTE} CLEPA said on 4 June 2025 that several supplier plants and production lines in Europe had shut for want of rare-earth magnets.`,
        ['rex-eu-h1-2025'],
      ),
      stock: { [M.ndfeb]: automakerStockSpec(stocks.euAuto, 'Europe') },
      notes: `${EU_NOTE} ${stockNote('Europe')}`,
      sources: ['rex-eu-h1-2025', 'et-auto-inventory-2024'],
    },
    user(
      'eu-wind',
      'Europe: wind turbines',
      'DK',
      'Denmark (DK) stands for Europe’s wind-turbine makers.',
      ['gwec-2025'],
    ),
    user('eu-industry', 'Europe: industry, electronics and other magnet uses', 'DE', EU_NOTE, [
      'rex-eu-h1-2025',
    ]),
    user(
      'eu-non-magnet',
      'Europe: catalysts, glass and other users of rare-earth compounds',
      'DE',
      `${EU_NOTE} Eurostat: the EU imported 12,900 t of rare-earth elements in 2024 (China 6,000 t, Russia 3,700 t, Malaysia 2,600 t).`,
      ['eurostat-ree-2024'],
    ),
    {
      ...user(
        'us-auto',
        'United States: automakers and EVs',
        'US',
        'USGS: much of the rare earth the US uses arrives as magnets embedded in finished goods.',
        ['usgs-mcs2025'],
      ),
      stock: { [M.ndfeb]: automakerStockSpec(stocks.usAuto, 'the US') },
      notes: `USGS: much of the rare earth the US uses arrives as magnets embedded in finished goods. ${stockNote('the US')}`,
      sources: ['usgs-mcs2025', 'et-auto-inventory-2024'],
    },
    user(
      'us-electronics',
      'United States: electronics makers',
      'US',
      'Consumer electronics take ~30% of NdFeB demand (Heim & Vander Wal 2023).',
      ['heim-vanderwal-2023'],
    ),
    user(
      'us-industry',
      'United States: industrial motors, wind and other magnet uses',
      'US',
      'Other US users of magnets, including Noveon’s recycled magnets (its Nidec deal is for industrial motors).',
      ['usgs-mcs2025', 'noveon-2023'],
    ),
    user(
      'us-non-magnet',
      'United States: catalysts and other users of rare-earth compounds',
      'US',
      'USGS: catalysts are the leading US use; apparent consumption of compounds and metals was 9,010 t REO in 2024.',
      ['usgs-mcs2025', 'usgs-mcs2026'],
    ),
    {
      ...user(
        'us-defence',
        'United States: defence (F-35 and other platforms)',
        'US',
        'Estimate: <0.1% of the world’s rare-earth demand (GAO 2024, as Adamas Intelligence quotes it): see its flows. CRS (2013, from a 2012 DoD study) put an F-35 at 920 lb (417 kg) of rare-earth materials; Adamas (2026) at 11-20 kg of elemental rare earths (~23 kg of SmCo alloy and 8-20 kg of NdFeB). Lockheed Martin is the main US user of samarium (NYT). The National Defense Stockpile planned to acquire up to 300 t of NdPr oxide, 450 t of NdFeB block and 60 t of SmCo alloy in FY2025 (USGS).',
        ['gao-24-107176', 'crs-r41744', 'nyt-samarium-2025', 'usgs-mcs2026'],
      ),
      stock: defenceStockpile(),
      notes:
        'Estimate: <0.1% of the world’s rare-earth demand (GAO 2024, as Adamas Intelligence quotes it): see its flows. CRS (2013, from a 2012 DoD study) put an F-35 at 920 lb (417 kg) of rare-earth materials; Adamas (2026) at 11-20 kg of elemental rare earths (~23 kg of SmCo alloy and 8-20 kg of NdFeB). Lockheed Martin is the main US user of samarium (NYT). Stock: the National Defense Stockpile, which planned to acquire up to 300 t of NdPr oxide, 450 t of NdFeB block and 60 t of SmCo alloy in FY2025 (USGS); half of the magnets are taken as held (see the stock).',
    },
    user(
      'kr-magnet-users',
      'South Korea: automakers, electronics and other magnet users',
      'KR',
      'Buyers of China’s magnets in South Korea, the second-largest destination in September 2025 (Reuters). Argus (2023): South Korea relied on China for over 90% of its magnets and opened its first magnet plant (1,000 t/yr) in 2023. The Dutch seed article says South Korean firms (LG Chem) chartered planes to speed up imports in mid-2025.',
      ['argus-korea-2023', 'telegraph-sep-2025', 'seed-nl-2025'],
    ),
    user(
      'vn-magnet-users',
      'Vietnam: magnet processing plants and other magnet users',
      'VN',
      'Buyers of China’s magnets in Vietnam, the third-largest destination in September 2025 (Reuters). The Dutch seed article says China favoured Vietnamese processing plants with licences in June 2025. What they make and who buys it are not in the sources.',
      ['telegraph-sep-2025', 'seed-nl-2025'],
    ),
    user(
      'in-magnet-users',
      'India: automakers and other magnet users',
      'IN',
      'Buyers of China’s magnets in India (150 t in May and 172 t in June 2025, Lapaas Voice).',
      ['lapaas-india-2025'],
    ),
    user(
      'jp-auto',
      'Japan: automakers and EVs',
      'JP',
      'Japanese automakers supplied by Japan’s magnet makers.',
      ['jogmec-2024'],
    ),
    user(
      'jp-robots',
      'Japan: industrial robots, factory automation and other motors',
      'JP',
      'Japan’s robot and motor makers supplied by Japan’s magnet makers.',
      ['jogmec-2024'],
    ),
    user(
      'jp-electronics',
      'Japan: electronics, sensors and other magnet uses',
      'JP',
      'Includes Japanese wind-turbine components.',
      ['jogmec-2024'],
    ),
    user(
      'jp-non-magnet',
      'Japan: catalysts, glass, polishing, batteries and other uses',
      'JP',
      'The part of Japan’s rare-earth imports its magnet makers do not use.',
      ['jogmec-2024'],
    ),
    user(
      'tw-industry',
      'Taiwan: semiconductor and other industry',
      'TW',
      'Taiwan has no rare-earth production and 1-2 local refiners (ANZCham).',
      ['anzcham-2025'],
    ),
    // ------------------------------------------------ demand outside the modelled users
    outside(
      'row-cn-exports',
      'China’s rare-earth exports to other countries',
      'CN',
      'Outside demand: China’s exports of rare-earth metals and compounds (55,431 t in 2024) less those the model follows to the US, the EU, Japan and Taiwan. It also carries the gap between China’s gross-weight export statistics and the importers’ figures.',
      ['rawmaterials-2024', 'metalnomist-2025'],
    ),
    outside(
      'row-cn-magnets',
      'China’s magnet exports to Japan, Mexico and other countries',
      'CN',
      'Outside demand: China’s 2024 magnet exports (58,152 t, Adamas) less those to the US, the EU, South Korea, Vietnam and India. The 2024 split among the other buyers is not in the sources (their figures are 2025 months under the export controls).',
      ['adamas-exports-2024', 'rex-eu-h1-2025'],
    ),
    outside(
      'row-au-concentrate',
      'Australian concentrate not processed by Lynas (stock, other buyers)',
      'AU',
      'Outside: USGS’s 29,000 t REO of Australian output in 2024 less Lynas’s feed. The sources do not say where the rest went (concentrate stocked or not yet processed, other producers’ buyers).',
      ['usgs-mcs2026', 'lynas-fy25'],
    ),
    outside(
      'row-us-concentrate',
      'Mountain Pass concentrate with no known destination (stock, other buyers)',
      'US',
      'Outside: USGS’s 45,500 t REO of US concentrate in 2024 less the concentrate exported and MP’s separation feed.',
      ['usgs-mcs2026', 'mp-fy2024'],
    ),
    outside(
      'row-us-separated',
      'US exports of separated rare earths (buyers not named)',
      'US',
      'Outside demand: separated compounds exported from the US in 2024, as USGS’s own arithmetic implies (see MP’s separation). The buyers are not in the sources.',
      ['usgs-mcs2026'],
    ),
    outside(
      'row-in-irel',
      'IREL’s buyers in India and abroad (not quantified)',
      'IN',
      'Outside demand: IREL’s separated output. Its buyers are not quantified in the sources; neodymium output was ~40 t last year (Business Standard).',
      ['usgs-mcs2026', 'irel-2025'],
    ),
    outside(
      'row-ru-processing',
      'Russia’s rare earths not exported to the EU (Russian use, other buyers)',
      'RU',
      'Outside demand: Russia’s separated output less its exports to the EU (Eurostat). The sources do not say who takes it.',
      ['usgs-mcs2026', 'eurostat-ree-2024'],
    ),
  ];
}

/** End users in the groups data/README.md and the headline test report: magnet users by sector, other users, outside demand. */
export const REPORT_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'automakers and EVs': ['cn-auto', 'eu-auto', 'us-auto', 'jp-auto'],
  'wind turbines': ['cn-wind', 'eu-wind'],
  electronics: ['cn-electronics', 'us-electronics', 'jp-electronics'],
  'industrial robots': ['cn-robots', 'jp-robots'],
  'other magnet uses': ['cn-industry', 'eu-industry', 'us-industry'],
  'US defence': ['us-defence'],
  'magnet users in South Korea, Vietnam and India': [
    'kr-magnet-users',
    'vn-magnet-users',
    'in-magnet-users',
  ],
  'other users (catalysts, glass, polishing…)': [
    'cn-catalysts',
    'cn-other-non-magnet',
    'eu-non-magnet',
    'us-non-magnet',
    'jp-non-magnet',
    'tw-industry',
  ],
  'outside demand': [
    'row-cn-exports',
    'row-cn-magnets',
    'row-au-concentrate',
    'row-us-concentrate',
    'row-us-separated',
    'row-in-irel',
    'row-ru-processing',
  ],
};
export const MAGNET_GROUPS = [
  'automakers and EVs',
  'wind turbines',
  'electronics',
  'industrial robots',
  'other magnet uses',
  'US defence',
  'magnet users in South Korea, Vietnam and India',
] as const;
