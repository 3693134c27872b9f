// The stage of each imported node: read where the file gives one we know (or one the user mapped
// to a stage), inferred from the flows where it gives none or one we do not know ("refinery",
// "customer"), as a missing one is. Each inferred stage is reported with the rule that gave it,
// and each unknown value with the nodes that carry it, so the mapping dialog can offer it.
import type { Stage } from '../../core/model.ts';
import { readStage } from './cells.ts';
import type { RowObject } from './checkRows.ts';
import type { RefusedRow } from './importRows.ts';
import { inferStages, type InferredStage } from './inferStage.ts';
import { nodeObject, type EdgeRow, type NodeRow } from './rowObjects.ts';

/** An unknown stage value as written, and the nodes that carry it. */
export interface UnknownStage {
  readonly text: string;
  readonly nodes: readonly string[];
}

/** The user's answer to "which stage is this value?": value as written (trimmed) → stage. */
export type StageMapping = Readonly<Record<string, Stage>>;

const KNOWN = 'mine, processor, intermediary, magnet-maker, end-user';

export interface Stages {
  readonly kept: readonly NodeRow[];
  readonly liveEdges: readonly EdgeRow[];
  readonly known: ReadonlyMap<string, Stage>;
  readonly inferred: readonly InferredStage[];
  readonly noStage: ReadonlySet<string>;
  readonly unknownText: ReadonlyMap<string, string>;
  readonly unknownStages: readonly UnknownStage[];
}

export function readStages(
  nodes: readonly NodeRow[],
  edges: readonly EdgeRow[],
  mapping: StageMapping = {},
): Stages {
  const known = new Map<string, Stage>();
  const unknownText = new Map<string, string>();
  const byText = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.stageText === undefined) continue;
    const text = n.stageText.trim();
    const stage = readStage(text) ?? (Object.hasOwn(mapping, text) ? mapping[text] : undefined);
    if (stage !== undefined) {
      known.set(n.id, stage);
      continue;
    }
    unknownText.set(n.id, text);
    byText.set(text, [...(byText.get(text) ?? []), n.id]);
  }
  const found = inferStages(
    nodes.map((n) => n.id),
    known,
    edges,
  );
  const inferred = found.inferred.map((i) => {
    const text = unknownText.get(i.id);
    if (text === undefined) return i;
    return { ...i, reason: `its stage "${text}" is not one we know; ${i.reason}` };
  });
  for (const i of inferred) known.set(i.id, i.stage);
  return {
    kept: nodes,
    liveEdges: edges,
    known,
    inferred,
    noStage: new Set(found.unknown),
    unknownText,
    unknownStages: [...byText].map(([text, ids]) => ({ text, nodes: ids })),
  };
}

/** The kept nodes as the loader reads them; one with no stage to be had is refused. */
export function nodeObjects(stages: Stages, refused: RefusedRow[]): RowObject[] {
  const { kept, known, noStage, unknownText } = stages;
  const objects: RowObject[] = [];
  for (const n of kept) {
    if (noStage.has(n.id)) {
      const text = unknownText.get(n.id);
      refused.push({
        place: n.place,
        reason:
          text === undefined
            ? `node "${n.id}" has no stage and no flows to infer one from`
            : `stage "${text}" is not one of ${KNOWN}, and node "${n.id}" has no flows to infer one from`,
      });
      continue;
    }
    const object = nodeObject(n, known.get(n.id), refused);
    if (object !== undefined) objects.push(object);
  }
  return objects;
}
