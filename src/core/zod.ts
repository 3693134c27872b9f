// zod, set up once for every module of ours that makes a schema. zod compiles fast validators
// with `new Function` when it may; the page's policy forbids eval, and even trying is reported as
// a policy violation. zod decides when a schema is created, so the setting must be made before
// any schema module runs, whichever chunk the bundler puts it in: every module imports z from
// here, never from 'zod' itself (tests/unit/repository/zodSetup.test.ts).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
