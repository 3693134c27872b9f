// The map's background: Natural Earth's country borders (1:110m, the world-atlas package),
// drawn with d3-geo on the projection the nodes use, as one SVG image that the map draws as its
// bottom element. Being part of the drawing, it pans and zooms with it and is in every PNG and
// SVG export; it is bundled (a chunk loaded when the map is first shown), never fetched from a
// tile server.
import { geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_SIZE, mapProjection } from '../../core/layout/mapLayout.ts';
import { MAP } from '../kit/colours.ts';

export const BACKDROP_ID = 'chokepoint-map-backdrop';

/** Antarctica (ISO 3166 numeric 010) is left out: no chain runs there, and it takes room. */
const LEFT_OUT = new Set(['010']);

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** world-atlas's JSON is a TopoJSON topology with a `countries` collection; checked, not cast. */
function worldTopology(json: unknown): World {
  const isWorld = (x: unknown): x is World =>
    typeof x === 'object' &&
    x !== null &&
    'type' in x &&
    x.type === 'Topology' &&
    'objects' in x &&
    typeof x.objects === 'object' &&
    x.objects !== null &&
    'countries' in x.objects;
  if (!isWorld(json))
    throw new Error('world-atlas/countries-110m.json: not a topology of countries');
  return json;
}

export async function mapBackdropImage(): Promise<string> {
  const world = worldTopology((await import('world-atlas/countries-110m.json')).default);
  const countries = feature(world, world.objects.countries).features.filter(
    (f) => !LEFT_OUT.has(String(f.id)),
  );
  const path = geoPath(mapProjection());
  const sphere = path({ type: 'Sphere' }) ?? '';
  const graticule = path(geoGraticule10()) ?? '';
  const borders = countries.map((f) => path(f) ?? '').join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_SIZE.width}" height="${MAP_SIZE.height}" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}">` +
    `<path d="${sphere}" fill="${MAP.sea}" stroke="${MAP.coast}" stroke-width="1.5"/>` +
    `<path d="${graticule}" fill="none" stroke="${MAP.graticule}" stroke-width="0.8"/>` +
    `<path d="${borders}" fill="${MAP.land}" stroke="${MAP.border}" stroke-width="0.9" stroke-linejoin="round"/>` +
    `</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The map's own sources, for the footnote of an exported map. */
export const MAP_CREDIT =
  "Map: borders from Natural Earth (public domain); a node sits at its town (GeoNames gazetteer, CC BY 4.0) or its country's centroid, as its coordinates say.";
