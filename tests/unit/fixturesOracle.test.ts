// The repository tests against its own copies of the oracle fixtures, and picks up every fixture
// that ../shared/oracle adds or changes, without a change here.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORACLE_DIR, oracleFiles } from '../fixtures/oracle.ts';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'oracle-'));
  const own = join(root, 'own');
  const shared = join(root, 'shared');
  for (const dir of [own, join(own, 'v2'), shared, join(shared, 'v2')])
    mkdirSync(dir, { recursive: true });
  return { own, shared };
}

describe('oracle fixtures', () => {
  it('holds copies of the version-1 and version-2 fixtures and their README', () => {
    expect(oracleFiles(1, { own: ORACLE_DIR, shared: '/nonexistent' }).map((f) => f.name)).toEqual([
      'supply-123n-s3-cycle.json',
      'supply-15n-s1.json',
      'supply-34n-s2.json',
    ]);
    expect(oracleFiles(2, { own: ORACLE_DIR, shared: '/nonexistent' }).map((f) => f.name)).toEqual([
      'multi-25n-s21.json',
      'multi-40n-s22.json',
      'multi-90n-s23.json',
    ]);
    expect(readFileSync(join(ORACLE_DIR, 'README.md'), 'utf8')).toMatch(/Version 2/);
  });

  it('adds a fixture that only the shared folder holds, and a shared file that differs from its copy', () => {
    const dirs = folders();
    writeFileSync(join(dirs.own, 'v2', 'multi-1.json'), '{"a":1}');
    writeFileSync(join(dirs.shared, 'v2', 'multi-1.json'), '{"a":1}');
    writeFileSync(join(dirs.own, 'v2', 'multi-2.json'), '{"a":2}');
    writeFileSync(join(dirs.shared, 'v2', 'multi-2.json'), '{"a":3}');
    writeFileSync(join(dirs.shared, 'v2', 'multi-9.json'), '{"a":9}');
    writeFileSync(join(dirs.shared, 'v2', 'notes.json'), '{}');
    const files = oracleFiles(2, dirs);
    expect(files.map((f) => f.name)).toEqual([
      'multi-1.json',
      'multi-2.json',
      'shared/multi-2.json',
      'multi-9.json',
    ]);
    expect(files[0]?.path).toBe(join(dirs.own, 'v2', 'multi-1.json'));
    expect(files[3]?.path).toBe(join(dirs.shared, 'v2', 'multi-9.json'));
  });

  it('refuses to run on no fixture at all', () => {
    expect(() => oracleFiles(1, folders())).toThrow(/no version-1 oracle fixture/);
  });
});
