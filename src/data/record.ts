// The record of what end users reported in a year (data/record-2025.json): production halts,
// slowdowns and statements of no impact, each dated as its source dates it and quoting it. It
// sits beside the model's hindcast for comparison and is never read by the model: the dataset
// may not cite its reports (tests/unit/data/record2025.test.ts).
import { z } from '../core/zod.ts';
import { formatPath } from './errors.ts';
import { isPartialDate } from './schemaV4.ts';

export const RECORD_FORMAT = 'chokepoint-record';

const partialDate = z.string().refine(isPartialDate, {
  message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-05 or 2025-05-26)',
});

export const OUTCOMES = ['halt', 'slowdown', 'none'] as const;
export type ReportedOutcome = (typeof OUTCOMES)[number];

const recordSourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  url: z.url({
    protocol: /^https?$/,
    error: 'must be a web address starting with http:// or https://',
  }),
  /** news: the publisher's own report; relay: a page passing on another's report. */
  kind: z.enum(['news', 'relay', 'company-report', 'industry-report', 'official-text']),
});

export const recordEntrySchema = z
  .object({
    id: z.string().min(1),
    /** The dataset's end-user node the report is about. */
    endUser: z.string().min(1),
    /** halt: production stopped; slowdown: cut; none: said it was not affected. */
    outcome: z.enum(OUTCOMES, { error: `must be one of: ${OUTCOMES.join(', ')}` }),
    /** The firm, plant or sector, as the source names it. */
    who: z.string().min(1),
    /** When the outcome began and ended, as precisely as the source says (absent: not said). */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** When the source reported it. */
    reported: partialDate,
    /** The source's own words. */
    quote: z.string().min(1),
    source: recordSourceSchema,
  })
  .refine((e) => e.from === undefined || e.to === undefined || e.from <= e.to, {
    message: '"from" is after "to"',
    path: ['to'],
  })
  .refine((e) => e.outcome !== 'none' || (e.from === undefined && e.to === undefined), {
    message: 'an outcome of "none" is a statement dated by "reported"; it has no "from" or "to"',
    path: ['outcome'],
  });

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(1),
  year: z.number().int().min(1900).max(2100),
  title: z.string().min(1),
  /** Says what the record is for, and that it never feeds the model. */
  purpose: z.string().min(1),
  entries: z.array(recordEntrySchema),
});

export type Record2025 = z.infer<typeof recordSchema>;
export type RecordEntry = z.infer<typeof recordEntrySchema>;

export type RecordResult =
  | { readonly ok: true; readonly record: Record2025 }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Checks a record: its shape, unique ids, dates within its year, and (given the dataset's
 * end-user ids) that every entry names one of them. Messages say where and what.
 */
export function loadRecord(raw: unknown, endUsers?: ReadonlySet<string>): RecordResult {
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
    };
  }
  const record = parsed.data;
  const errors: string[] = [];
  const seen = new Set<string>();
  const inYear = (d: string | undefined) => d === undefined || d.startsWith(String(record.year));
  record.entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (seen.has(e.id)) errors.push(`${at}.id: duplicate entry id "${e.id}"`);
    seen.add(e.id);
    if (endUsers !== undefined && !endUsers.has(e.endUser)) {
      errors.push(`${at}.endUser: "${e.endUser}" is not an end user of the dataset`);
    }
    for (const key of ['from', 'to', 'reported'] as const) {
      if (!inYear(e[key])) {
        errors.push(`${at}.${key}: ${e[key] ?? ''} is not in the record's year ${record.year}`);
      }
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record };
}
