import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/analyzeArgs.ts';

describe('parseArgs', () => {
  it('turns flags into interventions, in order, remembering each flag', () => {
    const parsed = parseArgs([
      'data.json',
      '--remove',
      'pro1',
      '--factor=mag2=0.3',
      '--block-country',
      'CN',
      '--block-route',
      'CN>US=0.2',
      '--block-route=AU>JP',
      '--block-edge',
      'min0>pro1',
      '--preset=april-2025',
      '--sweep',
      '--format',
      'csv',
      '--samples=250',
      '--seed',
      '9',
    ]);
    expect(parsed).toEqual({
      ok: true,
      help: false,
      options: {
        files: ['data.json'],
        interventions: [
          { type: 'remove-node', node: 'pro1' },
          { type: 'scale-capacity', node: 'mag2', factor: 0.3 },
          { type: 'block-country', country: 'CN' },
          { type: 'block-route', from: 'CN', to: 'US', factor: 0.2 },
          { type: 'block-route', from: 'AU', to: 'JP' },
          { type: 'block-edge', source: 'min0', target: 'pro1' },
        ],
        flags: [
          '--remove pro1',
          '--factor mag2=0.3',
          '--block-country CN',
          '--block-route CN>US=0.2',
          '--block-route AU>JP',
          '--block-edge min0>pro1',
        ],
        presets: ['april-2025'],
        sweep: true,
        format: 'csv',
        samples: 250,
        seed: 9,
      },
    });
  });

  it('defaults to JSON with no scenario', () => {
    expect(parseArgs(['x.json'])).toMatchObject({
      ok: true,
      options: { interventions: [], sweep: false, format: 'json', samples: 1000, seed: 1 },
    });
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
  });

  it.each([
    [['x.json', '--samples', '-3'], '--samples must be a whole number ≥ 0, not "-3"'],
    [['x.json', '--seed=1.5'], '--seed must be a whole number ≥ 0, not "1.5"'],
    [['x.json', '--frobnicate'], 'unknown option "--frobnicate"'],
    [['x.json', '--remove'], '--remove needs a value'],
    [['x.json', '--factor', 'pro1'], '--factor pro1: expected ID=F with F a number ≥ 0'],
    [
      ['x.json', '--factor', 'pro1=-2'],
      '--factor pro1=-2: expected ID=F with F a number ≥ 0 ("-2" is not a plain number)',
    ],
    [
      ['x.json', '--block-country', 'China'],
      '--block-country China: expected a two-letter country code such as CN',
    ],
    [
      ['x.json', '--block-route', 'CN-US'],
      '--block-route CN-US: expected CC>CC or CC>CC=F, such as CN>US=0.2',
    ],
    [
      ['x.json', '--block-route', 'CN>US=2'],
      '--block-route CN>US=2: the factor must be between 0 and 1 (2 is outside 0–1)',
    ],
    [['x.json', '--format', 'xml'], '--format must be json or csv, not "xml"'],
    [[], 'no dataset file given (try --help)'],
  ])('refuses %j with one clear message', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
