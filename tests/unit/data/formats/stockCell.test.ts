// A node's stock in one table cell: "material:tonnes; …", or JSON when a figure has its own
// sources, with the place of what is wrong when it cannot be read.
import { describe, expect, it } from 'vitest';
import { readStock } from '../../../../src/data/formats/cells.ts';

describe('readStock', () => {
  it('reads the short form', () => {
    expect(readStock('NdPr oxide:133.7; Dy:2')).toEqual({
      ok: true,
      stock: { 'NdPr oxide': 133.7, Dy: 2 },
    });
  });

  it('keeps the year, sources and estimate of a figure written as JSON', () => {
    const cell = '{"Dy":{"tonnes":2,"year":2024,"sources":["usgs-2025"]},"Tb":0.5}';
    expect(readStock(cell)).toEqual({
      ok: true,
      stock: { Dy: { tonnes: 2, year: 2024, sources: ['usgs-2025'] }, Tb: 0.5 },
    });
  });

  it('says where a JSON stock is wrong', () => {
    const bad = readStock('{"Dy":{"tonnes":-2}}');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/^stock "Dy/);
    const broken = readStock('{"Dy": ');
    expect(!broken.ok && broken.reason).toMatch(/^stock is not valid JSON/);
    expect(readStock('Dy=2')).toEqual({
      ok: false,
      reason: 'stock "Dy=2" is not "material:tonnes"',
    });
  });
});
