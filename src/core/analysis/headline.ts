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
import type { EndUserOutcome, ScenarioResult } from './scenarioAnalysis.ts';

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
  // each in the same mood ("Removing A; Cutting B by 50%", not "Removing A; Cut B by 50%")
  const said = interventions.map((i) => describeIntervention(i, names));
  if (said.length <= 3) return said.map(gerund).join('; ');
  return `Applying ${said.length} interventions (${said[0]}; …)`;
}

/**
 * Puts end users that lose the same share in the order a reader asks about them (the caller
 * knows who takes magnets, who is defence); left as given when absent.
 */
export type ReaderOrder = (tied: readonly EndUserOutcome[]) => readonly EndUserOutcome[];

const TIE = 1e-9;

/** True when `e` gets nothing through at once. */
const losesAll = (e: EndUserOutcome) => e.baseline > 0 && e.noSubstitution <= e.baseline * TIE;

/**
 * The end users that lose, worst first: by share lost, and within the same share in the reader's
 * order (else the larger first).
 */
export function losersInOrder(
  endUsers: readonly EndUserOutcome[],
  readerOrder?: ReaderOrder,
): EndUserOutcome[] {
  const losing = [...endUsers]
    .filter((e) => e.lostNoSubstitution > 0)
    .sort(
      (a, b) =>
        b.lostNoSubstitutionShare - a.lostNoSubstitutionShare ||
        b.lostNoSubstitution - a.lostNoSubstitution,
    );
  if (readerOrder === undefined) return losing;
  const out: EndUserOutcome[] = [];
  for (let i = 0; i < losing.length;) {
    let j = i + 1;
    const p = losing[i]!.lostNoSubstitutionShare;
    while (j < losing.length && Math.abs(losing[j]!.lostNoSubstitutionShare - p) < TIE) j++;
    out.push(...readerOrder(losing.slice(i, j)));
    i = j;
  }
  return out;
}

/** Who is hit, in words: the two worst, or how many lose everything and the first of them. */
function whoIsHit(
  endUsers: readonly EndUserOutcome[],
  names: Namer,
  readerOrder: ReaderOrder | undefined,
): string {
  const losers = losersInOrder(endUsers, readerOrder);
  if (losers.length === 0) return 'no end user loses supply';
  const all = losers.filter(losesAll);
  if (all.length > WORST) {
    const named = all.slice(0, NAMED_OF_ALL).map((e) => names.node(e.id));
    const more = all.length - named.length;
    const lose = `worst hit: ${all.length} of ${endUsers.length} end users lose everything`;
    return more > 0
      ? `${lose}, among them ${named.join('; ')} and ${more} more`
      : `${lose}: ${named.join('; ')}`;
  }
  const worst = losers
    .slice(0, WORST)
    .map((e) => `${names.node(e.id)} (${formatLoss(e.lostNoSubstitutionShare)})`);
  return `worst hit: ${worst.join(', ')}`;
}

/** How many of those that lose everything the sentence names. */
const NAMED_OF_ALL = 3;

/**
 * The sentence, or null when nothing is changed (the baseline). Ties are grouped ("22 of 31 end
 * users lose everything, among them …") and named in `readerOrder`.
 */
export function headlineSentence(
  result: ScenarioResult,
  names: Namer,
  presets: readonly NamedScenario[] = [],
  readerOrder?: ReaderOrder,
): string | null {
  if (result.interventions.length === 0) return null;
  const t = result.totals;
  const subject = scenarioSubject(result.interventions, names, presets);
  const atOnce = formatShare(t.lostNoSubstitutionShare);
  const after = formatShare(t.lostWithReroutingShare);
  const hit = whoIsHit(result.endUsers, names, readerOrder);
  return `${subject}: ${atOnce} of end-user supply lost at once, ${after} after rerouting; ${hit}.`;
}
