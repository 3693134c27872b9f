// Processors, trade hubs and magnet makers: who they are, what the sources say about their size.
// Capacities are in t REO a year; a capacity stated in t of NdPr or t of magnets is converted in
// the note. Flows are in downstream.ts.
import type { NodeSpec } from './builder.ts';
import { CN_PROCESSING } from './materials.ts';

/** Lynas's NdPr share of its output in FY2025 (6,558 of 10,462 t), to turn NdPr capacity into t REO. */
const LYNAS_NDPR_SHARE = 6_558 / 10_462;
const NDFEB = 0.35;

export const PLANT_NODES: readonly NodeSpec[] = [
  // ------------------------------------------------------------------------------ processors
  {
    id: CN_PROCESSING,
    label: 'China: separation, refining, metals and alloys (national)',
    stage: 'processor',
    country: 'CN',
    year: 2024,
    sources: [
      'csis-2025',
      'iea-oct-2025',
      'iea-gcmo-2024',
      'reuters-quota-2024',
      'reuters-trade-2024',
    ],
    notes:
      "All of China's separation, refining and metal and alloy making as one node, so that one what-if can take it out. CSIS: ~90% of separation and processing (2025); IEA: 91% of refining (2024-25), 92% in 2023. China's 2024 smelting and separation quota was 254,000 t REO for domestic ore; imported feed comes on top. China imported 132,931 t of rare-earth products in 2024 (-24.4%; Reuters), most from Myanmar, Malaysia, Laos and the US.",
  },
  {
    id: 'au-lynas-kalgoorlie',
    label: 'Lynas Kalgoorlie (cracking and leaching)',
    stage: 'processor',
    country: 'AU',
    year: 2025,
    capacity: 9_000 / LYNAS_NDPR_SHARE,
    sources: ['lynas-fy25'],
    notes:
      "Opened November 2024; turns Mount Weld concentrate into mixed rare-earth carbonate for Malaysia. Capacity: feed for ~9,000 t/yr of finished NdPr; ÷ NdPr's share of Lynas's FY2025 output (6,558 / 10,462) ≈ 14,360 t REO.",
  },
  {
    id: 'my-lynas-malaysia',
    label: 'Lynas Malaysia (Gebeng, Kuantan): separation and finishing',
    stage: 'processor',
    country: 'MY',
    year: 2025,
    capacity: 10_500 / LYNAS_NDPR_SHARE,
    sources: ['lynas-fy25', 'fastmarkets-lynas', 'iea-gcmo-2024'],
    notes:
      'Capacity 10,500 t/yr of NdPr (Fastmarkets); ÷ 6,558 / 10,462 ≈ 16,750 t REO. FY2025 output: 10,462 t REO, 6,558 t NdPr. First dysprosium outside China in May 2025, terbium in June (heavy-RE circuit ~1,500 t/yr). IEA: Malaysia ~5% of refined output (2023).',
  },
  {
    id: 'us-mp-separation',
    label: 'MP Materials Mountain Pass: separation',
    stage: 'processor',
    country: 'US',
    year: 2024,
    sources: ['mp-fy2024', 'mp-fy2025', 'usgs-mcs2026'],
    notes:
      'Separated NdPr: 1,294 t in 2024, 2,599 t in 2025 (run-rate near 4,000 t/yr at end-2025). Heavy-RE separation (200 t/yr Dy/Tb) commissioning mid-2026 with a US$150 m DoW loan.',
  },
  {
    id: 'us-energy-fuels',
    label: 'Energy Fuels White Mesa Mill (Utah): NdPr separation',
    stage: 'processor',
    country: 'US',
    year: 2024,
    capacity: 1_000,
    sources: ['energyfuels-2024'],
    notes:
      'Phase 1: 850-1,000 t/yr of NdPr from monazite, on specification since June 2024. Its 2024 output and buyers are not in the sources (USGS counts it in US production without splitting it out), so it has no flows. Phase 2 (>6,000 t/yr NdPr) is planned for 2029.',
  },
  {
    id: 'ee-neo-sillamae',
    label: 'Neo Performance Materials, NPM Silmet (Sillamäe): separation',
    stage: 'processor',
    country: 'EE',
    year: 2024,
    capacity: 3_000,
    sources: ['argus-neo-2024', 'usgs-mcs2026', 'destatis-2025'],
    notes:
      "Capacity ~3,000 t/yr of light rare earths (Argus). Its feed comes from 'Australia, China and elsewhere' (USGS) without a split, so it is entered as production from outside the model. Estimate: production = its two outflows (to Germany and the US), 714 t REO; the range is theirs.",
  },
  {
    id: 'fr-solvay-la-rochelle',
    label: 'Solvay La Rochelle: separation',
    stage: 'processor',
    country: 'FR',
    year: 2025,
    sources: ['solvay-2025'],
    notes:
      'A magnet rare-earth line opened on 9 April 2025: "several hundred tonnes" in 2025, 2,000-5,000 t/yr REO possible if customers commit, aiming at 30% of EU demand by 2030. None of it is in the 2024 baseline; its feed and buyers are not in the sources, so it has no flows.',
  },
  {
    id: 'in-irel',
    label: 'IREL (India): OSCOM monazite plant and Aluva separation',
    stage: 'processor',
    country: 'IN',
    year: 2015,
    capacity: 5_000,
    sources: ['pib-irel-2015', 'irel-2025'],
    notes:
      'Design (2015): 10,000 t/yr of monazite into 11,000 t/yr of mixed rare-earth chloride, ≈5,000 t REO; Aluva separates 5,500 t/yr of it. Neodymium output ~40 t last year, 200 t targeted for FY2026 and 500 t for FY2027 (Business Standard).',
    balance:
      "IREL's products go to Indian users and export buyers the sources do not quantify, so nothing flows on from it.",
  },
  {
    id: 'ru-processing',
    label: 'Russia: processing',
    stage: 'processor',
    country: 'RU',
    year: 2024,
    sources: ['usgs-mcs2026', 'eurostat-ree-2024'],
    notes: 'The sources name no plant; this stands for the processing of Russia’s mine output.',
    balance:
      'What does not go to the EU (about 350 t REO) stays in Russia or goes to buyers the sources do not name.',
  },
  {
    id: 'jp-metal-alloy',
    label: 'Japan: rare-earth metal and alloy makers',
    stage: 'processor',
    country: 'JP',
    year: 2024,
    sources: ['usgs-mcs2026', 'jogmec-2024'],
    notes:
      'USGS: Japan supplied 5% of US imports of rare-earth compounds and metals in 2021-24, made from concentrates and intermediates produced elsewhere. The makers are not named in the sources.',
  },
  // ---------------------------------------------------------------------------- intermediaries
  {
    id: 'nl-hub',
    label: 'Netherlands: hub re-exporting rare-earth compounds',
    stage: 'intermediary',
    country: 'NL',
    year: 2024,
    sources: ['seed-nl-2025', 'metalnomist-2025', 'cbs-2024', 'usgs-mcs2026-heavy'],
    notes:
      "One of China's four main destinations (with Japan, the US and Taiwan: 76% of China's rare-earth exports in 2024, Metalnomist). The Dutch seed article says it resells 26.4% of the compounds it imports to European automakers; CBS says most rare earths reach the Netherlands inside manufactured products. The Netherlands also supplied 9% of US erbium (USGS).",
  },
  {
    id: 'tw-components',
    label: 'Taiwan: processors and precision-component makers',
    stage: 'intermediary',
    country: 'TW',
    year: 2025,
    sources: ['anzcham-2025', 'moea-taiwan-2025', 'seed-nl-2025'],
    notes:
      'ANZCham: Taiwan imports ~3,000 t of rare earths a year, >95% from China, and has 1-2 local refiners. The Dutch seed article says Taiwan turns 16.6% of its rare earths into precision electronic components for firms such as Apple and Tesla.',
  },
  {
    id: 'jp-trading-houses',
    label: 'Japan: rare-earth importers and trading houses',
    stage: 'intermediary',
    country: 'JP',
    year: 2024,
    sources: ['jogmec-2024', 'seed-nl-2025'],
    notes:
      "Japan's imports from China pass through its importers: ~70% of Japan's rare earths came from China in 2024 (JOGMEC; a former minister said ~60%, down from 80-90%). The Dutch seed article says Sumitomo Electric chartered planes to bring rare earths in mid-2025.",
  },
  {
    id: 'vn-processing-plants',
    label: 'Vietnam: processing plants buying Chinese magnet materials',
    stage: 'intermediary',
    country: 'VN',
    year: 2025,
    sources: ['seed-nl-2025', 'asiacity-sep-2025'],
    notes:
      'The Dutch seed article says China prioritised export licences for Vietnamese processing plants in June 2025. China exported 456 t of magnets to Vietnam in September 2025.',
    balance:
      'What the Vietnamese plants make and who buys it are not in the sources, so nothing flows on from them.',
  },
  // ------------------------------------------------------------------------------ magnet makers
  {
    id: 'cn-ndfeb-magnets',
    label: 'China: NdFeB magnet industry (JL Mag and others)',
    stage: 'magnet-maker',
    country: 'CN',
    year: 2023,
    sources: ['csis-2025', 'iea-oct-2025', 'cbs-2024', 'adamas-exports-2024', 'jlmag-2024'],
    notes:
      'CSIS: ~93% of magnet making (2025); IEA: 94% of sintered magnets; CBS: 93% of rare-earth permanent magnets (2024). Exports: 58,152 t in 2024 (US$2.86 bn; Adamas), 57,392 t in 2025 (Reuters). JL Mag produced 29,300 t of magnet blanks in 2024. China made 170,000 t of sintered NdFeB in 2019 (MIIT); no 2024-25 tonnage is in the sources.',
  },
  {
    id: 'cn-smco-magnets',
    label: 'China: SmCo magnet makers',
    stage: 'magnet-maker',
    country: 'CN',
    year: 2019,
    sources: ['reuters-magnets-2019', 'nyt-samarium-2025'],
    notes:
      'China made 2,400 t of SmCo magnets in 2019 (MIIT/CREIA); it supplies essentially all samarium.',
  },
  {
    id: 'jp-magnets',
    label: 'Japan: magnet makers (Shin-Etsu, Proterial, TDK and others)',
    stage: 'magnet-maker',
    country: 'JP',
    year: 2023,
    sources: ['csis-2025', 'iea-gcmo-2024', 'adamas-na-eu-2025'],
    notes:
      "Japan's current share of magnet making is not in the sources (19.3% of sintered NdFeB in 2010). Estimate: all magnet making outside China (7%) less VAC and Noveon, the others outside Asia making <2,000 t a year between them (Adamas).",
  },
  {
    id: 'de-vac-hanau',
    label: 'VAC (Vacuumschmelze), Hanau',
    stage: 'magnet-maker',
    country: 'DE',
    year: 2024,
    sources: ['adamas-na-eu-2025'],
    notes:
      "Estimate: VAC's output is not in the sources. Adamas: North America and Europe make <2,000 t of magnets a year outside Asia while using ~40,000 t; VAC, Europe's largest maker, is taken at 1,000 t (500-1,500) × 0.35 = 350 t REO.",
  },
  {
    id: 'us-vac-sumter',
    label: 'eVAC Sumter, South Carolina',
    stage: 'magnet-maker',
    country: 'US',
    year: 2025,
    capacity: 2_000 * NDFEB,
    sources: ['evac-2023', 'evac-2025'],
    notes:
      'DoD US$94.1 m and a US$111.9 m tax credit; supplies GM; first commercial shipment of US-made sintered NdFeB in 2025; 2,000 t/yr of magnets planned by 2026 (× 0.35 = 700 t REO capacity).',
  },
  {
    id: 'ee-neo-narva',
    label: 'Neo Magnequench, Narva',
    stage: 'magnet-maker',
    country: 'EE',
    year: 2025,
    capacity: 2_000 * NDFEB,
    sources: ['neo-narva-2025', 'argus-neo-2024'],
    notes:
      'Phase 1: 2,000 t/yr of sintered NdFeB (× 0.35 = 700 t REO), opened September 2025, ramping in 2026 (enough for 1-1.5 million EV traction motors); Phase 2 to 5,000 t/yr.',
  },
  {
    id: 'us-mp-fort-worth',
    label: 'MP Materials Independence (Fort Worth, Texas)',
    stage: 'magnet-maker',
    country: 'US',
    year: 2025,
    capacity: 1_000 * NDFEB,
    sources: ['mp-10k', 'mp-fy2025'],
    notes:
      'About 1,000 t/yr of magnets (× 0.35 = 350 t REO), "sufficient to power over 700,000 EV motors"; first magnets on commercial equipment in Q4 2025. The 10X plant (Northlake, Texas) is to bring MP to ~10,000 t/yr in 2028.',
  },
  {
    id: 'us-noveon',
    label: 'Noveon Magnetics (San Marcos, Texas): magnets from recycled feed',
    stage: 'magnet-maker',
    country: 'US',
    year: 2024,
    capacity: 2_000 * NDFEB,
    sources: ['noveon-2023'],
    notes:
      'Designed for 2,000 t/yr of magnets from recycled feed (× 0.35 = 700 t REO). Estimate: its Nidec deal (1,000 t over five years) implies ~200 t a year (100-400); the recycled feed is production from outside the model.',
  },
  {
    id: 'us-eec',
    label: 'Electron Energy Corp. (EEC): SmCo magnets for defence',
    stage: 'magnet-maker',
    country: 'US',
    year: 2024,
    sources: ['eec-unspsc', 'nyt-samarium-2025'],
    notes:
      'Described as an ITAR-compliant US SmCo maker for defence (weak source); its tonnage is not public.',
  },
  {
    id: 'ch-arnold',
    label: 'Arnold Magnetic Technologies (Lupfig): SmCo magnets',
    stage: 'magnet-maker',
    country: 'CH',
    year: 2024,
    sources: ['arnold-history', 'nyt-samarium-2025'],
    notes:
      'Makes SmCo (RECOMA) in Lupfig, Switzerland, with a joint venture in Ganzhou, China making SmCo raw material and blocks; a US defence and aerospace supplier. Its tonnage is not public.',
  },
];
