// What Details writes out in words: a converted flow's sum, a node's place on the map.
import type { DatasetNode } from '../../data/schema.ts';
import { formatExact } from '../kit/format.ts';

/**
 * "44,366 × 0.6086 = 27,001 t/yr, recorded as 27,000 t/yr": the exact figures, so the sum can
 * be checked by hand; the recorded flow is named when the source rounded it.
 */
export function conversionSum(reported: number, factor: number, flow: number): string {
  const product = reported * factor;
  const sum = `${formatExact(reported)} × ${formatExact(factor)} = ${formatExact(Math.round(product * 100) / 100, 't/yr')}`;
  return Math.abs(product - flow) < 0.005
    ? sum
    : `${sum}, recorded as ${formatExact(flow, 't/yr')}`;
}

const GEO_BASIS_TEXT = {
  plant: 'the site, as a source gives it',
  town: 'the town its sources name',
  'country-centroid': "the country's centroid, not a site",
} as const;

/** "Kuantan, 3.81° N 103.33° E (the town its sources name)", or why the node is not on the map. */
export function placeText(geo: DatasetNode['geo']): string {
  if (geo === undefined) return 'not placed (no coordinates)';
  const lat = `${Math.abs(geo.lat).toFixed(2)}° ${geo.lat < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(geo.lon).toFixed(2)}° ${geo.lon < 0 ? 'W' : 'E'}`;
  return `${geo.place === undefined ? '' : `${geo.place}, `}${lat} ${lon} (${GEO_BASIS_TEXT[geo.basis]})`;
}
