// The stories shipped with the dataset. A step points at a preset (its scenario, caption source)
// and says what to show; captions are short enough for a slide.
import { CN_PROCESSING } from './materials.ts';

export function buildStories() {
  return [
    {
      id: 'year-of-controls-2025',
      title: '2025: the year China turned rare earths into leverage',
      description:
        'From the 2024 baseline through the April export licences, the June easing and the October regime, to the headline what-if: China’s processing offline.',
      steps: [
        {
          title: 'Baseline: 2024',
          caption:
            'Before the controls: China mines about 69% of the world’s rare earths (USGS) and does about 90% of the processing (CSIS, IEA). Node size shows each node’s chokepoint score.',
          sources: ['usgs-mcs2026', 'csis-2025', 'iea-oct-2025'],
          preset: 'baseline-2024',
          view: {},
        },
        {
          title: 'April 2025: licences for seven rare earths',
          caption:
            'China requires export licences for seven medium and heavy rare earths and magnets containing them. At the May trough, magnet exports are 74% below a year before; to the US, 46 t.',
          sources: ['mofcom-18-2025', 'reuters-magnets-may-2025', 'tradingeconomics-jun-2025'],
          preset: 'april-2025-controls',
          view: {
            selection: 'cn-ndfeb-magnets',
            focus: { node: 'cn-ndfeb-magnets', direction: 'downstream' },
          },
        },
        {
          title: 'June 2025: licences eased',
          caption: 'After the London talks, licences flow again, though below the 2024 level.',
          sources: ['tradingeconomics-jun-2025'],
          preset: 'june-2025-easing',
          view: { selection: 'cn-ndfeb-magnets' },
        },
        {
          title: 'October 2025: the extraterritorial regime',
          caption:
            'China announces licensing that reaches products made abroad with Chinese rare earths, effective 1 December; it is later suspended.',
          sources: ['vbw-oct-2025', 'csis-2025'],
          preset: 'october-2025-regime',
          view: {},
        },
        {
          title: 'What if China’s processing goes offline?',
          caption:
            'The headline what-if: China’s separation, refining and metal-making taken out. The table shows what each end user loses at once and after rerouting.',
          sources: ['csis-2025', 'iea-oct-2025'],
          preset: 'china-processing-offline',
          view: {
            selection: CN_PROCESSING,
            focus: { node: CN_PROCESSING, direction: 'downstream' },
          },
        },
      ],
    },
  ];
}
