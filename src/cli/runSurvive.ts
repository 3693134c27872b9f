// `--sweep-survive`: each node taken down from the baseline in turn, and how long every end user
// stays fully served (stocks, rerouting, recipe switches), shortest first (core:
// src/core/analysis/time/survive.ts). Nothing is dated in these runs (the dataset's ramps are
// left out), so the report counts days from day 0 and names no calendar day.
import Papa from 'papaparse';
import type { AnalysisNetwork } from '../core/analysis/index.ts';
import type { LpSolver } from '../core/analysis/rerouting/lp/types.ts';
import {
  rankingFigure,
  surviveSweep,
  SURVIVE_HORIZON_DAYS,
  SURVIVE_HORIZON_YEARS,
  type SurviveEntry,
  type SurviveFigure,
} from '../core/analysis/time/survive.ts';

export const SURVIVE_MEANING =
  'each node removed from day 0 with no other event: the whole days every end user (the node removed aside) stays fully served, drawing on stocks, and after rerouting also rerouting and recipe switches after their lead times; null: fully served for the whole horizon (more than it); ranked by the figure after rerouting, shortest first';

/** "45 days", "1 day", "more than 3 years". */
export function surviveLabel(figure: SurviveFigure | null, years = SURVIVE_HORIZON_YEARS): string {
  if (figure === null) return '';
  if (figure.days === null) return `more than ${years} year${years === 1 ? '' : 's'}`;
  return `${figure.days} day${figure.days === 1 ? '' : 's'}`;
}

export interface SurviveBlock {
  readonly horizonDays: number;
  readonly horizonYears: number;
  readonly ranking: 'afterRerouting' | 'atOnce';
  readonly meaning: string;
  readonly nodes: readonly (SurviveEntry & {
    readonly rank: number;
    readonly timeToSurvive: string;
  })[];
}

export function surviveBlock(network: AnalysisNetwork, solver: LpSolver | undefined): SurviveBlock {
  const entries = surviveSweep(network, solver === undefined ? {} : { solver });
  return {
    horizonDays: SURVIVE_HORIZON_DAYS,
    horizonYears: SURVIVE_HORIZON_YEARS,
    ranking: entries.some((e) => e.afterRerouting !== null) ? 'afterRerouting' : 'atOnce',
    meaning: SURVIVE_MEANING,
    nodes: entries.map((e, i) => ({
      rank: i + 1,
      ...e,
      timeToSurvive: surviveLabel(rankingFigure(e)),
    })),
  };
}

/** One row per node, shortest time to survive first; an empty days cell: beyond the horizon. */
export function surviveCsv(block: SurviveBlock): string {
  const rows = block.nodes.map((e) => ({
    rank: e.rank,
    id: e.id,
    stage: e.stage,
    country: e.country,
    timeToSurvive: e.timeToSurvive,
    afterReroutingDays: e.afterRerouting?.days ?? '',
    afterReroutingShortFirst: e.afterRerouting?.shortFirst.join(' ') ?? '',
    atOnceDays: e.atOnce.days ?? '',
    atOnceShortFirst: e.atOnce.shortFirst.join(' '),
    horizonDays: block.horizonDays,
  }));
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
