// Materials of the supply graph (supplyGraph.ts): every edge carries one, '' when it names none.
// Each node has a "slot" per material it receives, puts out or stocks, sorted by material.
import { stockTonnes } from '../../model.ts';

/** A node's stock, per material: tonnes, or tonnes with a range. */
export type NodeStock = Readonly<Record<string, number | { tonnes: number }>> | undefined;

/** Plain code-unit order: ids and materials sort the same on every machine. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Slots = ReturnType<typeof materialSlots>;

/** Each node's slots, one per material it receives, puts out or stocks (see supplyGraph.ts). */
export function materialSlots(
  n: number,
  m: number,
  edgeSource: Int32Array,
  edgeTarget: Int32Array,
  edgeFlow: Float64Array,
  edgeMaterial: readonly (string | undefined)[],
  stocks: readonly NodeStock[],
) {
  const names = new Set<string>();
  for (const x of edgeMaterial) names.add(x ?? '');
  for (const s of stocks) for (const key of Object.keys(s ?? {})) names.add(key);
  const materials = [...names].sort(byString);
  const materialIndex = new Map(materials.map((x, i) => [x, i] as const));
  const edgeMaterialIndex = Int32Array.from(
    edgeMaterial,
    (x) => materialIndex.get(x ?? '') as number,
  );
  // Per node, the set of materials it touches.
  const touched: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let e = 0; e < m; e++) {
    const x = edgeMaterialIndex[e] as number;
    (touched[edgeSource[e] as number] as Set<number>).add(x);
    (touched[edgeTarget[e] as number] as Set<number>).add(x);
  }
  stocks.forEach((s, v) => {
    for (const key of Object.keys(s ?? {})) {
      (touched[v] as Set<number>).add(materialIndex.get(key) as number);
    }
  });
  const slotStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++)
    slotStart[v + 1] = (slotStart[v] as number) + (touched[v] as Set<number>).size;
  const slots = slotStart[n] as number;
  const slotMaterial = new Int32Array(slots);
  const slotOf: Map<number, number>[] = [];
  for (let v = 0; v < n; v++) {
    const list = [...(touched[v] as Set<number>)].sort((a, b) => a - b);
    const map = new Map<number, number>();
    list.forEach((x, i) => {
      slotMaterial[(slotStart[v] as number) + i] = x;
      map.set(x, (slotStart[v] as number) + i);
    });
    slotOf.push(map);
  }
  const slotBase = new Float64Array(slots);
  const slotOut = new Float64Array(slots);
  const slotStock = new Float64Array(slots);
  const edgeInSlot = new Int32Array(m);
  const edgeOutSlot = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const x = edgeMaterialIndex[e] as number;
    const i = (slotOf[edgeTarget[e] as number] as Map<number, number>).get(x) as number;
    const o = (slotOf[edgeSource[e] as number] as Map<number, number>).get(x) as number;
    edgeInSlot[e] = i;
    edgeOutSlot[e] = o;
    slotBase[i] = (slotBase[i] as number) + (edgeFlow[e] as number);
    slotOut[o] = (slotOut[o] as number) + (edgeFlow[e] as number);
  }
  stocks.forEach((s, v) => {
    for (const [key, amount] of Object.entries(s ?? {})) {
      const k = (slotOf[v] as Map<number, number>).get(materialIndex.get(key) as number) as number;
      slotStock[k] = Math.max(0, stockTonnes(amount));
    }
  });
  return {
    materials,
    edgeMaterialIndex,
    slotStart,
    slotMaterial,
    slotBase,
    slotOut,
    slotProduction: new Float64Array(slots),
    slotStock,
    edgeInSlot,
    edgeOutSlot,
  };
}

/**
 * A node that puts out a material it neither receives nor produces makes it from its inputs:
 * it is a converter, marked or not (the loader refuses such a file; other callers get the
 * reading the v2 migration gives).
 */
export function markMadeMaterials(
  converter: Uint8Array,
  production: Float64Array,
  { slotStart, slotOut, slotBase }: Slots,
): void {
  for (let v = 0; v < converter.length; v++) {
    if (converter[v] === 1 || (production[v] as number) > 0) continue;
    for (let k = slotStart[v] as number; k < (slotStart[v + 1] as number); k++) {
      if ((slotOut[k] as number) > 0 && slotBase[k] === 0) converter[v] = 1;
    }
  }
}

/** A pass-through node's production leaves as each material in its share of the outflow. */
export function splitProduction(
  converter: Uint8Array,
  production: Float64Array,
  outflow: Float64Array,
  { slotStart, slotOut, slotProduction }: Slots,
): void {
  for (let v = 0; v < converter.length; v++) {
    const p = production[v] as number;
    const out = outflow[v] as number;
    if (converter[v] === 1 || p === 0 || out === 0) continue;
    for (let k = slotStart[v] as number; k < (slotStart[v + 1] as number); k++) {
      slotProduction[k] = (p * (slotOut[k] as number)) / out;
    }
  }
}
