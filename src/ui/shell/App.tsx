// The page: the explorer, or a story in present mode, or the embedded view (?embed=1), each
// showing the same results of the store's analysis.
import { useAppStore } from '../../state/useAppStore.ts';
import { Notices } from './Messages.tsx';
import { useUrlSync } from './useUrlSync.ts';
import { useStoreInstance } from '../graph/useGraphModel.ts';
import { EmbedView } from '../share/EmbedView.tsx';
import { MEASURE_IDS } from '../results/drawn.ts';
import { useResults } from '../results/useResults.ts';
import { usePageParams } from '../kit/pageParams.ts';
import { PresentView } from '../present/PresentView.tsx';
import { headlineText } from '../results/headline.ts';
import { Explorer } from './Explorer.tsx';

export function App({ embed }: { embed: boolean }) {
  const store = useStoreInstance();
  useUrlSync(store, MEASURE_IDS);
  const results = useResults();
  const page = usePageParams();
  const dataset = useAppStore((s) => s.dataset);
  const stories = useAppStore((s) => s.stories);
  const loadedPreset = useAppStore((s) => s.loadedPreset) ?? undefined;
  const story = page.story === null ? undefined : stories.find((s) => s.id === page.story);
  const notices = useAppStore((s) => s.notices);
  // Present mode and the embed say what of their link they could not follow, in a small line.
  const smallNotices = (
    <Notices notices={notices} onClose={store.getState().dismissNotices} small />
  );
  if (story !== undefined && story.steps.length > 0) {
    return (
      <>
        {smallNotices}
        <PresentView
          story={story}
          step={page.step < story.steps.length ? page.step : 0}
          embed={embed || page.embed}
          drawn={results.drawn}
          sizeLabel={results.sizeLabel}
          result={results.result}
          refused={results.run.status === 'error' ? results.run.errors : null}
        />
      </>
    );
  }
  return embed ? (
    <>
      {smallNotices}
      <EmbedView
        drawn={results.drawn}
        sizeLabel={results.sizeLabel}
        headline={results.stale ? null : headlineText(dataset, results.result, loadedPreset)}
      />
    </>
  ) : (
    <Explorer results={results} />
  );
}
