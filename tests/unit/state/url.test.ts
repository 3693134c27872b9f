import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentToSearch, searchToDocument, type UrlContext } from '../../../src/state/url.ts';
import { DEFAULT_VIEW, type AppDocument } from '../../../src/state/document.ts';
import type { Intervention } from '../../../src/core/scenario.ts';

const ctx: UrlContext = {
  nodeIds: new Set(['cn-processing', 'a:b,c', 'lynas', 'eu-auto', 'odd %id']),
  edgeCount: 10,
  countries: new Set(['CN', 'US', 'NL']),
  materials: new Set(['NdFeB magnets', 'ore, concentrate']),
  measures: new Set(['chokepoint', 'pagerank']),
};

const roundTrip = (doc: AppDocument) => searchToDocument(documentToSearch(doc), ctx);

describe('URL codec', () => {
  it('writes nothing for the default document', () => {
    expect(documentToSearch({ scenario: [], view: DEFAULT_VIEW })).toBe('');
  });

  it('reads back a full document exactly', () => {
    const doc: AppDocument = {
      scenario: [
        { intervention: { type: 'remove-node', node: 'cn-processing' }, enabled: true },
        { intervention: { type: 'scale-capacity', node: 'a:b,c', factor: 0.3 }, enabled: false },
        { intervention: { type: 'block-country', country: 'CN' }, enabled: true },
        {
          intervention: {
            type: 'block-route',
            from: 'CN',
            to: 'US',
            factor: 0.18,
            material: 'NdFeB magnets',
          },
          enabled: true,
        },
        {
          intervention: {
            type: 'block-edge',
            source: 'lynas',
            target: 'odd %id',
            material: undefined,
          },
          enabled: true,
        },
      ],
      view: {
        selection: { type: 'node', id: 'a:b,c' },
        colourBy: 'country',
        sizeBy: 'pagerank',
        layout: 'organic',
        filters: {
          stages: ['mine', 'end-user'],
          countries: ['CN'],
          materials: ['ore, concentrate'],
        },
        focus: { node: 'eu-auto', direction: 'upstream' },
      },
    };
    const back = roundTrip(doc);
    expect(back.notices).toEqual([]);
    expect(back.document).toEqual(doc);
  });

  it('keeps the map view in the link', () => {
    const doc = { scenario: [], view: { ...DEFAULT_VIEW, layout: 'map' as const } };
    expect(documentToSearch(doc)).toBe('?layout=map');
    expect(roundTrip(doc)).toEqual({ document: doc, notices: [] });
  });

  it('round-trips any scenario built from dataset ids', () => {
    const node = fc.constantFrom(...ctx.nodeIds);
    const country = fc.constantFrom(...ctx.countries);
    const factor = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const intervention: fc.Arbitrary<Intervention> = fc.oneof(
      node.map((n) => ({ type: 'remove-node' as const, node: n })),
      fc.record({ type: fc.constant('scale-capacity' as const), node, factor }),
      country.map((c) => ({ type: 'block-country' as const, country: c })),
      fc.record({
        type: fc.constant('block-route' as const),
        from: country,
        to: country,
        factor,
        material: fc.constantFrom(...ctx.materials),
      }),
    );
    fc.assert(
      fc.property(
        // A link holds each intervention once (a repeat is merged, with a notice).
        fc.uniqueArray(fc.record({ intervention, enabled: fc.boolean() }), {
          maxLength: 6,
          selector: (e) => JSON.stringify(e.intervention),
        }),
        (scenario) => {
          const back = roundTrip({ scenario, view: DEFAULT_VIEW });
          expect(back.notices).toEqual([]);
          expect(back.document.scenario).toEqual(scenario);
        },
      ),
    );
  });

  it('ignores a hostile or malformed URL with notices, never throwing', () => {
    const nasty = [
      '?do=remove:nope&do=cut:lynas:-7&do=%E0%A4%A&sel=node:%3Cscript%3E&size=__proto__&color=red',
      '?do=' + 'x'.repeat(10_000),
      '?focus=sideways:lynas&stages=smelter&countries=ZZ&layout=constructor',
      '?do=route:CN&do=route:CN>MARS&do=country:XX&sel=edge:99&sel=edge:-1',
      '%%%%',
    ];
    for (const search of nasty) {
      const parsed = searchToDocument(search, ctx);
      expect(parsed.document.scenario).toEqual([]);
      expect(parsed.document.view.sizeBy).toBe(DEFAULT_VIEW.sizeBy);
      expect(parsed.document.view.colourBy).toBe('stage');
    }
    const first = searchToDocument(nasty[0]!, ctx);
    expect(first.notices).toContain('ignored intervention "remove:nope": unknown node "nope"');
    expect(first.notices).toContain(
      'ignored size="__proto__": expected one of none, chokepoint, pagerank',
    );
  });

  it('reads a capacity raise (factor above 1) as the command line and scenario files do', () => {
    const parsed = searchToDocument('?do=cut:cn-processing:1.5&do=cut:lynas:-1', ctx);
    expect(parsed.document.scenario).toEqual([
      {
        intervention: { type: 'scale-capacity', node: 'cn-processing', factor: 1.5 },
        enabled: true,
      },
    ]);
    expect(parsed.notices).toEqual([
      'ignored intervention "cut:lynas:-1": capacity factor must be a number ≥ 0, got "-1" ("-1" is not a plain number)',
    ]);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        searchToDocument(s, ctx);
        searchToDocument(`?do=${s}&sel=${s}&focus=${s}`, ctx);
      }),
    );
  });
});
