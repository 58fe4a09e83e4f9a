import { z } from 'zod';
import { gitContextSchema, isoTime, nameSchema } from './common.ts';

export const DEPLOYMENT_SCHEMA_VERSION = 1;

export const approvalSchema = z.object({
  user: z.string(),
  state: z.string(),
  comment: z.string().optional(),
  environments: z.array(z.string()),
});

export const deploymentRecordSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  kind: z.literal('deployment'),
  environment: nameSchema,
  seq: z.number().int().positive(),
  model: nameSchema,
  version: z.number().int().positive(),
  previousVersion: z.number().int().positive().nullable(),
  status: z.enum(['pending', 'in_progress', 'success', 'failure', 'error', 'inactive']),
  rollback: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
  actor: z.string().optional(),
  approvals: z.array(approvalSchema),
  githubDeploymentId: z.number().int().optional(),
  git: gitContextSchema,
  idempotencyKey: z.string().optional(),
});
export type DeploymentRecord = z.infer<typeof deploymentRecordSchema>;
