import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, neutraliseCell, toCsv } from '../../../src/core/csv.ts';

const FORMULAS = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile/formulas.json', import.meta.url), 'utf8'),
) as string[];

const cells = (text: string) => Papa.parse<string[]>(text.trim(), { header: false }).data;

describe('toCsv', () => {
  it('neutralises every formula payload with a leading apostrophe, and keeps the text', () => {
    const text = toCsv(FORMULAS.map((f) => ({ id: f, label: f })));
    const rows = cells(text).slice(1);
    expect(rows).toHaveLength(FORMULAS.length);
    rows.forEach((row, i) => {
      for (const value of row) {
        expect(FORMULA_START.test(value), JSON.stringify(value)).toBe(false);
        expect(value).toBe(`'${FORMULAS[i]}`);
      }
    });
  });

  it('keeps numbers as numbers, negative ones included, and writes non-finite ones empty', () => {
    const text = toCsv([{ a: -3, b: 0.25, c: Number.NaN, d: Infinity, e: null, f: '-3' }]);
    expect(text).toBe("a,b,c,d,e,f\n-3,0.25,,,,'-3\n");
  });

  it('quotes commas, quotes and line breaks, and neutralises header names too', () => {
    expect(toCsv([{ '=x': 'a,"b"\nc' }])).toBe('\'=x\n"a,""b""\nc"\n');
    expect(neutraliseCell('plain')).toBe('plain');
  });

  it('writes the header alone when there are no rows and the columns are given', () => {
    expect(toCsv([], ['id', 'label'])).toBe('id,label\n');
    expect(toCsv([])).toBe('');
  });
});
