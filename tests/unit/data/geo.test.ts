import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadDataset, loadDatasetText } from '../../../src/data/loadDataset.ts';
import { countryName } from '../../../src/core/countries.ts';

const withGeo = (geo: Record<string, unknown> | undefined) => ({
  schemaVersion: 3,
  nodes: [
    { id: 'mine', stage: 'mine', country: 'AU', production: 10, ...(geo && { geo }) },
    { id: 'user', stage: 'end-user', country: 'JP' },
  ],
  edges: [{ source: 'mine', target: 'user', material: 'ore', flow: 10 }],
  sources: [{ id: 'gaz', title: 'A gazetteer', year: 2025 }],
});

describe('node coordinates (geo)', () => {
  it('loads a node with coordinates and their basis, and one without', () => {
    const loaded = loadDataset(
      withGeo({ lat: -28.6, lon: 122.4, basis: 'town', place: 'Laverton', sources: ['gaz'] }),
    );
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.dataset.nodes[0]?.geo).toEqual({
      lat: -28.6,
      lon: 122.4,
      basis: 'town',
      place: 'Laverton',
      sources: ['gaz'],
    });
    expect(loaded.dataset.nodes[1]?.geo).toBeUndefined();
  });

  it.each([
    [{ lat: 91, lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: must be ≤ 90, got 91'],
    [{ lat: -90.5, lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: must be ≥ -90, got -90.5'],
    [{ lat: 10, lon: 181, basis: 'plant' }, 'nodes[0].geo.lon: must be ≤ 180, got 181'],
    [{ lat: 10, lon: -200, basis: 'plant' }, 'nodes[0].geo.lon: must be ≥ -180, got -200'],
    [{ lat: '10', lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: must be a number, got "10"'],
    [{ lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: is missing: it must be a number'],
  ])('refuses %j, saying where and what', (geo, message) => {
    expect(loadDataset(withGeo(geo))).toEqual({ ok: false, errors: [message] });
  });

  it('refuses a basis it does not know, listing the ones it does', () => {
    const loaded = loadDataset(withGeo({ lat: 1, lon: 2, basis: 'guess' }));
    expect(loaded).toEqual({
      ok: false,
      errors: ['nodes[0].geo.basis: "guess" is not one of plant, town, country-centroid'],
    });
  });

  it('refuses coordinates that cite a source the file does not have', () => {
    const loaded = loadDataset(withGeo({ lat: 1, lon: 2, basis: 'plant', sources: ['nope'] }));
    expect(loaded).toEqual({
      ok: false,
      errors: ['nodes[0].geo.sources[0]: unknown source "nope"'],
    });
  });
});

describe('the bundled dataset on the map', () => {
  const text = readFileSync(join(__dirname, '../../../data/rare-earths.json'), 'utf8');
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const { nodes } = loaded.dataset;
  const world = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(world, world.objects.countries).features;

  it('places every node except outside demand, which it leaves off the map', () => {
    expect(nodes.filter((n) => n.geo === undefined).map((n) => n.id)).toEqual(
      nodes.filter((n) => n.outside === true).map((n) => n.id),
    );
  });

  it.each(nodes.filter((n) => n.geo !== undefined).map((n) => [n.id, n] as const))(
    '%s lies inside its country in Natural Earth',
    (_, n) => {
      const name = n.country === 'US' ? 'United States of America' : countryName(n.country);
      const country = countries.find((f) => f.properties.name === name.replace(' (Burma)', ''));
      expect(country, name).toBeDefined();
      // Within 0.05° (about 5 km): Narva is on the border river, which 1:50m generalises.
      const { lon, lat } = n.geo!;
      const near = [0, 0.05, -0.05].flatMap((dx) =>
        [0, 0.05, -0.05].map((dy): [number, number] => [lon + dx, lat + dy]),
      );
      if (n.geo!.basis === 'country-centroid') expect(geoContains(country!, [lon, lat])).toBe(true);
      else expect(near.some((p) => geoContains(country!, p))).toBe(true);
    },
  );

  it('says what each point rests on: a town cites the gazetteer, a centroid Natural Earth', () => {
    for (const n of nodes) {
      if (n.geo === undefined) continue;
      const cite = n.geo.basis === 'town' ? 'geonames-cities' : 'natural-earth-admin0';
      expect(n.geo.sources, n.id).toContain(cite);
    }
    expect(nodes.filter((n) => n.geo?.basis === 'town').map((n) => n.geo?.place)).toEqual([
      'Kuantan',
      'Sillamäe',
      'Aluva',
      'Hanau am Main',
      'San Marcos',
      'Fort Worth',
      'Sumter',
      'Narva',
    ]);
  });
});
