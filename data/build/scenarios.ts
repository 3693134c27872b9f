// Preset what-ifs, each a complete scenario on the 2024 baseline (not a change to the one before).
// The headline comes first; the story of 2025 runs baseline -> April-May trough -> June easing
// -> October regime -> China's processing offline. Each preset's factors are for the period its
// caption names; a factor is a share of baseline flow (0.26 = down 74%).
import type { Intervention } from '../../src/core/scenario.ts';
import { CN_PROCESSING, CN_PROCESSING_NODES, MATERIALS as M } from './materials.ts';

interface Preset {
  id: string;
  label: string;
  date: string;
  caption: string;
  sources: string[];
  notes?: string;
  interventions: Intervention[];
}

/** Countries that receive China's NdFeB magnets in the dataset, other than the US. */
const MAGNET_BUYERS = ['DE', 'DK', 'KR', 'VN', 'IN'];
/** Countries that receive China's Dy/Tb in the dataset. */
const DYTB_BUYERS = ['US', 'DE', 'JP'];
/** Countries that receive China's samarium in the dataset (SmCo makers for US defence). */
const SAMARIUM_BUYERS = ['US', 'CH'];

const route = (to: string, material: string, factor: number): Intervention => ({
  type: 'block-route',
  from: 'CN',
  to,
  material,
  factor,
});

/** 2024's monthly magnet exports to the US: the 2024 figure the dataset derives (7,233 t) / 12. */
const US_MONTH_2024 = 7_233 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * China's licensing of controlled exports: magnets to the US at `us`, to Europe, South Korea,
 * Vietnam, India and the countries not modelled (one outside-demand node in China, so a flow cut,
 * not a route) at `others`; Dy/Tb and samarium at `dytb`.
 */
function licensing(us: number, others: number, dytb: number): Intervention[] {
  return [
    route('US', M.ndfeb, us),
    ...MAGNET_BUYERS.map((c) => route(c, M.ndfeb, others)),
    {
      type: 'scale-flow',
      source: 'cn-ndfeb-magnets',
      target: 'row-cn-magnets',
      material: M.ndfeb,
      factor: others,
    },
    ...DYTB_BUYERS.map((c) => route(c, M.dytb, dytb)),
    ...SAMARIUM_BUYERS.map((c) => route(c, M.samarium, dytb)),
  ];
}

// May 2025, the trough: 1,238 t of magnets, 74% below May 2024 (Reuters); to the US 46 t
// (June's 353 t was +660% on May: Trading Economics).
export const TROUGH = { us: round2(353 / 7.6 / US_MONTH_2024), others: 0.26 };
// June 2025: 3,188 t, 38.1% below June 2024; to the US 353 t.
export const JUNE = { us: round2(353 / US_MONTH_2024), others: round2(1 - 0.381) };
// 2025 as a whole: January-November 51,440 t, 2% below the same months of 2024 (Reuters); to
// the US, H1 2025 was 2,510 t (-30.6%) and July 4.8% above July 2024 (Reuters via Kitco): the
// second half is taken at 2024's level.
export const YEAR_2025 = { us: round2((2_510 + 7_233 / 2) / 7_233), others: 0.98 };

