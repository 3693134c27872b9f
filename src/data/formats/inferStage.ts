// A node's stage when its file does not give one, read off the graph's shape:
//   - nothing flows in: a mine (where material enters the chain);
//   - nothing flows out: an end user (where it leaves);
//   - otherwise by its neighbours: feeding an end user directly, a magnet maker; fed by a mine
//     directly, a processor; anything further in, an intermediary.
// Only direct neighbours are looked at, so loops cannot run away. Every inferred stage is
// reported with the rule that gave it, because it is a guess a person should look at.
import type { Stage } from '../../core/model.ts';

export interface InferredStage {
  readonly id: string;
  readonly stage: Stage;
  readonly reason: string;
}

interface Flow {
  readonly source: string;
  readonly target: string;
}

export function inferStages(
  ids: readonly string[],
  known: ReadonlyMap<string, Stage>,
  flows: readonly Flow[],
): { inferred: InferredStage[]; unknown: string[] } {
  const outs = new Map<string, string[]>();
  const ins = new Map<string, string[]>();
  for (const id of ids) {
    outs.set(id, []);
    ins.set(id, []);
  }
  for (const e of flows) {
    outs.get(e.source)?.push(e.target);
    ins.get(e.target)?.push(e.source);
  }
  const stageOf = (id: string): Stage | undefined => {
    const given = known.get(id);
    if (given !== undefined) return given;
    if ((ins.get(id) ?? []).length === 0 && (outs.get(id) ?? []).length > 0) return 'mine';
    if ((outs.get(id) ?? []).length === 0 && (ins.get(id) ?? []).length > 0) return 'end-user';
    return undefined;
  };
  const inferred: InferredStage[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    if (known.has(id)) continue;
    const inN = (ins.get(id) ?? []).length;
    const outN = (outs.get(id) ?? []).length;
    if (inN === 0 && outN === 0) {
      unknown.push(id);
      continue;
    }
    if (inN === 0) {
      inferred.push({ id, stage: 'mine', reason: 'nothing flows into it' });
      continue;
    }
    if (outN === 0) {
      inferred.push({ id, stage: 'end-user', reason: 'nothing flows out of it' });
      continue;
    }
    if ((outs.get(id) ?? []).some((t) => stageOf(t) === 'end-user')) {
      inferred.push({ id, stage: 'magnet-maker', reason: 'it supplies an end user directly' });
    } else if ((ins.get(id) ?? []).some((s) => stageOf(s) === 'mine')) {
      inferred.push({ id, stage: 'processor', reason: 'a mine supplies it directly' });
    } else {
      inferred.push({
        id,
        stage: 'intermediary',
        reason: 'it is neither next to a mine nor next to an end user',
      });
    }
  }
  return { inferred, unknown };
}
