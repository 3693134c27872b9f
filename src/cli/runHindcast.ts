// `--hindcast YEAR` (issue 24): the year simulated day by day from the baseline with the
// dataset's dated events, monthly series, ramps and stocks, and nothing else; the computation is
// core's (src/core/analysis/time/hindcast.ts), which the explorer's analysis worker runs too.
// Here: the dataset's inputs handed to it, and the CSV, one row per end user.
import Papa from 'papaparse';
import type { AnalysisNetwork } from '../core/analysis/index.ts';
import type { LpSolver } from '../core/analysis/rerouting/lp/types.ts';
import {
  hindcast,
  type HindcastBlock,
  type HindcastEndUser,
} from '../core/analysis/time/hindcast.ts';
import type { Dataset } from '../data/schema.ts';
import { outcomeColumns } from './runPeriod.ts';

export type { HindcastBlock, HindcastEndUser };

export interface HindcastRequest {
  readonly year: number;
  readonly samples: number;
  readonly seed: number;
  readonly solver?: LpSolver | undefined;
}

/** The hindcast block, or the reason the year cannot be hindcast from this dataset. */
export function hindcastBlock(
  dataset: Dataset,
  network: AnalysisNetwork,
  request: HindcastRequest,
): HindcastBlock | string {
  return hindcast({ ...request, network, events: dataset.events, series: dataset.periods });
}

/** One row per end user: the headline outcome, its range, then the at-once figures. */
export function hindcastCsv(block: HindcastBlock): string {
  const rows = block.endUsers.map((e) => ({
    id: e.id,
    outcome: block.outcome,
    shortFrom: e.shortFrom ?? '',
    shortUntil: e.shortUntil ?? '',
    daysShort: e.daysShort,
    lostTonnes: e.lostTonnes,
    shortFromP5: e.shortFromRange?.p5 ?? '',
    shortFromP95: e.shortFromRange?.p95 ?? '',
    shortInDraws: e.shortFromRange?.shortInDraws ?? '',
    ...outcomeColumns('atOnce', {
      firstDayShort: e.atOnce.shortFrom,
      lastDayShort: e.atOnce.shortUntil,
      daysShort: e.atOnce.daysShort,
      lostTonnes: e.atOnce.lostTonnes,
    }),
  }));
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
