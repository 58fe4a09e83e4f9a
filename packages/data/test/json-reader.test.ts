import { UserError } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { readJsonStream } from '../src/index.ts';
import { collect } from './helpers.ts';

const read = (text: string | Uint8Array, format: 'json' | 'jsonl' = 'json', columns?: string[], batchRows = 100) =>
  collect(
    readJsonStream([typeof text === 'string' ? Buffer.from(text) : text], {
      source: 'mem.json',
      format,
      columns,
      batchRows,
    }),
  );

describe('JSON arrays', () => {
  it('reads records with nulls, missing keys, nested values and unicode keys', async () => {
    const t = await read('[\n {"a": 1, "b": "x"},\n {"a": null, "ключ": [1, {"z": 2}]},\n {"b": "y", "a": 2.5}\n]');
    expect(t.names).toEqual(['a', 'b', 'ключ']);
    expect(t.rows).toEqual([
      [1, 'x', null],
      [null, null, '[1,{"z":2}]'],
      [2.5, 'y', null],
    ]);
    expect([...t.batches[0]!.lineNumbers!]).toEqual([2, 3, 4]);
    expect(t.batches[0]!.columns.get('a')!.type).toBe('number');
  });

  it('keeps JSON strings as strings, except ISO dates, and reports JSON type mixing', async () => {
    const t = await read(
      '[{"s": "123", "d": "2020-02-29", "m": 1}, {"s": "abc", "d": "2020-03-01T10:00:00Z", "m": "one"}]',
    );
    const types = Object.fromEntries([...t.batches[0]!.columns].map(([name, c]) => [name, c.type]));
    expect(types).toEqual({ s: 'string', d: 'datetime', m: 'mixed' });
    expect(t.batches[0]!.columns.get('m')!.counts.kinds).toMatchObject({ integer: 1, string: 1 });
  });

  it('adds columns first seen in a later batch; earlier rows read as null', async () => {
    const t = await read('[{"a": 1}, {"a": 2}, {"a": 3, "late": true}]', 'json', undefined, 2);
    expect(t.batches.map((b) => [...b.columns.keys()])).toEqual([['a'], ['a', 'late']]);
  });

  it('projects columns, including ones never present (all null)', async () => {
    const t = await read('[{"a": 1, "b": 2}]', 'json', ['b', 'zz']);
    expect(t.names).toEqual(['b', 'zz']);
    expect(t.rows).toEqual([[2, null]]);
    expect(t.batches[0]!.columns.get('zz')!.type).toBe('empty');
  });

  it('handles strings with brackets, braces and escaped quotes', async () => {
    const t = await read('[{"s": "a}]\\"[{b"}, {"s": "\\\\"}]');
    expect(t.rows).toEqual([['a}]"[{b'], ['\\']]);
  });

  it('gives one empty batch for []', async () => {
    const t = await read('  [ ]  ');
    expect(t.batches).toHaveLength(1);
    expect(t.batches[0]!.rowCount).toBe(0);
  });

  it('names the line of every kind of bad input', async () => {
    await expect(read('')).rejects.toThrow(/mem\.json: the file is empty/);
    await expect(read('{"a": 1}')).rejects.toThrow(/line 1: found "\{": expected a JSON array of objects/);
    await expect(read('[{"a": 1},\n 2]')).rejects.toThrow(/line 2: found "2": expected an object/);
    await expect(read('[{"a": 1},\n{"a": tru}]')).rejects.toThrow(/mem\.json: line 2: invalid JSON/);
    await expect(read('[{"a": 1},\n{"a": 2}')).rejects.toThrow(/line 2: the JSON array is not closed/);
    await expect(read('[{"a": 1}] x')).rejects.toThrow(/unexpected text after the closing "\]"/);
    await expect(read('[{"a": 1},]')).rejects.toThrow(/expected an object/);
    const bad = Buffer.concat([Buffer.from('[{"a": 1},\n{"a": "'), Buffer.from([0xff]), Buffer.from('"}]')]);
    const error = await read(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/mem\.json: line 2 \(byte 18\) is not valid UTF-8/);
  });
});

describe('JSON Lines', () => {
  it('reads one object per line, skipping blank lines, with line numbers', async () => {
    const t = await read('{"a": 1}\n\n{"a": 2, "b": "x"}\r\n{"b": null}', 'jsonl');
    expect(t.rows).toEqual([
      [1, null],
      [2, 'x'],
      [null, null],
    ]);
    expect([...t.batches[0]!.lineNumbers!]).toEqual([1, 3, 4]);
  });

  it('names the line of a bad record and refuses an empty file', async () => {
    await expect(read('{"a": 1}\n{"a": \n', 'jsonl')).rejects.toThrow(/mem\.json: line 2: invalid JSON/);
    await expect(read('{"a": 1}\n[1, 2]\n', 'jsonl')).rejects.toThrow(/line 2: expected a JSON object per record/);
    await expect(read('\n\n', 'jsonl')).rejects.toThrow(/the file has no records/);
  });
});
