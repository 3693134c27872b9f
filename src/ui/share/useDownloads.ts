// What Share offers to download besides the picture: the results shown (impact, ranking,
// sweep, as far as they are worked out) as CSV, and the scenario as JSON.
import { useAppStore } from '../../state/useAppStore.ts';
import { scenarioToFile } from '../../data/scenarioFile.ts';
import { chokepointCsv, impactCsv, sweepCsv } from '../export/results.ts';
import type { Results } from '../results/useResults.ts';
import type { ShareDownloads } from './ShareDialog.tsx';

export function useDownloads({ baseline, result }: Results): ShareDownloads[] {
  const dataset = useAppStore((s) => s.dataset);
  const entries = useAppStore((s) => s.history.present.scenario);
  const sweepRun = useAppStore((s) => s.analysis.sweepRun);
  const downloads: ShareDownloads[] = [];
  if (result !== null) {
    downloads.push({
      label: 'Impact (CSV)',
      fileName: 'impact.csv',
      type: 'text/csv',
      content: () => impactCsv(dataset, result),
    });
  }
  if (baseline !== null) {
    downloads.push({
      label: 'Chokepoint ranking (CSV)',
      fileName: 'chokepoints.csv',
      type: 'text/csv',
      content: () => chokepointCsv(dataset, baseline, result),
    });
  }
  if (sweepRun.status === 'done') {
    const sweep = sweepRun.value;
    downloads.push({
      label: 'Removal sweep (CSV)',
      fileName: 'sweep.csv',
      type: 'text/csv',
      content: () => sweepCsv(dataset, sweep, sweepRun.material),
    });
  }
  downloads.push({
    label: 'Scenario (JSON)',
    fileName: 'scenario.json',
    type: 'application/json',
    content: () => scenarioToFile(dataset.title, entries),
  });
  return downloads;
}
