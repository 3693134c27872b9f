// Processing, trade hubs, magnet makers and end users of the rare-earth chain (2024 baseline,
// t REO a year). The mines and their flows are in network.ts; the method is in data/README.md.
import { compose, factor, type NetworkBuilder } from './builder.ts';
import {
  OXIDE_PER_METAL,
  REO_PER_GROSS_MIXED,
  REO_PER_GROSS_SEPARATED,
  REO_PER_NDFEB,
  REO_PER_SMCO,
} from './factors.ts';
import { add, mul, q, split, sub, tonnes, type Quantity } from './quantity.ts';
import { CN_PROCESSING, MATERIALS as M } from './materials.ts';
import { END_USER_NODES, endUsers, type Region } from './endUsers.ts';
import { PLANT_NODES } from './plants.ts';

const USGS = ['usgs-mcs2026', 'usgs-mcs2026-data'];
const complement = (a: Quantity) => q(1 - a.v, 1 - a.hi, 1 - a.lo);
/** The `part` of a whole whose other part is `rest`, when `part` is a share `s` of the whole. */
const fromShare = (rest: Quantity, s: Quantity) =>
  q((rest.v * s.v) / (1 - s.v), (rest.lo * s.lo) / (1 - s.lo), (rest.hi * s.hi) / (1 - s.hi));

/** Dy and Tb as a share of the rare earths in NdFeB (an assumption; see the flows' notes). */
const HEAVY_SHARE = q(0.03, 0.02, 0.06);
const HEAVY_NOTE =
  "Dy/Tb are taken as 3% of the rare earths going into NdFeB (2-6%), about 1% of magnet weight: no source gives a fleet average. Wind magnets carry ~4% Dy by weight (Heim & Vander Wal 2023), ~13% of their rare earths; many electronics magnets carry none. China's ionic-clay feed (own clays, Myanmar, Laos: ~54,000 t REO) bounds it from above.";

/** US imports of rare-earth compounds and metals in 2024, t REO (USGS): compounds, metals, ferrocerium. */
const US_IMPORTS = { compounds: 8_120, metals: 96, ferrocerium: 238 };
const US_IMPORTS_ALL = US_IMPORTS.compounds + US_IMPORTS.metals + US_IMPORTS.ferrocerium;
const usImportShare = (share: number, plusMinus: number) =>
  q(share, share - plusMinus, share + plusMinus);
const US_SHARE_NOTE =
  'USGS gives import sources as shares for 2021-24 (China 71%, Malaysia 13%, Japan 5%, Estonia 5%, other 6%) and US imports in 2024 as 8,120 t REO of compounds, 96 t of metals and alloys and 238 t of ferrocerium and alloys (8,454 t). Share × 2024 imports; the range allows for 2024 differing from the four-year average.';

