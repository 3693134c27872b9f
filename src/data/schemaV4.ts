// Model v4's shapes (recipes, ramps, dated events) and the small checks every figure's schema
// shares (a date as precise as it is known; an estimate needs a note). Kept apart from schema.ts
// so that file stays the map of the format; schema.ts re-exports all of it.
import { z } from '../core/zod.ts';
import { interventionSchema } from '../core/interventions/index.ts';
import {
  estimateSchema,
  fraction,
  nonNegative,
  positiveFactor,
  sourceIds,
  year,
} from './schemaV1.ts';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date as precise as it is known: "2025", "2025-04" or "2025-04-04". */
export function isPartialDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const needsNote = (e: {
  estimate?: unknown;
  capacityEstimate?: unknown;
  notes?: string | undefined;
}) =>
  (e.estimate === undefined && e.capacityEstimate === undefined) || (e.notes?.trim() ?? '') !== '';
export const estimateNote = {
  message: 'an estimate needs a note saying how it was derived',
  path: ['notes'],
};

/** A day, "2025-04-04". */
export const dayDate = z.string().refine((t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && isPartialDate(t), {
  message: 'not a day (YYYY-MM-DD, e.g. 2025-04-04)',
});

/**
 * Model v4: one way a converter makes one of its output materials. `inputs` are tonnes of each
 * input material per tonne of `output`; `share` is the recipe's part of the converter's baseline
 * output of `output` (the shares of one output add up to 1); `maxShare` the most of that output
 * the converter can make this way once `leadDays` have passed since a shock began (absent: the
 * baseline share, no switch). In the immediate shock nothing switches.
 */
export const recipeSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1).optional(),
    output: z.string().min(1),
    inputs: z.record(z.string().min(1), positiveFactor),
    share: fraction.refine((v) => v > 0, {
      message: 'a recipe needs a baseline share above 0',
    }),
    maxShare: fraction.optional(),
    leadDays: nonNegative.optional(),
    year: year.optional(),
    sources: sourceIds.optional(),
    estimate: estimateSchema.optional(),
    notes: z.string().optional(),
  })
  .refine(needsNote, estimateNote)
  .refine((r) => r.maxShare === undefined || r.maxShare >= r.share, {
    message: 'maxShare must not be below share',
    path: ['maxShare'],
  });

/** Model v4: capacity that changes from a day on (a plant's ramp, a quota raised). */
export const rampSchema = z
  .object({
    from: dayDate,
    capacity: nonNegative,
    year,
    sources: sourceIds.min(1),
    estimate: estimateSchema.optional(),
    notes: z.string().optional(),
  })
  .refine(needsNote, estimateNote);

/** Model v4: interventions in force from one day to another (`to` absent: still in force). */
export const eventSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    from: dayDate,
    to: dayDate.optional(),
    interventions: z.array(interventionSchema),
    sources: sourceIds.min(1),
    notes: z.string().optional(),
  })
  .refine((e) => e.to === undefined || e.to >= e.from, {
    message: 'to must not be before from',
    path: ['to'],
  });
