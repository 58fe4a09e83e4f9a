/**
 * The published JSON Schema of the contract file (schemas/contract.schema.json), generated from the
 * zod schema so the two cannot disagree. Run directly to write it, or with --check to fail when the
 * committed file is stale:
 *   node_modules/.bin/node packages/validate/src/contract-json-schema.ts [--check]
 * Not exported from the package index: bundles (the action's dist) must never run the writer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { CONTRACT_SCHEMA_ID } from './contract-file.ts';
import { contractSchema } from './contract-schema.ts';

export const CONTRACT_SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../schemas/contract.schema.json',
);

export function contractJsonSchema(): string {
  const schema = z.toJSONSchema(contractSchema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    ...schema,
    $id: CONTRACT_SCHEMA_ID,
    title: 'Cairn validation contract',
    description:
      'Rules a data file must meet, checked by `cairn validate` and the validate-data action. Generated from packages/validate/src/contract-schema.ts: do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = contractJsonSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(CONTRACT_SCHEMA_PATH, 'utf8');
    } catch {
      // a missing file is stale
    }
    // Compared as data: biome may reflow the committed file's whitespace.
    if (!isDeepStrictEqual(parseOrUndefined(current), JSON.parse(text))) {
      process.stderr.write(
        `${CONTRACT_SCHEMA_PATH} is stale: run node packages/validate/src/contract-json-schema.ts\n`,
      );
      process.exitCode = 1;
    }
  } else {
    writeFileSync(CONTRACT_SCHEMA_PATH, text);
    process.stdout.write(`wrote ${CONTRACT_SCHEMA_PATH}\n`);
  }
}
