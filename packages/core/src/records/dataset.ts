import { z } from 'zod';
import { gitContextSchema, isoTime, nameSchema, storageRefSchema } from './common.ts';

export const DATASET_SCHEMA_VERSION = 1;
export const PROFILE_SCHEMA_VERSION = 1;

export const manifestFileSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative().optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const columnSchemaSchema = z.object({ name: z.string(), type: z.string() });

export const datasetVersionSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('dataset-version'),
  name: nameSchema,
  version: z.number().int().positive(),
  createdAt: isoTime,
  /** sha256 over the canonical manifest (files sorted by path). */
  datasetHash: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.array(manifestFileSchema),
  fileCount: z.number().int().nonnegative(),
  totalSize: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative().optional(),
  columns: z.array(columnSchemaSchema).optional(),
  storage: storageRefSchema,
  parent: z.number().int().positive().optional(),
  git: gitContextSchema,
  idempotencyKey: z.string().optional(),
});
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;

export const columnProfileSchema = z.looseObject({
  name: z.string(),
  type: z.string(),
  count: z.number().int().nonnegative(),
  nulls: z.number().int().nonnegative(),
  distinct: z.number().nonnegative().optional(),
  min: z.union([z.number(), z.string()]).nullable().optional(),
  max: z.union([z.number(), z.string()]).nullable().optional(),
  mean: z.number().nullable().optional(),
  std: z.number().nullable().optional(),
  /** Mergeable sketches (quantiles, frequent items); their format is owned by packages/stats. */
  sketch: z.unknown().optional(),
});

export const datasetProfileSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('dataset-profile'),
  name: nameSchema,
  version: z.number().int().positive(),
  rows: z.number().int().nonnegative(),
  columns: z.array(columnProfileSchema),
});
export type DatasetProfile = z.infer<typeof datasetProfileSchema>;
