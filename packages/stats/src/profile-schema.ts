/**
 * The stored form of a column profile: a zod schema to read one back from the metadata branch
 * (parsed JSON is unknown until this says otherwise), and the `dataset-profile` column entry
 * (`@cairn/core` columnProfileSchema) that carries it in its `sketch` field.
 */
import { UserError } from '@cairn/core';
import { z } from 'zod';
import { type ColumnProfile, PROFILE_FORMAT } from './profile.ts';

const count = z.number().int().nonnegative();

const storeSchema = z.object({
  offset: z.number().int(),
  counts: z.array(count),
  collapsed: z.boolean(),
});

const sketchSchema = z.object({
  format: z.literal('cairn-ddsketch-1'),
  alpha: z.number().gt(0).lt(1),
  maxBuckets: z.number().int().min(2),
  zeros: count,
  positive: storeSchema,
  negative: storeSchema,
});

const numericSchema = z.object({
  format: z.literal(PROFILE_FORMAT),
  type: z.literal('numeric'),
  count,
  nulls: count,
  infinite: count,
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  std: z.number().nullable(),
  moments: z.object({
    n: count,
    mean: z.number(),
    m2: z.number(),
    meanAbs: z.number(),
    min: z.number(),
    max: z.number(),
  }),
  sketch: sketchSchema,
  values: z.array(z.number()).nullable(),
  distinct: z.array(z.tuple([z.number(), count])).nullable(),
});

const categoricalSchema = z.object({
  format: z.literal(PROFILE_FORMAT),
  type: z.literal('categorical'),
  count,
  nulls: count,
  counts: z.array(z.tuple([z.string(), count])),
  other: count,
  truncated: z.boolean(),
  categoryCap: z.number().int().positive(),
});

export const columnProfileFormatSchema = z.discriminatedUnion('type', [numericSchema, categoricalSchema]);

/** Reads a stored profile; `where` names its origin (file, record, column) in the error. */
export function parseColumnProfile(value: unknown, where: string): ColumnProfile {
  const parsed = columnProfileFormatSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new UserError(
      `${where}: not a ${PROFILE_FORMAT} column profile (at ${path}: ${issue?.message ?? 'invalid'}); ` +
        'rebuild the reference profile with this version of cairn.',
    );
  }
  return parsed.data as ColumnProfile;
}

/** The `dataset-profile` record entry for one column (core columnProfileSchema), profile in `sketch`. */
export function columnProfileEntry(name: string, profile: ColumnProfile) {
  if (profile.type === 'numeric') {
    return {
      name,
      type: profile.type,
      count: profile.count,
      nulls: profile.nulls,
      ...(profile.distinct === null ? {} : { distinct: profile.distinct.length }),
      min: profile.min,
      max: profile.max,
      mean: profile.mean,
      std: profile.std,
      sketch: profile,
    };
  }
  return {
    name,
    type: profile.type,
    count: profile.count,
    nulls: profile.nulls,
    ...(profile.truncated ? {} : { distinct: profile.counts.length }),
    sketch: profile,
  };
}
