import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_SCHEMA_PATH, contractJsonSchema } from '../src/contract-json-schema.ts';

describe('schemas/contract.schema.json', () => {
  it('is current with the zod schema (regenerate: node packages/validate/src/contract-json-schema.ts)', () => {
    expect(JSON.parse(readFileSync(CONTRACT_SCHEMA_PATH, 'utf8'))).toEqual(JSON.parse(contractJsonSchema()));
  });

  it('describes the rule forms editors complete', () => {
    const schema = JSON.parse(contractJsonSchema());
    const column = schema.properties.columns.additionalProperties;
    expect(Object.keys(column.properties)).toEqual([
      'description',
      'type',
      'required',
      'nullable',
      'unique',
      'min',
      'max',
      'in',
      'regex',
      'length',
      'severity',
      'mostly',
    ]);
    expect(column.additionalProperties).toBe(false);
    expect(JSON.stringify(column.properties.type)).toContain('"datetime"');
  });
});