export function buildDownstream(
  b: NetworkBuilder,
  mpSeparated: Quantity,
  compoundsExported: number,
): void {
  addNodes(b);

  // ------------------------------------------------------------------------- Lynas (AU, MY)
  const lynasOut = b.reportedFlow(
    'au-lynas-kalgoorlie',
    'my-lynas-malaysia',
    M.mixed,
    { value: 10_462, unit: 't (FY2025)', basis: 't REO' },
    {
      year: 2025,
      sources: ['lynas-fy25'],
      notes:
        "Lynas's total finished output in FY2025. Until Kalgoorlie opened (November 2024) concentrate went to Malaysia directly; the model routes all of it through Kalgoorlie, as from FY2025.",
    },
  );
  const lynasNdprToChina = b.reportedFlow(
    'my-lynas-malaysia',
    CN_PROCESSING,
    M.ndpr,
    { value: 3_261, unit: 't', basis: 't REO' },
    {
      year: 2024,
      sources: ['treo-2025', 'comtrade-china-2846'],
      notes:
        "NdPr shipped to China in 2024 per China's import data (The Rare Earth Observer). UN Comtrade has China importing 16,345 gross t of compounds from Malaysia in 2024, more than this: the sources do not say what the rest is or which plant made it, so it is not modelled.",
    },
  );
  const lynasToEu = b.reportedFlow(
    'my-lynas-malaysia',
    'eu-non-magnet',
    M.separated,
    { ...grossT(2_600), factor: REO_PER_GROSS_SEPARATED },
    {
      year: 2024,
      sources: ['eurostat-ree-2024'],
      notes:
        "Estimate: Eurostat's EU imports of rare-earth elements from Malaysia in 2024 (2,600 t, 19.9% of EU imports), taken to be Lynas's. The member states and buyers are not given.",
    },
  );
  const lynasToUs = b.flow(
    'my-lynas-malaysia',
    'us-non-magnet',
    M.separated,
    mul(q(US_IMPORTS_ALL), usImportShare(0.13, 0.05)),
    {
      year: 2024,
      sources: USGS,
      notes: `Estimate: Malaysia's 13% of US imports. ${US_SHARE_NOTE}`,
    },
  );
  const lynasToJapan = b.flow(
    'my-lynas-malaysia',
    'jp-metal-alloy',
    M.ndpr,
    sub(lynasOut, lynasNdprToChina, lynasToEu, lynasToUs),
    {
      year: 2025,
      sources: ['lynas-fy25', 'treo-2025', 'eurostat-ree-2024', ...USGS],
      notes:
        "Estimate: what is left of Lynas's FY2025 output (10,462 t) after China, the EU and the US, taken to go to Japan, where Lynas's NdPr has long been sold. The sources give no Japanese figure; this is an assumption.",
    },
  );

  // ------------------------------------------------------------------ US and other processors
  b.flow('us-mp-separation', 'us-non-magnet', M.separated, sub(mpSeparated, q(compoundsExported)), {
    year: 2024,
    sources: [...USGS, 'usgs-mcs2025', 'mp-fy2024'],
    notes: `Estimate: the separated output not exported (USGS's arithmetic puts exports of compounds at ${compoundsExported.toLocaleString('en')} t; see the Mountain Pass flow to China), taken to go to US users; USGS names catalysts as the leading US use.`,
  });
  setBalance(
    b,
    'us-mp-separation',
    `USGS's US figures imply ${compoundsExported.toLocaleString('en')} t of separated compounds were exported in 2024 (probably including MP's 1,294 t of NdPr oxide); the buyers are not in the sources, so those tonnes have no flow.`,
  );
  b.flow('us-mp-separation', 'us-mp-fort-worth', M.ndpr, q(0), {
    year: 2025,
    sources: ['mp-fy2025', 'mp-10k'],
    notes:
      "MP's own magnet plant; no flow in 2024 (first magnets on commercial equipment in Q4 2025). The link is shown so that what-ifs can use it.",
  });
  const estonia = mul(mul(q(3_400 / 0.655), q(0.056)), REO_PER_GROSS_SEPARATED.q);
  const silmetToDe = b.flow('ee-neo-sillamae', 'eu-non-magnet', M.separated, estonia, {
    year: 2024,
    sources: ['destatis-2025'],
    notes:
      "Estimate: Germany's rare-earth imports from Estonia in 2024, 5.6% of its total, which is 3,400 t / 65.5% (China's part) = 5,191 t (Destatis): 291 t, at 1 t REO per gross t (0.6-1.17).",
  });
  const silmetToUs = b.flow(
    'ee-neo-sillamae',
    'us-non-magnet',
    M.separated,
    mul(q(US_IMPORTS_ALL), usImportShare(0.05, 0.02)),
    { year: 2024, sources: USGS, notes: `Estimate: Estonia's 5% of US imports. ${US_SHARE_NOTE}` },
  );
  setProduction(b, 'ee-neo-sillamae', add(silmetToDe, silmetToUs));
  b.reportedFlow(
    'ru-processing',
    'eu-non-magnet',
    M.separated,
    { ...grossT(3_700), factor: REO_PER_GROSS_MIXED },
    {
      year: 2024,
      sources: ['eurostat-ree-2024'],
      notes:
        "Estimate: Eurostat's EU imports from Russia in 2024 (3,700 t, 28.4% of EU imports). Converted with the mixed-compound factor, which keeps it within Russia's mine output (2,600 t REO); at 1 t REO per t it would exceed it. The product form is not given.",
    },
  );

  // ---------------------------------------------------------------------------- magnet makers
  // World NdFeB: IEA puts rare earths for magnets (Nd, Pr, Dy, Tb) at 93,000 t in 2023, as
  // elements; China makes 93% of magnets (CSIS 2025; CBS 93% for 2024; IEA 94% of sintered).
  const world = tonnes(mul(q(93_000), OXIDE_PER_METAL.q));
  const chinaShare = q(0.93, 0.93, 0.94);
  const cnNdfeb = tonnes(mul(world, chinaShare));
  const restOfWorld = tonnes(mul(world, complement(chinaShare)));
  const vacIn = tonnes(mul(q(1_000, 500, 1_500), REO_PER_NDFEB.q));
  const noveon = tonnes(mul(q(200, 100, 400), REO_PER_NDFEB.q));
  setProduction(b, 'us-noveon', noveon);
  const japanMagnets = sub(restOfWorld, vacIn, noveon);
  const [cnMetals, cnHeavy] = split(cnNdfeb, [complement(HEAVY_SHARE), HEAVY_SHARE]) as [
    Quantity,
    Quantity,
  ];
  const [vacMetals, vacHeavy] = split(vacIn, [complement(HEAVY_SHARE), HEAVY_SHARE]) as [
    Quantity,
    Quantity,
  ];
  const [jpMagnetsLessHeavy, jpHeavy] = split(japanMagnets, [
    complement(HEAVY_SHARE),
    HEAVY_SHARE,
  ]) as [Quantity, Quantity];
  const magnetNote = `Estimate: IEA puts the rare earths used in magnets at 93,000 t of elements in 2023 (× 1.17 t oxide per t = ${world.v.toLocaleString('en')} t REO); CSIS puts China at 93% of magnet making (IEA: 94% of sintered magnets).`;

  // --------------------------------------------------------------- China's processing exports
  const usCompounds = b.flow(
    CN_PROCESSING,
    'us-non-magnet',
    M.separated,
    mul(q(US_IMPORTS.compounds), usImportShare(0.71, 0.1)),
    {
      year: 2024,
      sources: USGS,
      notes: `Estimate: China's 71% of US compound imports. ${US_SHARE_NOTE}`,
    },
  );
  const usMetals = b.flow(
    CN_PROCESSING,
    'us-non-magnet',
    M.metals,
    mul(q(US_IMPORTS.metals + US_IMPORTS.ferrocerium), usImportShare(0.71, 0.1)),
    {
      year: 2024,
      sources: USGS,
      notes: `Estimate: China's 71% of US imports of metals, alloys and ferrocerium. ${US_SHARE_NOTE}`,
    },
  );
  b.flow(CN_PROCESSING, 'de-vac-hanau', M.metals, vacMetals, {
    year: 2024,
    sources: ['adamas-na-eu-2025', 'destatis-2025'],
    notes:
      "Estimate: VAC's magnet feed less its Dy/Tb; see VAC's node. China is taken to supply it.",
  });
  b.flow(CN_PROCESSING, 'de-vac-hanau', M.heavy, vacHeavy, {
    year: 2024,
    sources: ['adamas-na-eu-2025'],
    notes: `Estimate. ${HEAVY_NOTE}`,
  });
  const deFromChina = tonnes(mul(q(3_400), REO_PER_GROSS_SEPARATED.q));
  const deOther = b.flow(CN_PROCESSING, 'eu-non-magnet', M.separated, sub(deFromChina, vacIn), {
    year: 2024,
    sources: ['destatis-2025', 'eurostat-ree-2024'],
    notes:
      "Estimate: Germany's 2024 rare-earth imports from China (3,400 t, 65.5% of its imports; Destatis), less what VAC takes, converted at 1 t REO per gross t (0.6-1.17).",
  });

  // Japan: its 58.3% share of China's metal and alloy exports (H1 2025, Dutch seed article) sets
  // Japan's metals against the other modelled metal exports; JOGMEC's ~70% dependence on China
  // sets Japan's total from China against what it gets from Lynas.
  const jpMetals = b.flow(
    CN_PROCESSING,
    'jp-trading-houses',
    M.metals,
    fromShare(add(usMetals, vacMetals), q(0.583, 0.36, 0.583)),
    {
      year: 2025,
      sources: ['seed-nl-2025', 'chinapower-2019'],
      notes:
        "Estimate: the Dutch seed article says Japan took 58.3% of China's rare-earth metal and alloy exports in H1 2025; China's total is not in the sources, so Japan's flow is set to 58.3% of the metal and alloy exports the model has (Japan, US, VAC). CSIS ChinaPower had Japan at 36.0% in 2019 (the low end).",
    },
  );
  b.flow(CN_PROCESSING, 'jp-trading-houses', M.heavy, jpHeavy, {
    year: 2024,
    sources: ['heim-vanderwal-2023'],
    notes: `Estimate: Dy/Tb for Japan's magnet makers. ${HEAVY_NOTE}`,
  });
  const jpToUs = mul(q(US_IMPORTS_ALL), usImportShare(0.05, 0.02));
  const jpChinaOxide = sub(add(sub(jpMagnetsLessHeavy, jpMetals), tonnes(jpToUs)), lynasToJapan);
  b.flow(CN_PROCESSING, 'jp-metal-alloy', M.ndpr, jpChinaOxide, {
    year: 2024,
    sources: ['jogmec-2024', 'lynas-fy25'],
    notes:
      "Estimate: the oxide Japan's metal makers need beyond Lynas's NdPr, to supply Japan's magnet makers and Japan's exports to the US. Imported through trading houses; drawn direct.",
  });
  const japanFromChina = fromShare(lynasToJapan, q(0.7, 0.6, 0.7));
  b.flow(
    CN_PROCESSING,
    'jp-trading-houses',
    M.separated,
    sub(japanFromChina, jpMetals, jpHeavy, tonnes(jpChinaOxide)),
    {
      year: 2024,
      sources: ['jogmec-2024'],
      notes:
        "Estimate: JOGMEC puts Japan's dependence on China for rare earths at ~70% (2024; a former minister said ~60%, the range). With Lynas's NdPr as Japan's other supply, China's total is 70/30 of it; this is that total less the metals, Dy/Tb and oxide modelled separately: compounds for catalysts, glass, polishing, batteries and other uses.",
    },
  );

  const twFactor = compose(
    factor(
      q(0.975, 0.95, 1),
      'Share from China: ">95%" of Taiwan\'s ~3,000 t (ANZCham), taken as 97.5% (95-100%).',
      ['anzcham-2025'],
    ),
    REO_PER_GROSS_SEPARATED,
  );
  const tw = b.reportedFlow(
    CN_PROCESSING,
    'tw-components',
    M.separated,
    { ...grossT(3_000, 't/yr'), factor: twFactor },
    {
      year: 2025,
      sources: ['anzcham-2025', 'moea-taiwan-2025'],
      notes:
        "Estimate: ANZCham says Taiwan imports ~3,000 t of rare earths a year, >95% from China. Taiwan's Economy Ministry disagrees: it says most rare-earth materials for its chip industry come from Europe, Japan and the US.",
    },
  );
  const nl = b.flow(CN_PROCESSING, 'nl-hub', M.separated, q(2_600, 1_300, 5_321), {
    year: 2024,
    sources: ['eurostat-ree-2024', 'destatis-2025', 'metalnomist-2025', 'chinapower-2019'],
    notes:
      "Estimate: the EU imported 6,000 t of rare earths from China in 2024 (Eurostat) and Germany 3,400 t of it (Destatis); the other 2,600 t is taken as the Netherlands'. Low end: half that, as other member states import too. High end: the Netherlands' 9.6% share of China's exports (2019, CSIS ChinaPower) × 55,431 t; China's customs count the Netherlands among its top four destinations (Metalnomist).",
  });

  // Samarium for the SmCo makers that supply US defence.
  const defence = q(123, 39, 390);
  const [defSmco, defNdfeb] = split(defence, [q(0.61, 0.52, 0.73), q(0.39, 0.27, 0.48)]) as [
    Quantity,
    Quantity,
  ];
  const [eecSm, arnoldSm] = split(defSmco, [q(0.5), q(0.5)]) as [Quantity, Quantity];
  const smNote =
    "Estimate: US defence is taken to use 123 t REO a year (39-390): GAO puts DoD at <0.1% of world rare-earth demand (≈390 t REO), the low end is a tenth of that, the point their geometric mean. Adamas's F-35 breakdown (~23 kg SmCo, 8-20 kg NdFeB) gives SmCo 61% of it; split evenly between the two SmCo makers (their tonnages are not public). China supplies essentially all samarium (NYT).";
  b.flow(CN_PROCESSING, 'us-eec', M.samarium, eecSm, {
    year: 2025,
    sources: ['adamas-f35-2026', 'nyt-samarium-2025'],
    notes: smNote,
  });
  b.flow(CN_PROCESSING, 'ch-arnold', M.samarium, arnoldSm, {
    year: 2025,
    sources: ['adamas-f35-2026', 'nyt-samarium-2025', 'arnold-history'],
    notes: `${smNote} Arnold's joint venture with GQD in Ganzhou makes SmCo raw material.`,
  });

  // China's magnet makers.
  b.flow(CN_PROCESSING, 'cn-ndfeb-magnets', M.metals, cnMetals, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'ciaaw-2021'],
    notes: `${magnetNote} Less Dy/Tb.`,
  });
  b.flow(CN_PROCESSING, 'cn-ndfeb-magnets', M.heavy, cnHeavy, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'heim-vanderwal-2023'],
    notes: `Estimate. ${HEAVY_NOTE}`,
  });
  const cnSmco = b.reportedFlow(
    CN_PROCESSING,
    'cn-smco-magnets',
    M.samarium,
    { value: 2_400, unit: 't (2019)', basis: 't of magnets', factor: REO_PER_SMCO },
    {
      year: 2019,
      sources: ['reuters-magnets-2019'],
      notes:
        "Estimate: China's SmCo magnet output in 2019 (MIIT/CREIA via Reuters), the latest figure in the sources, converted to the samarium it contains.",
    },
  );

  // China's domestic non-magnet use: what is left of its intake after magnets and exports.
  const chinaExports = tonnes(mul(q(55_431), REO_PER_GROSS_SEPARATED.q));
  const modelledExports = add(
    usCompounds,
    usMetals,
    vacIn,
    deOther,
    jpMetals,
    jpHeavy,
    tonnes(jpChinaOxide),
    tonnes(sub(japanFromChina, jpMetals, jpHeavy, tonnes(jpChinaOxide))),
    tw,
    nl,
    eecSm,
    arnoldSm,
  );
  const unmodelledExports = sub(chinaExports, modelledExports);
  const cnIn = b.inflowOf(CN_PROCESSING);
  b.flow(
    CN_PROCESSING,
    'cn-non-magnet',
    M.separated,
    sub(cnIn, cnMetals, cnHeavy, cnSmco, chinaExports),
    {
      year: 2024,
      sources: [...USGS, 'reuters-trade-2024', 'pennstate-2023'],
      notes: `Estimate, a remainder: China's processing intake less what goes to magnet makers and China's exports (55,431 t in 2024, Reuters, at 1 t REO per gross t). It also absorbs separation losses and stock changes. Cross-check: magnets take ~29% of rare-earth tonnage and catalysts ~20% (Penn State), so non-magnet uses are the larger part.`,
    },
  );
  setBalance(
    b,
    CN_PROCESSING,
    `China exported 55,431 t of rare-earth metals and compounds in 2024 (Reuters). The destinations modelled take ${modelledExports.v.toLocaleString('en')} t REO; the other ${unmodelledExports.v.toLocaleString('en')} t (other countries, and the gap between China's gross-weight export statistics and importers' REO-based ones) leave the model here.`,
  );

  // ------------------------------------------------------------------ magnets to end users
  const magnets = (t: Quantity) => tonnes(mul(t, REO_PER_NDFEB.q));
  const exportsAll = magnets(q(58_152));
  const cnDomestic = sub(cnNdfeb, exportsAll);
  const annualised = (label: string, sources: readonly string[]) =>
    compose(
      factor(
        q(12, 12 * 0.7, 12 * 1.3),
        `${label}: × 12 months (±30%, as one month's figure is annualised).`,
        sources,
      ),
      REO_PER_NDFEB,
    );
  const exportSources = ['adamas-exports-2024', 'ciaaw-2021'];
  const usMagnets = magnets(q(7_444));
  const euMagnets = magnets(q(22_970, 21_546, 23_842));
  const jpMagnetsFromChina = magnets(q(3_252, 2_736, 3_660));
  const krMagnets = magnets(q(854 * 12, 854 * 12 * 0.7, 854 * 12 * 1.3));
  const vn = b.reportedFlow(
    'cn-ndfeb-magnets',
    'vn-processing-plants',
    M.ndfeb,
    {
      value: 456,
      unit: 't/month (Sep 2025)',
      basis: 't of magnets',
      factor: annualised('September 2025', ['asiacity-sep-2025']),
    },
    {
      year: 2025,
      sources: ['asiacity-sep-2025', 'seed-nl-2025'],
      notes:
        "Estimate: China's magnet exports to Vietnam in September 2025 (456 t), annualised. The Dutch seed article says China prioritised licences for Vietnamese processing plants in June 2025.",
    },
  );
  const india = b.reportedFlow(
    'cn-ndfeb-magnets',
    'in-industry',
    M.ndfeb,
    {
      value: 161,
      unit: 't/month (May-Jun 2025 average)',
      basis: 't of magnets',
      factor: annualised('Average of May (150 t) and June (172 t) 2025', ['lapaas-india-2025']),
    },
    {
      year: 2025,
      sources: ['lapaas-india-2025'],
      notes:
        "Estimate: China's magnet exports to India in May and June 2025, annualised (weak source; months under the April controls).",
    },
  );

  const users = endUsers();
  const toRegion = (
    from: string,
    region: Region,
    total: Quantity,
    spec: { year: number; sources: readonly string[]; what: string },
  ) => {
    const targets = users[region];
    const parts = split(
      total,
      targets.map((t) => t.share),
    );
    targets.forEach((t, i) => {
      const part = parts[i];
      if (part === undefined) return;
      b.flow(from, t.id, M.ndfeb, part, {
        year: spec.year,
        sources: [...new Set([...spec.sources, ...t.sources])],
        notes: `Estimate: ${t.shareLabel} of ${spec.what}, by the sector shares in data/README.md.`,
      });
    });
  };
  const [usDefenceNdfeb, usCivil] = [defNdfeb, sub(usMagnets, defNdfeb)];
  b.flow('cn-ndfeb-magnets', 'us-defence', M.ndfeb, usDefenceNdfeb, {
    year: 2025,
    sources: ['adamas-f35-2026', 'crs-r41744', 'seed-nl-2025'],
    notes: `${smNote.replace('SmCo 61% of it; split evenly between the two SmCo makers (their tonnages are not public)', 'NdFeB 39% of it')} Taken from China's magnet exports to the US; the Dutch seed article says US missiles depend on magnets processed in China.`,
  });
  toRegion('cn-ndfeb-magnets', 'us', usCivil, {
    year: 2024,
    sources: ['reuters-magnets-dec-2025', ...exportSources],
    what: "China's 2024 magnet exports to the US (≈7,444 t = 5,933 t in 2025 / (1 − 20.3%), Reuters) × 0.35 t REO per t, less the defence share",
  });
  toRegion('cn-ndfeb-magnets', 'eu', euMagnets, {
    year: 2024,
    sources: ['rex-eu-h1-2025', 'scmp-jul-2025', 'questmetals-2025', ...exportSources],
    what: "China's 2024 magnet exports to the EU (≈22,970 t: 39.5% of 58,152 t, between July 2025's 38% and January-July 2025's 41%; twice H1 2024's 10,773 t is the low end) × 0.35 t REO per t",
  });
  toRegion('cn-ndfeb-magnets', 'jp', jpMagnetsFromChina, {
    year: 2025,
    sources: [
      'asiacity-sep-2025',
      'reuters-magnets-nov-2025',
      'reuters-magnets-dec-2025',
      ...exportSources,
    ],
    what: "China's magnet exports to Japan (228, 305 and 280 t in September, November and December 2025; their mean × 12 = 3,252 t) × 0.35 t REO per t",
  });
  toRegion('cn-ndfeb-magnets', 'kr', krMagnets, {
    year: 2025,
    sources: ['asiacity-sep-2025', ...exportSources],
    what: "China's magnet exports to South Korea (854 t in September 2025, × 12 ±30%) × 0.35 t REO per t",
  });
  toRegion('cn-ndfeb-magnets', 'cn', cnDomestic, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'adamas-exports-2024'],
    what: "China's own magnet output less its 58,152 t of exports (2024, Adamas) × 0.35 t REO per t",
  });
  const exportsModelled = add(usMagnets, euMagnets, jpMagnetsFromChina, krMagnets, vn, india);
  setBalance(
    b,
    'cn-ndfeb-magnets',
    `China exported 58,152 t of magnets in 2024 (Adamas) = ${exportsAll.v.toLocaleString('en')} t REO; the destinations modelled take ${exportsModelled.v.toLocaleString('en')} t REO; the other ${sub(exportsAll, exportsModelled).v.toLocaleString('en')} t go to countries not in the model.`,
  );
  b.flow('cn-smco-magnets', 'cn-industry', M.smco, cnSmco, {
    year: 2019,
    sources: ['reuters-magnets-2019'],
    notes:
      "Estimate: the sources do not split China's SmCo output between domestic use and exports; all of it is left with China's industrial users.",
  });

  // Japan's chain: metal makers -> magnet makers -> Japanese users; US gets 5% of its imports.
  b.flow('jp-metal-alloy', 'jp-magnets', M.metals, sub(jpMagnetsLessHeavy, jpMetals), {
    year: 2024,
    sources: ['jogmec-2024', 'csis-2025'],
    notes:
      "Estimate: what Japan's magnet makers need beyond the metals and Dy/Tb imported from China.",
  });
  b.flow('jp-metal-alloy', 'us-non-magnet', M.metals, jpToUs, {
    year: 2024,
    sources: USGS,
    notes: `Estimate: Japan's 5% of US imports; USGS says they derive from concentrates produced elsewhere. ${US_SHARE_NOTE}`,
  });
  b.flow('jp-trading-houses', 'jp-magnets', M.metals, jpMetals, {
    year: 2025,
    sources: ['seed-nl-2025'],
    notes: 'Estimate: the metals and alloys Japan imports from China; see that flow.',
  });
  b.flow('jp-trading-houses', 'jp-magnets', M.heavy, jpHeavy, {
    year: 2024,
    sources: ['heim-vanderwal-2023'],
    notes: `Estimate. ${HEAVY_NOTE}`,
  });
  b.flow(
    'jp-trading-houses',
    'jp-non-magnet',
    M.separated,
    sub(japanFromChina, jpMetals, jpHeavy, tonnes(jpChinaOxide)),
    { year: 2024, sources: ['jogmec-2024'], notes: 'Estimate: see the flow from China.' },
  );
  toRegion('jp-magnets', 'jp', japanMagnets, {
    year: 2023,
    sources: ['iea-gcmo-2024', 'csis-2025', 'adamas-na-eu-2025'],
    what: "Japan's magnet output (all magnet making outside China, 7% of the world's, less VAC and Noveon; Japan's own share is not in the sources)",
  });
  toRegion('de-vac-hanau', 'eu', vacIn, {
    year: 2024,
    sources: ['adamas-na-eu-2025'],
    what: "VAC's output in Germany",
  });
  b.flow('us-noveon', 'us-industry', M.ndfeb, noveon, {
    year: 2024,
    sources: ['noveon-2023'],
    notes:
      "Estimate: Noveon's output (see its node), taken to go to industrial motors (its Nidec supply deal).",
  });
  for (const [from, to, why] of [
    [
      'us-vac-sumter',
      'us-auto',
      'eVAC supplies GM; first commercial shipment in 2025, none in 2024.',
    ],
    [
      'ee-neo-narva',
      'eu-auto',
      'Neo Narva makes magnets for EV traction motors; opened September 2025, none in 2024.',
    ],
    [
      'us-mp-fort-worth',
      'us-auto',
      'MP Fort Worth makes magnets for EV motors; first commercial magnets Q4 2025, none in 2024.',
    ],
  ] as const) {
    b.flow(from, to, M.ndfeb, q(0), {
      year: 2025,
      sources:
        from === 'us-vac-sumter'
          ? ['evac-2023', 'evac-2025']
          : from === 'ee-neo-narva'
            ? ['neo-narva-2025']
            : ['mp-fy2025', 'mp-10k'],
      notes: `${why} The link is shown so that what-ifs can use it.`,
    });
  }
  for (const maker of ['us-eec', 'ch-arnold'] as const) {
    b.flow(maker, 'us-defence', M.smco, maker === 'us-eec' ? eecSm : arnoldSm, {
      year: 2025,
      sources: ['adamas-f35-2026', maker === 'us-eec' ? 'eec-unspsc' : 'arnold-history'],
      notes: smNote,
    });
  }

  // ------------------------------------------------------------------------ trade hubs
  const [nlAuto, nlRest] = split(nl, [q(0.264), q(0.736)]) as [Quantity, Quantity];
  b.flow('nl-hub', 'eu-auto', M.separated, nlAuto, {
    year: 2025,
    sources: ['seed-nl-2025', 'cbs-2024'],
    notes:
      'Estimate: the Dutch seed article says the Netherlands resells 26.4% of the rare-earth compounds it imports to European automakers. No other source quantifies it (CBS: most rare earths reach the Netherlands inside manufactured products).',
  });
  b.flow('nl-hub', 'eu-non-magnet', M.separated, nlRest, {
    year: 2025,
    sources: ['seed-nl-2025', 'eurostat-ree-2024'],
    notes:
      "Estimate: the other 73.6% of the Netherlands' imports from China, taken to go to other European buyers.",
  });
  const [twParts, twRest] = split(tw, [q(0.166), q(0.834)]) as [Quantity, Quantity];
  b.flow('tw-components', 'us-electronics', M.components, twParts, {
    year: 2025,
    sources: ['seed-nl-2025', 'anzcham-2025'],
    notes:
      "Estimate: the Dutch seed article says Taiwan turns 16.6% of its rare earths into precision electronic components that end up with firms such as Apple and Tesla. Read here as 16.6% of Taiwan's imports; no other source has Taiwan's component flows. Tesla's part is not split out.",
  });
  b.flow('tw-components', 'tw-industry', M.separated, twRest, {
    year: 2025,
    sources: ['anzcham-2025', 'moea-taiwan-2025'],
    notes: "Estimate: the rest of Taiwan's imports, used by its chip and other industry.",
  });
}

function grossT(value: number, unit = 't') {
  return { value, unit, basis: 'gross t' as const };
}

function setBalance(b: NetworkBuilder, id: string, note: string): void {
  const n = b.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  n.balance = { note };
}

function setProduction(b: NetworkBuilder, id: string, amount: Quantity): void {
  const n = b.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  n.production = amount.v;
  if (amount.lo !== amount.v || amount.hi !== amount.v) {
    n.estimate = { low: amount.lo, high: amount.hi };
  }
}

function addNodes(b: NetworkBuilder): void {
  for (const spec of [...PLANT_NODES, ...END_USER_NODES]) b.node(spec);
}
