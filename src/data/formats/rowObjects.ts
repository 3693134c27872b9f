// A node row and a flow row of an import as the objects the loader's schema reads (checkRows.ts
// runs it over them): figures, ranges, citations, and for a node its stock, place, recipes, ramps
// and balance note, for a flow the figure as reported and its conversion. A cell the schema cannot
// read is a refusal.
import type { Stage } from '../../core/model.ts';
import { DEFAULT_MATERIAL } from '../schema.ts';
import { readCountry, readJsonCell, readStock } from './cells.ts';
import type { RowObject } from './checkRows.ts';
import { list, num, str, type RefusedRow, type Row } from './importRows.ts';

/** A node row with its id, and the stage as written (if any). */
export interface NodeRow {
  readonly place: string;
  readonly id: string;
  readonly stageText?: string;
  readonly values: Row['values'];
}

/** A flow row with its ends resolved to node ids. */
export interface EdgeRow {
  readonly place: string;
  readonly source: string;
  readonly target: string;
  readonly values: Row['values'];
}

/** The node columns that hold JSON. */
const JSON_COLUMNS = ['geo', 'recipes', 'ramps'] as const;

/** The cells of a node row that must be read before it can be kept. */
function nodeCells(n: NodeRow, refused: RefusedRow[]) {
  const v = n.values;
  const countryText = str(v.country);
  const country = countryText === undefined ? undefined : readCountry(countryText);
  if (countryText === undefined || country === undefined) {
    refused.push({
      place: n.place,
      reason:
        countryText === undefined
          ? `node "${n.id}" has no country (an ISO code such as CN)`
          : `country "${countryText}" is not an ISO 3166 code or country name`,
    });
    return undefined;
  }
  const stockText = str(v.stock);
  const stock = stockText === undefined ? undefined : readStock(stockText);
  if (stock !== undefined && !stock.ok) {
    refused.push({ place: n.place, reason: `column "stock": ${stock.reason}` });
    return undefined;
  }
  // Where the node sits on the map ({"lat":…,"lon":…,"basis":…}), its recipes and its ramps
  // (lists of objects), each as JSON; the loader's schema checks them with the rest of the row.
  const json: Partial<Record<(typeof JSON_COLUMNS)[number], unknown>> = {};
  for (const column of JSON_COLUMNS) {
    const text = str(v[column]);
    if (text === undefined) continue;
    const read = readJsonCell(text);
    if (!read.ok) {
      refused.push({ place: n.place, reason: `column "${column}": ${read.reason}` });
      return undefined;
    }
    json[column] = read.value;
  }
  return { country, stock: stock?.stock, ...json };
}

/** The node as the loader reads it; undefined (with the row refused) when a cell will not do. */
export function nodeObject(
  n: NodeRow,
  stage: Stage | undefined,
  refused: RefusedRow[],
): RowObject | undefined {
  const v = n.values;
  const low = num(v.low);
  const high = num(v.high);
  const capLow = num(v.capacity_low);
  const capHigh = num(v.capacity_high);
  const balanceNote = str(v.balance_note);
  const cells = nodeCells(n, refused);
  if (cells === undefined) return undefined;
  const { country, stock, geo, recipes, ramps } = cells;
  return {
    place: n.place,
    object: {
      id: n.id,
      ...(str(v.label) === undefined ? {} : { label: str(v.label) }),
      stage,
      country,
      ...(v.capacity === undefined ? {} : { capacity: num(v.capacity) }),
      ...(v.production === undefined ? {} : { production: num(v.production) }),
      ...(v.year === undefined ? {} : { year: num(v.year) }),
      ...(v.sources === undefined ? {} : { sources: list(v.sources) }),
      ...(v.notes === undefined ? {} : { notes: str(v.notes) }),
      ...(low === undefined && high === undefined ? {} : { estimate: { low, high } }),
      ...(capLow === undefined && capHigh === undefined
        ? {}
        : { capacityEstimate: { low: capLow, high: capHigh } }),
      ...(v.converter === undefined ? {} : { converter: v.converter === 'yes' }),
      ...(v.outside === undefined ? {} : { outside: v.outside === 'yes' }),
      ...(stock === undefined ? {} : { stock }),
      ...(geo === undefined ? {} : { geo }),
      ...(recipes === undefined ? {} : { recipes }),
      ...(ramps === undefined ? {} : { ramps }),
      ...(balanceNote === undefined
        ? {}
        : {
            balance: {
              note: balanceNote,
              ...(v.balance_sources === undefined ? {} : { sources: list(v.balance_sources) }),
            },
          }),
    },
  };
}

/** The flow as the loader reads it. */
export function edgeObject(e: EdgeRow): RowObject {
  const v = e.values;
  const low = num(v.low);
  const high = num(v.high);
  const hasReported = ['reported_value', 'reported_unit', 'reported_basis'].some(
    (k) => v[k] !== undefined,
  );
  const hasConversion = ['conversion_factor', 'conversion_note', 'conversion_sources'].some(
    (k) => v[k] !== undefined,
  );
  return {
    place: e.place,
    object: {
      source: e.source,
      target: e.target,
      flow: v.flow === undefined ? undefined : num(v.flow),
      // A flow without a material carries DEFAULT_MATERIAL, as a v2 file's flows do.
      material: str(v.material) ?? DEFAULT_MATERIAL,
      ...(v.year === undefined ? {} : { year: num(v.year) }),
      ...(v.sources === undefined ? {} : { sources: list(v.sources) }),
      ...(v.notes === undefined ? {} : { notes: str(v.notes) }),
      ...(low === undefined && high === undefined ? {} : { estimate: { low, high } }),
      ...(hasReported
        ? {
            reported: {
              value: num(v.reported_value),
              unit: str(v.reported_unit),
              basis: str(v.reported_basis),
            },
          }
        : {}),
      ...(hasConversion
        ? {
            conversion: {
              factor: num(v.conversion_factor),
              note: str(v.conversion_note),
              sources: list(v.conversion_sources) ?? [],
            },
          }
        : {}),
    },
  };
}
