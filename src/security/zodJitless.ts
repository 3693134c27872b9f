// zod compiles fast validators with `new Function` when it may. The page's policy forbids eval,
// so zod is told not to try (trying alone is reported as a policy violation). Imported first by
// main.tsx: zod decides when a schema is created, which is when the schema modules load.
import { z } from 'zod';

z.config({ jitless: true });
