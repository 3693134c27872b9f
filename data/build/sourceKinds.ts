// What kind of document each source is (src/data/schemaV1.ts SOURCE_KINDS; data/FORMAT.md says
// what each kind means). A figure the model uses to predict an outcome (a stock, a capacity, a
// recipe, a date) must not rest on an `outcome-report` alone: tests/unit/data/sourceKinds.test.ts.
// `relay` is a copy of someone else's article or figures on a site that did not produce them
// (a wire story re-hosted, an aggregator's summary); the figures it carries may be official
// statistics, but what was read is the copy.
import type { SourceKind } from '../../src/data/schemaV1.ts';

export const SOURCE_KIND: Readonly<Record<string, SourceKind>> = {
  // Official statistics: the body that counted.
  'usgs-mcs2026': 'official-statistics',
  'usgs-mcs2026-heavy': 'official-statistics',
  'usgs-mcs2026-data': 'official-statistics',
  'usgs-mcs2025': 'official-statistics',
  'comtrade-china-2846': 'official-statistics',
  'eurostat-ree-2024': 'official-statistics',
  'cbs-2024': 'official-statistics',
  // Laws and rules, from the government's own publication.
  'dfars-2019': 'official-text',
  // Government reports and stockpile policy.
  'gao-24-107176': 'government-report',
  'crs-r41744': 'government-report',
  'iea-japan-stockpile': 'stockpile-report',
  'argus-japan-stockpile-2020': 'stockpile-report',
  'bloomberg-srb-2014': 'stockpile-report',
  'strategicmaterials-2013': 'stockpile-report',
  // Regulations as a law firm or an industry association set them out.
  'mofcom-18-2025': 'legal-analysis',
  'vbw-oct-2025': 'legal-analysis',
  'resilinc-nov-2025': 'legal-analysis',
  // Research and agencies' outlooks.
  'csis-2025': 'research',
  'iea-oct-2025': 'research',
  'iea-gcmo-2024': 'research',
  'iea-gevo-2025': 'research',
  'heim-vanderwal-2023': 'research',
  'pennstate-2023': 'research',
  // Companies' own results, filings and pages.
  'mp-fy2024': 'company-report',
  'mp-fy2025': 'company-report',
  'noveon-2023': 'company-report',
  'arnold-history': 'company-report',
  // Analysts and industry bodies.
  'adamas-exports-2024': 'analyst-estimate',
  'argus-ndfeb-2025': 'analyst-estimate',
  'treo-2025': 'analyst-estimate',
  'et-auto-inventory-2024': 'analyst-estimate',
  'gwec-2025': 'industry-report',
  // News of a fact (a quota, a plant, a capacity), from the outlet that wrote it.
  'fastmarkets-quota-2024': 'news',
  'fastmarkets-lynas': 'news',
  'metalnomist-2025': 'news',
  'argus-neo-2024': 'news',
  'argus-korea-2023': 'news',
  'neo-narva-2025': 'news',
  'energyfuels-2024': 'news',
  'irel-2025': 'news',
  'evac-2023': 'news',
  'evac-2025': 'news',
  'anzcham-2025': 'news',
  'globaltimes-may-2025': 'news',
  // Copies: wire stories re-hosted, aggregators' summaries of others' figures.
  'rawmaterials-2024': 'relay',
  'adamas-na-eu-2025': 'relay',
  'reuters-magnets-may-2025': 'relay',
  'tradingeconomics-jun-2025': 'relay',
  'kitco-jul-2025': 'relay',
  'reuters-magnets-nov-2025': 'relay',
  'rex-eu-h1-2025': 'relay',
  'questmetals-2025': 'relay',
  'reuters-magnets-2019': 'relay',
  'lynas-fy25': 'relay',
  'nyt-samarium-2025': 'relay',
  'telegraph-sep-2025': 'relay',
  'lapaas-india-2025': 'relay',
  'destatis-2025': 'relay',
  'jogmec-2024': 'relay',
  'seed-dagensps-2025': 'relay',
  'seed-nl-2025': 'relay',
  'wire-reuters-magnets-mar-2026': 'relay',
  'wire-reuters-magnets-aug-2025': 'relay',
  'wire-magnets-destinations-sep-2025': 'relay',
  'cnbc-magnets-us-sep-2025': 'relay',
  'wire-reuters-magnets-oct-2025': 'relay',
  'wire-reuters-magnets-dec-2025': 'relay',
  'wire-magnets-us-may-2025': 'relay',
  'rawmaterials-mar-2025': 'relay',
  'zawya-apr-2025': 'relay',
  'zerohedge-jun-2025': 'relay',
  'oedigital-jul-2025': 'relay',
  'kitco-aug-2025': 'relay',
  'wire-reuters-re-exports-sep-2025': 'relay',
  'thecryptagon-oct-2025': 'relay',
  'ima-nov-2025': 'relay',
  'kaohoon-dec-2025': 'relay',
  // Reports of the 2025 shortages themselves: what a hindcast is checked against.
  'clepa-jun-2025': 'outcome-report',
  'fordauthority-jul-2025': 'outcome-report',
  // Reference data (atomic weights, maps, places).
  'ciaaw-2021': 'reference',
  'natural-earth-admin0': 'reference',
  'geonames-cities': 'reference',
};

export function sourceKind(id: string): SourceKind {
  const kind = SOURCE_KIND[id];
  if (kind === undefined)
    throw new Error(`source "${id}" has no kind in data/build/sourceKinds.ts`);
  return kind;
}
