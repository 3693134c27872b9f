// The headline sentence with the dataset's names: above the graph, as the exports' subtitle,
// the embed's title line and the first line of a present-mode caption.
import { headlineSentence, losersInOrder, type ReaderOrder } from '../../core/analysis/headline.ts';
import type { EndUserOutcome, ScenarioResult } from '../../core/analysis/index.ts';
import { countryName } from '../../core/countries.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatTonnes } from '../kit/format.ts';
import { labeller } from '../kit/labels.ts';
import { monthLabel, monthScenario, periodMonths } from '../../core/periods.ts';

/** Each month of the dataset's series, named as a whole in the sentence. */
const monthPresets = (dataset: Dataset) =>
  periodMonths(dataset.periods).map((m) => ({
    label: `${monthLabel(m)}, from the monthly series`,
    interventions: monthScenario(dataset.periods, m).interventions,
  }));

/**
 * The sentence for a scenario; for the baseline, what reaches end users. Presets with the same
 * interventions (October 2025's regime repeats April's cuts) are named by `preset` when given
 * (a story step's), else by the first in the dataset.
 */
export function headlineText(
  dataset: Dataset,
  result: ScenarioResult | null,
  preset?: string,
  /** 'audience' (present mode, slides): the baseline is stated, with no instruction to the user. */
  reader: 'user' | 'audience' = 'user',
): string | null {
  if (result === null) return null;
  const named = [...dataset.scenarios, ...monthPresets(dataset)];
  const preferred = named.filter((p) => 'id' in p && p.id === preset);
  const said = headlineSentence(
    result,
    { node: labeller(dataset), country: countryName },
    [...preferred, ...named],
    readerOrder(dataset, result),
  );
  if (said !== null) return said;
  return reader === 'audience'
    ? `Baseline: ${formatTonnes(result.totals.baseline)} reach end users, with nothing removed, cut or blocked.`
    : `Baseline: ${formatTonnes(result.totals.baseline)} reach end users; remove a node or load a preset to see what a loss does.`;
}

/** Defence is what a policy reader asks about first, whatever its tonnage. */
const DEFENCE = /\bdefen[cs]e\b|\bmilitary\b/i;

/**
 * The order a reader asks about end users that lose the same share: defence first, then those
 * that take magnets (from a magnet maker) abroad, then those at home (in a country the scenario
 * removes or cuts a node of), then other uses, demand outside the model last; one per country
 * before a second from the same country, the larger first.
 */
export function readerOrder(dataset: Dataset, result: ScenarioResult): ReaderOrder {
  const node = new Map(dataset.nodes.map((n) => [n.id, n]));
  const magnets = new Set(
    dataset.edges.filter((e) => node.get(e.source)?.stage === 'magnet-maker').map((e) => e.target),
  );
  const home = new Set(result.affectedNodes.map((id) => node.get(id)?.country));
  const rank = (e: EndUserOutcome) => {
    const n = node.get(e.id);
    if (e.outside) return 4;
    if (DEFENCE.test(n?.label ?? e.id)) return 0;
    if (!magnets.has(e.id)) return 3;
    return home.has(n?.country) ? 2 : 1;
  };
  return (tied) => {
    const sorted = [...tied].sort((a, b) => rank(a) - rank(b) || b.baseline - a.baseline);
    const seen = new Set<string | undefined>();
    const first: EndUserOutcome[] = [];
    const later: EndUserOutcome[] = [];
    for (const e of sorted) {
      const country = node.get(e.id)?.country;
      const fresh = rank(e) < 3 && !seen.has(country);
      if (fresh) seen.add(country);
      (fresh || rank(e) >= 3 ? first : later).push(e);
    }
    // the first of each country keep their place among the ranks; repeats follow the rank
    return [...first.filter((e) => rank(e) < 3), ...later, ...first.filter((e) => rank(e) >= 3)];
  };
}

/** The end users that lose, worst first, ties in the reader's order (present mode's list). */
export function losersForReader(dataset: Dataset, result: ScenarioResult): EndUserOutcome[] {
  return losersInOrder(result.endUsers, readerOrder(dataset, result));
}

/**
 * Why the engine refused the scenario, in words: "Intervention 1: no flow from Arnold Magnetic …
 * to …" rather than `interventions[0] (block-edge): no flow from "ch-arnold" …`.
 */
export function refusalInWords(dataset: Dataset, errors: readonly string[]): string {
  const label = labeller(dataset);
  const ids = new Set(dataset.nodes.map((n) => n.id));
  return errors
    .map((e) =>
      e
        .replace(/^interventions\[(\d+)\] \([^)]*\):\s*/, (_, n: string) => {
          return `Intervention ${Number(n) + 1}: `;
        })
        .replace(/"([^"]+)"/g, (quoted, id: string) => (ids.has(id) ? label(id) : quoted)),
    )
    .join('; ');
}

/** The headline when the engine refused the scenario: never an endless "Analysing…". */
export const refusedHeadline = (dataset: Dataset, errors: readonly string[]) =>
  `This scenario cannot be analysed. ${refusalInWords(dataset, errors)}`;