export function buildScenarios(): Preset[] {
  return [
    {
      id: 'china-processing-offline',
      label: "China's processing offline",
      date: '2025-10-09',
      caption:
        "What if China's separation, refining and metal-making stopped? CSIS (9 October 2025) puts China at about 90% of the world's rare-earth processing; the IEA at 91%.",
      sources: ['csis-2025', 'iea-oct-2025'],
      notes: `Removes China's three processing nodes: "${CN_PROCESSING_NODES.join('", "')}". Hypothetical; dated by the CSIS analysis that gives the share.`,
      interventions: CN_PROCESSING_NODES.map((node) => ({ type: 'remove-node', node })),
    },
    {
      id: 'baseline-2024',
      label: 'Baseline: 2024, before the export controls',
      date: '2024',
      caption: 'The chain as the 2024 figures describe it. Nothing is cut.',
      sources: ['usgs-mcs2026'],
      interventions: [],
    },
    {
      id: 'april-2025-controls',
      label: 'April–May 2025, at the trough: licences for seven rare earths',
      date: '2025-04-04',
      caption:
        "April–May 2025, at the trough. China requires export licences for Sm, Gd, Tb, Dy, Lu, Sc and Y, including NdFeB containing Tb or Dy. In May, China's magnet exports were 74% below May 2024, and those to the US were 46 t against about 600 t a month in 2024. These are the worst month's factors, not a year's.",
      sources: ['mofcom-18-2025', 'reuters-magnets-may-2025', 'tradingeconomics-jun-2025'],
      notes: `Magnets to the US at ${TROUGH.us} of baseline (May 2025: 46 t, since June's 353 t was +660% on May, Trading Economics; 2024: 7,233 t / 12 a month). Magnets to Europe and to the countries not modelled at ${TROUGH.others} (Reuters: May 2025 -74% year on year). Dy/Tb to the US, Europe and Japan, and samarium to the SmCo makers supplying US defence, at ${TROUGH.others}: no figure for them is in the sources, so this is an assumption.`,
      interventions: licensing(TROUGH.us, TROUGH.others, TROUGH.others),
    },
    {
      id: 'june-2025-easing',
      label: 'June 2025: licences eased after the London talks',
      date: '2025-06',
      caption:
        'June 2025. China speeds up licences after trade talks in London. June magnet exports: 3,188 t, 38% below June 2024; to the US 353 t. Factors for June alone.',
      sources: ['tradingeconomics-jun-2025', 'seed-dagensps-2025'],
      notes: `Magnets to the US at ${JUNE.us} (353 t against 603 t a month in 2024); to Europe and the countries not modelled at ${JUNE.others} (June 2025 -38.1% year on year). Dy/Tb and samarium eased like magnets (an assumption).`,
      interventions: licensing(JUNE.us, JUNE.others, JUNE.others),
    },
    {
      id: 'controls-2025-year',
      label: '2025 as a whole, under the April controls',
      date: '2025',
      caption:
        "2025 as a whole. China's magnet exports in January–November 2025 were 51,440 t, only 2% below the same months of 2024; those to the US fell more (−31% in the first half). A year's factors, not the trough's.",
      sources: ['reuters-magnets-nov-2025', 'rex-eu-h1-2025', 'kitco-jul-2025'],
      notes: `Magnets to Europe and the countries not modelled at ${YEAR_2025.others} (January-November 2025: -2% year on year, Reuters via Astro Awani). To the US at ${YEAR_2025.us}: H1 2025 2,510 t (Rare Earth Exchanges), the second half taken at 2024's level (July 2025 was 4.8% above July 2024, Reuters via Kitco), against 7,233 t in 2024. Dy/Tb and samarium like magnets to Europe (an assumption: no figure is in the sources).`,
      interventions: licensing(YEAR_2025.us, YEAR_2025.others, YEAR_2025.others),
    },
    {
      id: 'october-2025-regime',
      label: 'October 2025 regime, had it taken effect: what it adds to the April controls',
      date: '2025-10-09',
      caption:
        "Announced on 9 October 2025 (MOFCOM Announcements 61 and 62): five more rare earths, licences anywhere in the world for magnets containing 0.1% or more of Chinese rare earths, and military end users denied in principle, the material rules from 1 December. Suspended on 7 November (Announcement 70) until 10 November 2026, so they never applied; the April controls stay. This is what the rules would have added: the Chinese samarium and the magnets made outside China that reach US defence stop. China's October magnet exports were above October 2024's, so civil flows are not cut.",
      sources: [
        'vbw-oct-2025',
        'resilinc-nov-2025',
        'usgs-mcs2026',
        'wire-reuters-magnets-oct-2025',
      ],
      notes:
        "Own interventions, not April's: samarium from China to the two SmCo makers (they supply US defence in the model) at 0, and Japan's magnets to US defence at 0 (made with Chinese NdPr and Dy/Tb, they fall under the 0.1% rule, and the end user is military). Civil magnets and Dy/Tb are not cut: October 2025's magnet exports were 5,473 t, 15.8% above October 2024, and those to the US 656 t against about 603 t a month in 2024 (Reuters); no Dy/Tb figure is in the sources. The five added elements (Ho, Er, Tm, Eu, Yb) are not materials of the model.",
      interventions: [
        route('US', M.samarium, 0),
        route('CH', M.samarium, 0),
        { type: 'block-edge', source: 'jp-magnets', target: 'us-defence', material: M.ndfeb },
      ],
    },
    {
      id: 'china-dytb-export-block',
      label: 'China stops exporting Dy/Tb',
      date: '2025-04-04',
      caption:
        'What if China licensed no dysprosium or terbium at all? Since 4 April 2025 every export needs a licence; Lynas made the first Dy and Tb outside China only in May–June 2025.',
      sources: ['mofcom-18-2025', 'usgs-mcs2026-heavy', 'lynas-fy25'],
      notes: 'Hypothetical: every Dy/Tb flow from China to the US, Europe and Japan at 0.',
      interventions: DYTB_BUYERS.map((c) => route(c, M.dytb, 0)),
    },
    {
      id: 'myanmar-unrest',
      label: 'Myanmar unrest: medium and heavy supply down 70%',
      date: '2024-10',
      caption:
        "Fighting in Kachin (the KIA took the Pangwa/Chipwe mining hub in October 2024) cut Myanmar's supply of medium and heavy rare earths by 70%, per the Dutch seed article. USGS's figures show a smaller fall (27,000 t in 2024, 22,000 t in 2025).",
      sources: ['seed-nl-2025', 'usgs-mcs2026'],
      notes:
        "Myanmar's mines at 30% of baseline: the seed article's -70%, the largest figure in the sources. USGS's 2024-to-2025 fall is 19%.",
      interventions: [{ type: 'scale-capacity', node: 'mm-kachin', factor: 0.3 }],
    },
    {
      id: 'mp-stops-china-shipments',
      label: 'MP Materials stops shipping concentrate to China',
      date: '2025-04',
      caption:
        "MP Materials halted concentrate exports to China in April 2025; China's concentrate imports fell a third in the first half of 2025.",
      sources: ['rex-eu-h1-2025', 'usgs-mcs2026'],
      interventions: [
        {
          type: 'block-edge',
          source: 'us-mountain-pass',
          target: CN_PROCESSING,
          material: M.light,
        },
      ],
    },
    {
      id: 'taiwan-disrupted',
      label: 'Taiwan disrupted',
      date: '2025-12-05',
      caption:
        "What if Taiwan dropped out of the chain: its rare-earth importers, refiners and users? Hypothetical; dated by ANZCham's figures on Taiwan's imports.",
      sources: ['anzcham-2025'],
      interventions: [{ type: 'block-country', country: 'TW' }],
    },
    {
      id: 'netherlands-reexport-halted',
      label: 'Netherlands re-export halted',
      date: '2025-09-02',
      caption:
        "What if the Netherlands stopped passing on the rare-earth compounds it imports from China (the Dutch seed article says 26.4% of them go to European automakers)? Hypothetical; Europe's magnets are not routed through it in the model.",
      sources: ['seed-nl-2025', 'eurostat-ree-2024', 'destatis-2025'],
      notes:
        "Blocks the flow out of the Dutch hub to Europe's users of compounds (automakers buy magnets, not compounds, so none reaches them in the model). Its imports are an estimate: the EU's imports from China less Germany's.",
      interventions: [
        { type: 'block-edge', source: 'nl-hub', target: 'eu-non-magnet', material: M.lace },
      ],
    },
    {
      id: 'taiwan-components-route-cut',
      label: 'Taiwan components route cut',
      date: '2025-09-02',
      caption:
        "What if Taiwan's precision components stopped reaching US electronics makers? The Dutch seed article says Taiwan turns 16.6% of its rare earths into components for firms such as Apple and Tesla. Hypothetical.",
      sources: ['seed-nl-2025', 'anzcham-2025'],
      notes:
        "Blocks the flow from Taiwan's importers and component makers to US electronics makers.",
      interventions: [
        { type: 'block-edge', source: 'tw-components', target: 'us-electronics', material: M.lace },
      ],
    },
  ];
}
