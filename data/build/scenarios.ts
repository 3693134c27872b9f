// Preset what-ifs, each a complete scenario on the 2024 baseline (not a change to the one before).
// The headline comes first; the story of 2025 runs baseline -> April controls -> June easing ->
// October regime -> China's processing offline. Factors are shares of baseline flow: 0.18 = down 82%.
import type { Intervention } from '../../src/core/scenario.ts';
import { CN_PROCESSING, MATERIALS as M } from './materials.ts';

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
const MAGNET_BUYERS = ['DE', 'DK', 'JP', 'KR', 'VN', 'IN'];

const route = (to: string, material: string, factor: number): Intervention => ({
  type: 'block-route',
  from: 'CN',
  to,
  material,
  factor,
});

/**
 * China's licensing of controlled exports: magnets to the US at `us`, to everyone else at
 * `others`; samarium (for SmCo) and Dy/Tb likewise unless given separately.
 */
function licensing(
  us: number,
  others: number,
  samarium: { us: number; others: number } = { us, others },
): Intervention[] {
  return [
    route('US', M.ndfeb, us),
    ...MAGNET_BUYERS.map((c) => route(c, M.ndfeb, others)),
    route('US', M.samarium, samarium.us),
    route('CH', M.samarium, samarium.others),
    route('DE', M.heavy, others),
    route('JP', M.heavy, others),
  ];
}

const APRIL_US = 0.18;
const APRIL_OTHERS = 0.26;

export function buildScenarios(): Preset[] {
  return [
    {
      id: 'china-processing-offline',
      label: "China's processing offline",
      date: '2025-10-09',
      caption:
        "What if China's separation, refining and metal-making stopped? CSIS (9 October 2025) puts China at about 90% of the world's rare-earth processing; the IEA at 91%.",
      sources: ['csis-2025', 'iea-oct-2025'],
      notes: `Removes the single national node "${CN_PROCESSING}". Hypothetical; dated by the CSIS analysis that gives the share.`,
      interventions: [{ type: 'remove-node', node: CN_PROCESSING }],
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
      label: 'April 2025: licences for seven medium and heavy rare earths',
      date: '2025-04-04',
      caption:
        "China requires export licences for Sm, Gd, Tb, Dy, Lu, Sc and Y, including SmCo magnet materials and NdFeB containing Tb or Dy. Magnet exports to the US fell about 82% in April-May; China's magnet exports overall were 74% lower in May than a year before.",
      sources: ['mofcom-18-2025', 'seed-nl-2025', 'reuters-magnets-may-2025'],
      notes:
        'Magnets to the US at 18% of baseline (the Dutch seed article: -82% in April-May). Magnets to other buyers at 26% (Reuters: May 2025 -74% year on year). Samarium and Dy/Tb are cut by the same factors; no figure for them is in the sources, so this is an assumption.',
      interventions: licensing(APRIL_US, APRIL_OTHERS),
    },
    {
      id: 'june-2025-easing',
      label: 'June 2025: licences eased after the London talks',
      date: '2025-06',
      caption:
        'China speeds up licences after trade talks in London, favouring European automakers and Vietnamese plants and keeping tight limits for US military suppliers. June magnet exports: 3,188 t (-38% year on year); to the US 353 t.',
      sources: ['seed-nl-2025', 'seed-dagensps-2025', 'tradingeconomics-jun-2025'],
      notes:
        "Magnets to the US at 57% (353 t in June against 620 t a month in 2024: 7,444 t / 12); to others at 62% (June 2025 -38.1% year on year). Dy/Tb to Germany and Japan eased like magnets. Samarium (SmCo, for US defence) kept at April's level: the seed article says limits on US military suppliers stayed strict.",
      interventions: licensing(0.57, 0.62, { us: APRIL_US, others: APRIL_OTHERS }),
    },
    {
      id: 'october-2025-regime',
      label: 'October 2025: extraterritorial licensing (announced, then suspended)',
      date: '2025-10-09',
      caption:
        'China adds five more rare earths and requires licences anywhere in the world for magnets containing Chinese rare earths (0.1% rule), with military end users refused, from 1 December 2025. Suspended on 7 November 2025 until 10 November 2026; the April controls stay.',
      sources: [
        'vbw-oct-2025',
        'csis-2025',
        'resilinc-nov-2025',
        'seed-dagensps-2025',
        'usgs-mcs2026',
      ],
      notes:
        'Models the rules as announced, had they taken effect: every magnet flow to US defence stops (non-Chinese makers use Chinese rare earths), and controlled exports fall back to the April-May level (an assumption: the regime never took effect, so there are no figures).',
      interventions: [
        { type: 'block-edge', source: 'cn-ndfeb-magnets', target: 'us-defence' },
        { type: 'block-edge', source: 'us-eec', target: 'us-defence' },
        { type: 'block-edge', source: 'ch-arnold', target: 'us-defence' },
        ...licensing(APRIL_US, APRIL_OTHERS),
      ],
    },
    {
      id: 'myanmar-unrest',
      label: 'Myanmar unrest: medium and heavy supply down 70%',
      date: '2024-10',
      caption:
        "Fighting in Kachin (the KIA took the Pangwa/Chipwe mining hub in October 2024) cut Myanmar's supply of medium and heavy rare earths by 70%, per the Dutch seed article.",
      sources: ['seed-nl-2025', 'reuters-trade-2024'],
      notes:
        "Myanmar's mines at 30% of baseline. Reuters measured China's imports from Myanmar at -31.6% for January-November 2024; the seed's -70% is the larger, later figure.",
      interventions: [{ type: 'scale-capacity', node: 'mm-kachin', factor: 0.3 }],
    },
    {
      id: 'mp-stops-china-shipments',
      label: 'MP Materials stops shipping concentrate to China',
      date: '2025-04',
      caption:
        'MP Materials halted concentrate exports to China in April 2025; until then most Mountain Pass concentrate was separated in China.',
      sources: ['antaike-2025', 'seed-nl-2025', 'usgs-mcs2026'],
      interventions: [
        { type: 'block-edge', source: 'us-mountain-pass', target: CN_PROCESSING, material: M.ore },
      ],
    },
    {
      id: 'netherlands-hub-disrupted',
      label: 'Netherlands hub disrupted',
      date: '2025-09-02',
      caption:
        'What if the Dutch hub that re-exports rare-earth compounds to European automakers stopped? Hypothetical; dated by the article that describes the hub.',
      sources: ['seed-nl-2025', 'metalnomist-2025'],
      interventions: [{ type: 'remove-node', node: 'nl-hub' }],
    },
    {
      id: 'taiwan-disrupted',
      label: 'Taiwan disrupted',
      date: '2025-12-05',
      caption:
        "What if Taiwan dropped out of the chain: its rare-earth processors, component makers and users? Hypothetical; dated by ANZCham's figures on Taiwan's imports.",
      sources: ['anzcham-2025', 'seed-nl-2025'],
      interventions: [{ type: 'block-country', country: 'TW' }],
    },
  ];
}
