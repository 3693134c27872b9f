// The time flags of `npm run analyze` (--from, --to, --events, --hindcast, --sweep-survive): what
// they parse to, and every mistake a user can make with a day, refused with exit code 2, one line
// on stderr naming the flag and the value, and nothing on stdout.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/analyzeArgs.ts';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';

const FILE = 'data/rare-earths.json';

const error = (argv: readonly string[]) => {
  const parsed = parseArgs(argv);
  return parsed.ok ? null : parsed.error;
};

describe('--from and --to', () => {
  it('parse to the period, with --events and a scenario beside them', () => {
    const parsed = parseArgs([
      FILE,
      '--from',
      '2025-04-04',
      '--to=2025-12-31',
      '--events',
      '--preset',
      'april-2025-controls',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        from: '2025-04-04',
        to: '2025-12-31',
        events: true,
        presets: ['april-2025-controls'],
      },
    });
    // Without them, the options say nothing of a period.
    const plain = parseArgs([FILE]);
    expect(plain.ok && !plain.help && 'from' in plain.options).toBe(false);
  });

  it.each([
    [
      ['--from', '2025-4-4', '--to', '2025-05-01'],
      '--from needs a day written YYYY-MM-DD (such as 2025-04-04), not "2025-4-4"',
    ],
    [['--from', '2025-02-30', '--to', '2025-05-01'], '--from 2025-02-30: there is no such day'],
    [['--from', '2025-01-01', '--to', '2025-13-01'], '--to 2025-13-01: there is no such day'],
    [
      ['--from', '2025-01-01', '--to', 'tomorrow'],
      '--to needs a day written YYYY-MM-DD (such as 2025-04-04), not "tomorrow"',
    ],
    [['--from', '2025-05-01', '--to', '2025-04-30'], '--to 2025-04-30 is before --from 2025-05-01'],
    [['--from', '2025-05-01'], '--from needs --to (the last day of the period, YYYY-MM-DD)'],
    [['--to', '2025-05-01'], '--to needs --from (the first day of the period, YYYY-MM-DD)'],
    [['--events'], '--events needs a period: --from YYYY-MM-DD --to YYYY-MM-DD'],
    [
      ['--from', '2000-01-01', '--to', '2030-12-31'],
      '--from 2000-01-01 --to 2030-12-31: a period may span at most 10 years',
    ],
    [
      ['--from', '2025-01-01', '--to', '2025-02-01', '--sweep'],
      '--from/--to reports a period; it cannot be used with --sweep',
    ],
    [
      ['--from', '2025-01-01', '--to', '2025-02-01', '--period', '2025-01'],
      '--from/--to reports a period; it cannot be used with --period',
    ],
  ])('%j is refused: %s', (args, message) => {
    expect(error([FILE, ...args])).toBe(message);
  });

  it('a bad day is exit code 2, one line on stderr, nothing on stdout', async () => {
    const result = await runAnalyze([FILE, '--from', '2025-02-29', '--to', '2025-03-01']);
    expect(result).toEqual({
      stdout: '',
      stderr: 'analyze: --from 2025-02-29: there is no such day\n',
      code: 2,
    });
    const backwards = await runAnalyze([FILE, '--from', '2025-03-01', '--to', '2025-02-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stdout).toBe('');
    expect(backwards.stderr).toBe('analyze: --to 2025-02-01 is before --from 2025-03-01\n');
  });

  it('a leap day is a day', () => {
    expect(error([FILE, '--from', '2024-02-29', '--to', '2024-03-01'])).toBeNull();
  });
});

describe('--hindcast', () => {
  it('parses a year and draws a modest number of times unless --samples says', () => {
    expect(parseArgs([FILE, '--hindcast', '2025'])).toMatchObject({
      ok: true,
      options: { hindcast: 2025, samples: 20 },
    });
    expect(parseArgs([FILE, '--hindcast', '2025', '--samples', '5'])).toMatchObject({
      ok: true,
      options: { hindcast: 2025, samples: 5 },
    });
    // The one-scenario report keeps its thousand draws.
    expect(parseArgs([FILE])).toMatchObject({ ok: true, options: { samples: 1000 } });
  });

  it.each([
    [['--hindcast', '25'], '--hindcast needs a year such as 2025, not "25"'],
    [['--hindcast', '2025-01'], '--hindcast needs a year such as 2025, not "2025-01"'],
    [
      ['--hindcast', '2025', '--from', '2025-01-01', '--to', '2025-02-01'],
      "--hindcast runs the year from the baseline with the dataset's events; it cannot be used with --from",
    ],
    [
      ['--hindcast', '2025', '--preset', 'x'],
      "--hindcast runs the year from the baseline with the dataset's events; it cannot be used with --preset",
    ],
    [
      ['--hindcast', '2025', '--remove', 'x'],
      "--hindcast runs the year from the baseline with the dataset's events; it cannot be used with --remove",
    ],
    [
      ['--hindcast', '2025', '--sweep'],
      "--hindcast runs the year from the baseline with the dataset's events; it cannot be used with --sweep",
    ],
  ])('%j is refused: %s', (args, message) => {
    expect(error([FILE, ...args])).toBe(message);
  });
});

describe('--sweep-survive', () => {
  it('parses, and refuses a scenario (each node is removed from the baseline)', () => {
    expect(parseArgs([FILE, '--sweep-survive', '--format', 'csv'])).toMatchObject({
      ok: true,
      options: { sweepSurvive: true, format: 'csv' },
    });
    expect(error([FILE, '--sweep-survive', '--preset', 'x'])).toBe(
      '--sweep-survive removes each node from the baseline in turn; it cannot be used with --preset',
    );
    expect(error([FILE, '--sweep-survive', '--from', '2025-01-01', '--to', '2025-01-02'])).toBe(
      '--sweep-survive removes each node from the baseline in turn; it cannot be used with --from',
    );
  });
});
