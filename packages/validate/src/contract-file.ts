/**
 * Reading and writing contract files. YAML and JSON are both accepted (JSON is YAML, but a `.json`
 * file is parsed as JSON so its errors name JSON positions). Parsed text stays `unknown` until the
 * zod schema accepts it; every problem names the file and the path inside it.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '@cairn/core';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import { type Contract, contractSchema } from './contract-schema.ts';

/** Where editors find the published JSON Schema (relative to the repository root). */
export const CONTRACT_SCHEMA_ID = 'https://cairn.dev/schemas/contract.schema.json';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('; ');
}

/** Parses contract text; `source` (the file name) is used in messages and to tell JSON from YAML. */
export function parseContract(text: string, source: string): Contract {
  let raw: unknown;
  try {
    raw = source.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UserError(
      `${source}: not valid ${source.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  if (raw === null || typeof raw !== 'object') {
    throw new UserError(
      `${source}: a contract is a mapping with a \`columns\` section, e.g.\ncolumns:\n  id: { type: integer, unique: true }`,
    );
  }
  const parsed = contractSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(
      `${source}: not a valid contract: ${describeIssues(parsed.error)}. See schemas/contract.schema.json for the format.`,
    );
  }
  return parsed.data;
}

export async function loadContract(path: string): Promise<Contract> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`${path}: cannot read the contract (${(error as Error).message}). Check the path.`, {
      cause: error,
    });
  }
  return parseContract(text, path);
}

/** A contract as YAML (or JSON with `json: true`), in the order the schema lists its keys. */
export function formatContract(contract: Contract, format: 'yaml' | 'json' = 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(contract, null, 2)}\n`;
  return stringifyYaml(contract, { lineWidth: 0, flowCollectionPadding: false });
}
