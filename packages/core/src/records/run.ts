import { z } from 'zod';
import { datasetRefSchema, gitContextSchema, isoTime, nameSchema } from './common.ts';

export const RUN_SCHEMA_VERSION = 1;

/** MLflow's key rule: <= 250 characters of word characters, "/", ".", "-" and space. */
export const METRIC_KEY_PATTERN = /^[/\w.\- ]{1,250}$/;

export const metricPointSchema = z.object({
  step: z.number().int().nonnegative(),
  value: z.number().nullable(), // null for NaN/Infinity, which JSON cannot hold
  timestamp: z.number().int().nonnegative().optional(),
});

export const gateResultSchema = z.object({
  rule: z.string(),
  metric: z.string(),
  passed: z.boolean(),
  actual: z.union([z.number(), z.string(), z.null()]),
  expected: z.number().nullable(),
  reason: z.string(),
});

export const runRecordSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('run'),
  id: z.string().min(1),
  experiment: nameSchema,
  name: z.string().optional(),
  status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
  startTime: isoTime,
  endTime: isoTime.optional(),
  /** Params are strings, as in MLflow (value <= 6000 chars). */
  params: z.record(z.string(), z.string().max(6000)),
  /** Latest value per metric; non-numeric values are kept as strings, shown but not compared. */
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  metricHistory: z.record(z.string(), z.array(metricPointSchema)).optional(),
  tags: z.record(z.string(), z.string().max(8000)),
  datasets: z.array(datasetRefSchema),
  git: gitContextSchema,
  environment: z.record(z.string(), z.string()).optional(),
  gates: z.array(gateResultSchema).optional(),
  /** Same key => same record (a re-run of the same job attempt updates, never duplicates). */
  idempotencyKey: z.string().optional(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;
