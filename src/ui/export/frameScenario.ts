// What scenario an exported picture shows, in the words a reader needs: its name for the title
// (the preset's, or what the interventions do), its sources for the footnote, and a file name
// that says what the file is.
import { scenarioSubject } from '../../core/analysis/index.ts';
import { countryName } from '../../core/countries.ts';
import { sameInterventions, type Intervention } from '../../core/scenario.ts';
import type { Dataset } from '../../data/schema.ts';
import { labeller } from '../kit/labels.ts';

export interface FrameScenario {
  /** "China's processing offline", or "Removing Lynas Malaysia" for an unnamed what-if. */
  readonly name: string;
  /** The preset's sources, cited first in the footnote. */
  readonly sources: readonly string[];
}

/**
 * The scenario of these interventions, or null at baseline. A preset with exactly these
 * interventions names it (`presetId` first, as October 2025's regime repeats April's cuts).
 */
export function frameScenario(
  dataset: Dataset,
  interventions: readonly Intervention[],
  presetId?: string,
): FrameScenario | null {
  if (interventions.length === 0) return null;
  const same = dataset.scenarios.filter((p) => sameInterventions(p.interventions, interventions));
  const preset = same.find((p) => p.id === presetId) ?? same[0];
  if (preset !== undefined) return { name: preset.label, sources: preset.sources ?? [] };
  const names = { node: labeller(dataset), country: countryName };
  return { name: scenarioSubject(interventions, names), sources: [] };
}

/** Lower-case words joined by hyphens, at most 60 characters: safe in any file system. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s === '' ? 'view' : s;
}

/** "chokepoint-chinas-processing-offline-2026-12-07": what the file shows and when it was made. */
export function fileStem(what: string, date: Date): string {
  return `chokepoint-${slug(what)}-${date.toISOString().slice(0, 10)}`;
}
