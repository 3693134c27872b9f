// Every schema of ours is made by the zod that src/core/zod.ts sets up without `new Function`:
// a module that took z from 'zod' itself could be run, in a chunk of the build, before that
// setting, and its schemas would try eval (a policy violation in the page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('zod setup', () => {
  it("no module but src/core/zod.ts takes a value from 'zod' itself", () => {
    const found = sources('src').filter(
      (path) =>
        path !== join('src', 'core', 'zod.ts') &&
        /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
