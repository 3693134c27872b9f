// The end users, grouped by where magnets are built into products, and the rule that splits a
// region's magnet supply among them: the world sector shares of factors.ts, with each sector the
// region does not model separately folded into its "other uses" group.
import type { NodeSpec } from './builder.ts';
import { SECTOR_SHARES as S, type Sector } from './factors.ts';
import { add, type Quantity } from './quantity.ts';

export type Region = 'cn' | 'eu' | 'us' | 'jp' | 'kr';

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
  kr: [
    ['kr-auto', ['auto']],
    ['kr-electronics', ['electronics', 'wind', 'robots', 'other']],
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

const user = (
  id: string,
  label: string,
  country: string,
  notes: string,
  sources: readonly string[],
): NodeSpec => ({ id, label, stage: 'end-user', country, year: 2024, sources, notes });

const EU_NOTE =
  'Europe has no single country code: Germany (DE) stands for the EU here, as its largest importer of rare earths and magnets.';

export const END_USER_NODES: readonly NodeSpec[] = [
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
    'Inverter air-conditioners, industrial motors, e-bikes, medical devices; also China’s SmCo magnets.',
    ['jlmag-2024', 'reuters-magnets-2019'],
  ),
  user(
    'cn-non-magnet',
    'China: catalysts, polishing, glass, metallurgy and other non-magnet uses',
    'CN',
    'Magnets take ~29% of rare-earth tonnage and catalysts ~20% (Penn State, 2020 data); the rest of China’s separated output is used here.',
    ['pennstate-2023'],
  ),
  user(
    'eu-auto',
    'Europe: automakers and EVs',
    'DE',
    `${EU_NOTE} The Dutch seed article says Volkswagen resumed production in June 2025 after securing magnet supplies.`,
    ['seed-nl-2025', 'rex-eu-h1-2025'],
  ),
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
  user(
    'us-auto',
    'United States: automakers and EVs',
    'US',
    'USGS: much of the rare earth the US uses arrives as magnets embedded in finished goods.',
    ['usgs-mcs2025'],
  ),
  user(
    'us-electronics',
    'United States: electronics makers (e.g. Apple)',
    'US',
    'Receives Taiwan’s precision components (the Dutch seed article names Apple and Tesla).',
    ['seed-nl-2025'],
  ),
  user(
    'us-defence',
    'United States: defence (F-35 and other platforms)',
    'US',
    'CRS (2013, from a 2012 DoD study): 920 lb (417 kg) of rare-earth materials per F-35, 5,200 lb per DDG-51 destroyer, 9,200 lb per SSN-774 submarine. Adamas (2026) puts an F-35 at 11-20 kg of elemental rare earths (~23 kg SmCo alloy and 8-20 kg NdFeB). GAO: DoD uses <0.1% of world demand. The National Defense Stockpile planned to acquire up to 300 t NdPr oxide, 450 t NdFeB block and 60 t SmCo alloy in FY2025 (USGS).',
    ['crs-r41744', 'adamas-f35-2026', 'usgs-mcs2026', 'nyt-samarium-2025'],
  ),
  user(
    'us-industry',
    'United States: industrial motors, wind and other magnet uses',
    'US',
    'Other US users of imported magnets.',
    ['usgs-mcs2025'],
  ),
  user(
    'us-non-magnet',
    'United States: catalysts and other users of rare-earth compounds',
    'US',
    'USGS: catalysts are the leading US use; apparent consumption of compounds and metals was 9,010 t REO in 2024.',
    ['usgs-mcs2025', 'usgs-mcs2026'],
  ),
  user(
    'jp-auto',
    'Japan: automakers and EVs',
    'JP',
    'The Dutch seed article names Toyota among the users of Chinese rare earths.',
    ['seed-nl-2025'],
  ),
  user(
    'jp-robots',
    'Japan: industrial robots, factory automation and other motors',
    'JP',
    'The Dutch seed article names Fanuc and robot joints among the uses of Japan’s rare-earth imports.',
    ['seed-nl-2025'],
  ),
  user(
    'jp-electronics',
    'Japan: electronics, sensors and other magnet uses',
    'JP',
    'Includes Japanese wind-turbine components.',
    ['seed-nl-2025'],
  ),
  user(
    'jp-non-magnet',
    'Japan: catalysts, glass, polishing, batteries and other uses',
    'JP',
    'The Dutch seed article says China exports rare-earth catalysts to Japan.',
    ['seed-nl-2025', 'jogmec-2024'],
  ),
  user(
    'kr-auto',
    'South Korea: automakers and EVs',
    'KR',
    'China exported 854 t of magnets to South Korea in September 2025.',
    ['asiacity-sep-2025'],
  ),
  user(
    'kr-electronics',
    'South Korea: electronics, appliances and other magnet uses',
    'KR',
    'The Dutch seed article says South Korea sped up imports in mid-2025 (LG Chem chartered planes).',
    ['asiacity-sep-2025', 'seed-nl-2025'],
  ),
  user(
    'tw-industry',
    'Taiwan: semiconductor and other industry',
    'TW',
    'Taiwan has no rare-earth production and 1-2 local refiners (ANZCham).',
    ['anzcham-2025', 'moea-taiwan-2025'],
  ),
  user(
    'in-industry',
    'India: automakers and industry',
    'IN',
    'Buyers of Chinese magnets in India.',
    ['lapaas-india-2025'],
  ),
];
