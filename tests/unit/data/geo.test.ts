import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.ts';

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
    [{ lat: '10', lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: expected number, got "10"'],
    [{ lon: 0, basis: 'plant' }, 'nodes[0].geo.lat: is missing (expected number)'],
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
