// zod without `new Function`, which the page's policy forbids (src/core/zod.ts says why and
// how). Imported first by main.tsx and by every worker's entry, so the setting is made before
// anything else runs there too.
import '../core/zod.ts';
