import type { z } from 'zod';
import { UserError } from '../errors.ts';
import {
  DATASET_SCHEMA_VERSION,
  datasetProfileSchema,
  datasetVersionSchema,
  PROFILE_SCHEMA_VERSION,
} from './dataset.ts';
import { DEPLOYMENT_SCHEMA_VERSION, deploymentRecordSchema } from './deployment.ts';
import { DRIFT_SCHEMA_VERSION, driftSummarySchema } from './drift.ts';
import { ALIAS_SCHEMA_VERSION, aliasMoveSchema, MODEL_SCHEMA_VERSION, modelVersionSchema } from './model.ts';
import { RUN_SCHEMA_VERSION, runRecordSchema } from './run.ts';

export const RECORD_KINDS = {
  run: { schema: runRecordSchema, version: RUN_SCHEMA_VERSION },
  'dataset-version': { schema: datasetVersionSchema, version: DATASET_SCHEMA_VERSION },
  'dataset-profile': { schema: datasetProfileSchema, version: PROFILE_SCHEMA_VERSION },
  'model-version': { schema: modelVersionSchema, version: MODEL_SCHEMA_VERSION },
  'alias-move': { schema: aliasMoveSchema, version: ALIAS_SCHEMA_VERSION },
  deployment: { schema: deploymentRecordSchema, version: DEPLOYMENT_SCHEMA_VERSION },
  'drift-summary': { schema: driftSummarySchema, version: DRIFT_SCHEMA_VERSION },
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_KINDS)[K]['schema']>;

/** A record that is not valid for its kind: callers skip it with a warning naming `path`. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly path: string;
  constructor(path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.path = path;
  }
}

/** A record written by a newer Cairn: this one must not guess at it. */
export class NewerSchemaError extends UserError {
  constructor(path: string, found: number, supported: number) {
    super(
      `${path} was written with schemaVersion ${found}, but this Cairn reads up to ${supported}: upgrade Cairn (the actions' @ref or the cairn CLI) to read it`,
    );
  }
}

/**
 * Parses a record of the given kind. Throws NewerSchemaError for future schema versions
 * (a clear "upgrade" message) and InvalidRecordError for anything else that does not fit.
 */
export function parseRecord<K extends RecordKind>(kind: K, value: unknown, path: string): RecordOf<K> {
  const { schema, version } = RECORD_KINDS[kind];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidRecordError(path, 'not a JSON object');
  }
  const found = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof found === 'number' && Number.isInteger(found) && found > version) {
    throw new NewerSchemaError(path, found, version);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(record)';
    throw new InvalidRecordError(path, `not a valid ${kind} record: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data as RecordOf<K>;
}

/** Parses JSON text first; syntax errors become InvalidRecordError. */
export function parseRecordText<K extends RecordKind>(kind: K, text: string, path: string): RecordOf<K> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRecordError(path, `not valid JSON (${(error as Error).message})`);
  }
  return parseRecord(kind, value, path);
}
