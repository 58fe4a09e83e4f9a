import { z } from 'zod';
import { gitContextSchema, isoTime, nameSchema } from './common.ts';

export const DRIFT_SCHEMA_VERSION = 1;

export const driftSummarySchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('drift-summary'),
  id: z.string().min(1),
  dataset: nameSchema,
  createdAt: isoTime,
  reference: z.string(),
  current: z.string(),
  columns: z.number().int().nonnegative(),
  drifted: z.array(z.string()),
  share: z.number().min(0).max(1),
  threshold: z.number(),
  drift: z.boolean(),
  reportUrl: z.string().optional(),
  git: gitContextSchema,
});
export type DriftSummary = z.infer<typeof driftSummarySchema>;
