import { z } from 'zod';

/** Names of experiments, datasets, models and environments: safe as one path segment. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const nameSchema = z
  .string()
  .regex(NAME_PATTERN, 'use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit');

export const isoTime = z.iso.datetime({ offset: true });

/** Git and CI context, captured when a record is written. */
export const gitContextSchema = z.looseObject({
  sha: z.string().optional(),
  ref: z.string().optional(),
  baseRef: z.string().optional(),
  pullRequest: z.number().int().positive().optional(),
  repository: z.string().optional(),
  actor: z.string().optional(),
  workflow: z.string().optional(),
  job: z.string().optional(),
  runId: z.string().optional(),
  runAttempt: z.string().optional(),
  runUrl: z.string().optional(),
  eventName: z.string().optional(),
});
export type GitContext = z.infer<typeof gitContextSchema>;

export const datasetRefSchema = z.object({
  name: nameSchema,
  version: z.number().int().positive(),
});
export type DatasetRef = z.infer<typeof datasetRefSchema>;

/** Where a large object lives: a GitHub release asset or a file in a local directory. */
export const storageRefSchema = z.looseObject({
  backend: z.enum(['release', 'local']),
  /** release: "owner/repo@tag"; local: the directory. */
  location: z.string().min(1),
  /** For objects split into parts (release assets are limited to 2 GiB each). */
  parts: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().int().nonnegative() })).optional(),
});
export type StorageRef = z.infer<typeof storageRefSchema>;
