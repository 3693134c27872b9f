// The "Share" dialog as the explorer opens it: the picture framed with the scenario in words,
// the legend of what is drawn, the what-if named in the title and, on the map, the map's credit.
import type { useGraphModel } from '../graph/useGraphModel.ts';
import { MAP_CREDIT } from '../graph/mapBackdrop.ts';
import { buildFrame } from '../export/frame.ts';
import { frameScenario } from '../export/frameScenario.ts';
import { activeScenario } from '../../state/document.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { ShareDialog, type ShareDownloads } from '../share/ShareDialog.tsx';

export function ExplorerShare({
  model,
  scenarioText,
  downloads,
  onClose,
}: {
  readonly model: ReturnType<typeof useGraphModel>;
  readonly scenarioText: string;
  readonly downloads: readonly ShareDownloads[];
  readonly onClose: () => void;
}) {
  const { cy, dataset, decor, view, entries } = model;
  const loadedPreset = useAppStore((s) => s.loadedPreset) ?? undefined;
  const scenario = frameScenario(dataset, activeScenario(entries).interventions, loadedPreset);
  return (
    <ShareDialog
      cy={cy}
      frame={(width) =>
        buildFrame({
          dataset,
          scenarioText,
          scenario,
          legendTitle: decor.legend.title,
          legend: decor.legend.entries,
          shortfall: decor.shortfall,
          credit: view.layout === 'map' ? MAP_CREDIT : undefined,
          width,
        })
      }
      downloads={downloads}
      onClose={onClose}
    />
  );
}
