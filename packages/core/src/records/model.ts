import { z } from 'zod';
import { datasetRefSchema, gitContextSchema, isoTime, nameSchema, storageRefSchema } from './common.ts';

export const MODEL_SCHEMA_VERSION = 1;
export const ALIAS_SCHEMA_VERSION = 1;

/** MLflow reserves these alias names; so do we. */
export const RESERVED_ALIASES = ['latest'] as const;
export const ALIAS_PATTERN = /^(?!v\d+$)[a-z][a-z0-9_-]{0,62}$/;
export const aliasSchema = z
  .string()
  .regex(ALIAS_PATTERN, 'aliases are lower-case letters, digits, "_" or "-", and may not look like a version ("v3")')
  .refine((a) => !(RESERVED_ALIASES as readonly string[]).includes(a), '"latest" is reserved');

export const modelArtifactSchema = z.object({
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  storage: storageRefSchema,
});

export const modelVersionSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('model-version'),
  name: nameSchema,
  version: z.number().int().positive(),
  createdAt: isoTime,
  artifacts: z.array(modelArtifactSchema),
  lineage: z.looseObject({
    runId: z.string().optional(),
    experiment: z.string().optional(),
    datasets: z.array(datasetRefSchema),
    commit: z.string().optional(),
    ref: z.string().optional(),
  }),
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  signature: z.unknown().optional(),
  description: z.string().optional(),
  tags: z.record(z.string(), z.string()),
  git: gitContextSchema,
  idempotencyKey: z.string().optional(),
});
export type ModelVersion = z.infer<typeof modelVersionSchema>;

/** One move of an alias; the full history of an alias is the list of its moves. */
export const aliasMoveSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('alias-move'),
  model: nameSchema,
  alias: aliasSchema,
  seq: z.number().int().positive(),
  /** null when the alias was removed. */
  version: z.number().int().positive().nullable(),
  previous: z.number().int().positive().nullable(),
  at: isoTime,
  by: z.string().optional(),
  reason: z.string().optional(),
  git: gitContextSchema,
});
export type AliasMove = z.infer<typeof aliasMoveSchema>;
