/**
 * The contract file's shape (YAML or JSON), as a zod schema. The published JSON Schema
 * (schemas/contract.schema.json) is generated from it, so editors complete contracts.
 *
 * Every rule takes a short form (`min: 0`) or a long form with options
 * (`min: { value: 0, exclusive: true, mostly: 0.99, severity: warning }`).
 * `mostly` has Great Expectations' meaning: the rule succeeds when the share of non-null values
 * that pass is at least `mostly`. Columns are non-nullable by default, as in Pandera.
 */
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'datetime'] as const;
export type ContractType = (typeof COLUMN_TYPES)[number];

const severity = z.enum(SEVERITIES).describe('error (default) fails the check; warning only reports it');
const mostly = z
  .number()
  .min(0)
  .max(1)
  .describe('Succeed when at least this share of the non-null values pass (Great Expectations `mostly`)');

/** Options every rule's long form takes. */
const ruleOptions = { severity: severity.optional(), mostly: mostly.optional() };

const bound = z.union([z.number(), z.string()]).describe('A number, or an ISO date/datetime for date columns');

const boundRule = z.union([
  bound,
  z.strictObject({
    value: bound,
    exclusive: z.boolean().optional().describe('true: the bound itself fails (default: inclusive)'),
    ...ruleOptions,
  }),
]);

const typeRule = z.union([z.enum(COLUMN_TYPES), z.strictObject({ is: z.enum(COLUMN_TYPES), ...ruleOptions })]);

const flagRule = z.union([z.boolean(), z.strictObject({ value: z.boolean(), ...ruleOptions })]);

const cell = z.union([z.string(), z.number(), z.boolean()]);
const inRule = z.union([z.array(cell).min(1), z.strictObject({ values: z.array(cell).min(1), ...ruleOptions })]);

const regexRule = z.union([
  z.string().min(1),
  z.strictObject({
    pattern: z.string().min(1),
    flags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
    ...ruleOptions,
  }),
]);

const lengthRule = z
  .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), ...ruleOptions })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'give min, max or both' });

export const columnContractSchema = z.strictObject({
  description: z.string().optional(),
  type: typeRule.optional().describe('integer, number, string, boolean, date (YYYY-MM-DD) or datetime (ISO 8601)'),
  required: z.boolean().optional().describe('The column must be present (default true)'),
  nullable: flagRule.optional().describe('Nulls allowed (default false, as Pandera)'),
  unique: flagRule.optional().describe('No value appears twice (keeps one entry per distinct value in memory)'),
  min: boundRule.optional(),
  max: boundRule.optional(),
  in: inRule.optional().describe('Allowed values'),
  regex: regexRule.optional().describe('JavaScript regular expression each value must match (use ^...$ to anchor)'),
  length: lengthRule.optional().describe('Length range of the text, in characters'),
  severity: severity.optional().describe("Default severity of this column's rules"),
  mostly: mostly.optional().describe("Default `mostly` of this column's rules"),
});

const rowsRule = z
  .strictObject({
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    severity: severity.optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'give min, max or both' });

const keyRule = z.union([
  z.array(z.string().min(1)).min(1),
  z.strictObject({ columns: z.array(z.string().min(1)).min(1), ...ruleOptions }),
]);

export const tableContractSchema = z.strictObject({
  rows: rowsRule.optional().describe('Row-count range (inclusive)'),
  strict: z.boolean().optional().describe('No columns beyond those listed (Pandera `strict`)'),
  exact: z.boolean().optional().describe('The columns are exactly those listed: strict, and every one present'),
  ordered: z.boolean().optional().describe('Listed columns appear in the listed order'),
  unique: z.array(keyRule).optional().describe('Compound unique keys: no two rows share all of these values'),
  severity: severity.optional().describe('Severity of the table rules'),
});

export const contractSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional().describe('Contract format version (1)'),
  description: z.string().optional(),
  table: tableContractSchema.optional(),
  columns: z.record(z.string().min(1), columnContractSchema).describe('Rules per column, by column name'),
});

export type Contract = z.infer<typeof contractSchema>;
export type ColumnContract = z.infer<typeof columnContractSchema>;
export type TableContract = z.infer<typeof tableContractSchema>;
