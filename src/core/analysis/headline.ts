// The answer in one sentence: "Removing X: 96% of end-user supply lost at once, 93% after
// rerouting; worst hit: …". The explorer shows it above the graph, and exports, the embed and
// present mode reuse it, so a screenshot always says what it shows.
import { formatLoss, formatShare } from '../format.ts';
import {
  describeIntervention,
  sameInterventions,
  type Intervention,
  type Namer,
} from '../scenario.ts';
import type { ScenarioResult } from './scenarioAnalysis.ts';

/** A named set of interventions (a dataset's preset), named as a whole when it matches. */
export interface NamedScenario {
  readonly label: string;
  readonly interventions: readonly Intervention[];
}

const WORST = 2;
const GERUND: Readonly<Record<string, string>> = {
  Remove: 'Removing',
  Cut: 'Cutting',
  Raise: 'Raising',
  Block: 'Blocking',
};

function gerund(sentence: string): string {
  const [first = '', ...rest] = sentence.split(' ');
  return [GERUND[first] ?? first, ...rest].join(' ');
}

/** What the scenario does, as the sentence's subject. */
export function scenarioSubject(
  interventions: readonly Intervention[],
  names: Namer,
  presets: readonly NamedScenario[] = [],
): string {
  // A preset is named by its label, unless one intervention says it better ("Removing X").
  const preset =
    interventions.length > 1
      ? presets.find((p) => sameInterventions(p.interventions, interventions))
      : undefined;
  if (preset !== undefined) return preset.label;
  const said = interventions.map((i) => describeIntervention(i, names));
  if (said.length <= 3) return gerund(said.join('; '));
  return `Applying ${said.length} interventions (${said[0]}; …)`;
}

/** The sentence, or null when nothing is changed (the baseline). */
export function headlineSentence(
  result: ScenarioResult,
  names: Namer,
  presets: readonly NamedScenario[] = [],
): string | null {
  if (result.interventions.length === 0) return null;
  const t = result.totals;
  const worst = [...result.endUsers]
    .filter((e) => e.lostNoSubstitution > 0)
    .sort(
      (a, b) =>
        b.lostNoSubstitutionPercent - a.lostNoSubstitutionPercent ||
        b.lostNoSubstitution - a.lostNoSubstitution,
    )
    .slice(0, WORST)
    .map((e) => `${names.node(e.id)} (${formatLoss(e.lostNoSubstitutionPercent / 100)})`);
  const subject = scenarioSubject(result.interventions, names, presets);
  const atOnce = formatShare(t.lostNoSubstitutionPercent / 100);
  const after = formatShare(t.lostWithReroutingPercent / 100);
  const hit = worst.length === 0 ? 'no end user loses supply' : `worst hit: ${worst.join(', ')}`;
  return `${subject}: ${atOnce} of end-user supply lost at once, ${after} after rerouting; ${hit}.`;
}
