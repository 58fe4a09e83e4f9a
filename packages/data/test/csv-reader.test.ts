import { gzipSync } from 'node:zlib';
import { UserError } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_NULL_VALUES,
  evidentlyColumnType,
  inferSchema,
  pandasDtype,
  readCsvStream,
  readTable,
} from '../src/index.ts';
import { collect, tempDir, writeTemp } from './helpers.ts';

const options = { source: 'mem.csv', delimiter: ',', nullValues: DEFAULT_NULL_VALUES, batchRows: 4 };
const parse = (
  text: string | Uint8Array,
  extra: Partial<typeof options> & { columns?: string[]; maxBatchCells?: number } = {},
) => collect(readCsvStream([typeof text === 'string' ? Buffer.from(text) : text], { ...options, ...extra }));

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('CSV parsing (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', async () => {
    const t = await parse('name,note\r\n"Smith, J","said ""hi""\r\nthen left"\r\nplain,"x"\r\n');
    expect(t.names).toEqual(['name', 'note']);
    expect(t.rows).toEqual([
      ['Smith, J', 'said "hi"\r\nthen left'],
      ['plain', 'x'],
    ]);
    expect([...t.batches[0]!.lineNumbers!]).toEqual([2, 4]);
  });

  it('strips a UTF-8 BOM and keeps unicode column names', async () => {
    const t = await parse('\ufeffcafé,名前,😀\n1,東京,ok\n');
    expect(t.names).toEqual(['café', '名前', '😀']);
    expect(t.rows).toEqual([[1, '東京', 'ok']]);
  });

  it('accepts LF, CRLF and lone CR line ends, skips blank lines, and reads a last row without newline', async () => {
    const t = await parse('a,b\n1,2\r\n\r\n3,4\r5,6\n\n7,8');
    expect(t.rows).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    expect([...t.batches[0]!.lineNumbers!]).toEqual([2, 4, 5, 7]);
  });

  it('is lenient like pandas with stray quotes: kept as text', async () => {
    const t = await parse('a,b\n5" pipe,x\n"ab"c,y\n');
    expect(t.rows).toEqual([
      ['5" pipe', 'x'],
      ['abc', 'y'],
    ]);
  });

  it('uses a custom delimiter and custom null spellings', async () => {
    const t = await parse('a;b;c\n1;-;x\n-;2.5;\n', { delimiter: ';', nullValues: ['-'] });
    expect(t.rows).toEqual([
      [1, null, 'x'],
      [null, 2.5, ''],
    ]);
  });

  it('treats pandas NA spellings as null by default', async () => {
    const t = await parse('a,b\nNA,1\nnull,\nN/A,3\nok,NaN\n');
    expect(t.rows).toEqual([
      [null, 1],
      [null, null],
      [null, 3],
      ['ok', null],
    ]);
    const b = t.batches[0]!.columns.get('b')!;
    expect(b.type).toBe('integer');
    expect(b.counts.kinds.null).toBe(2);
  });

  it('puts numbers into a Float64Array with NaN and a null mask', async () => {
    const t = await parse('x,y\n1.5,1\n,2\n-3e2,3\n');
    const x = t.batches[0]!.columns.get('x')!;
    expect(x.type).toBe('number');
    if (!('numbers' in x)) throw new Error('expected a numeric column');
    expect(x.numbers).toBeInstanceOf(Float64Array);
    expect([...x.numbers]).toEqual([1.5, Number.NaN, -300]);
    expect([...x.nullMask!]).toEqual([0, 1, 0]);
    const y = t.batches[0]!.columns.get('y')!;
    expect('numbers' in y && y.nullMask).toBeUndefined();
  });

  it('keeps leading-zero codes as strings with their zeros', async () => {
    const t = await parse('zip,n\n00501,1\n12345,2\n02134,3\n');
    const zip = t.batches[0]!.columns.get('zip')!;
    expect(zip.type).toBe('string');
    expect(t.rows.map((r) => r[0])).toEqual(['00501', '12345', '02134']);
    expect(zip.counts.leadingZeroNumbers).toBe(2);
  });

  it('reports a mixed column with counts per kind', async () => {
    const t = await parse('v\n1\nabc\n2.5\ntrue\n\n2020-01-02\n', { batchRows: 100 });
    const v = t.batches[0]!.columns.get('v')!;
    expect(v.type).toBe('mixed');
    expect(v.counts.kinds).toEqual({ null: 0, integer: 1, number: 1, boolean: 1, date: 1, datetime: 0, string: 1 });
    expect(t.rows.map((r) => r[0])).toEqual([1, 'abc', 2.5, true, '2020-01-02']);
  });

  it('projects columns in the requested order and names missing ones', async () => {
    const t = await parse('a,b,c\n1,2,3\n4,5,6\n', { columns: ['c', 'a'] });
    expect(t.names).toEqual(['c', 'a']);
    expect(t.rows).toEqual([
      [3, 1],
      [6, 4],
    ]);
    await expect(parse('a,b\n1,2\n', { columns: ['a', 'zz'] })).rejects.toThrow(/no column named "zz".*"a", "b"/);
  });

  it('keeps batches of wide files under the cell cap', async () => {
    const header = Array.from({ length: 40 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: 40 }, (_, i) => i).join(',');
    const text = `${header}\n${`${row}\n`.repeat(25)}`;
    const t = await parse(text, { batchRows: 100, maxBatchCells: 400 });
    expect(t.batches.map((b) => b.rowCount)).toEqual([10, 10, 5]);
    const projected = await parse(text, { batchRows: 100, maxBatchCells: 400, columns: ['c1', 'c2'] });
    expect(projected.batches.map((b) => b.rowCount)).toEqual([25]);
  });

  it('splits into batches of batchRows with row offsets', async () => {
    const text = `n\n${Array.from({ length: 10 }, (_, i) => i).join('\n')}\n`;
    const t = await parse(text);
    expect(t.batches.map((b) => [b.rowOffset, b.rowCount])).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    expect(t.rows.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('CSV edge cases and errors', () => {
  it('names the file and line of a ragged row', async () => {
    const error = await parse('a,b\n1,2\n3,4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^mem\.csv: line 3 has 3 field\(s\) but the header has 2/);
  });

  it('names the line of bad UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expect(parse(bytes)).rejects.toThrow(/mem\.csv: line 3 \(byte 14\) is not valid UTF-8/);
    const cut = Buffer.concat([Buffer.from('a\n\u00e9'), Buffer.from([0xc3])]);
    await expect(parse(cut)).rejects.toThrow(/line 2 .*not valid UTF-8/);
  });

  it('names the line where an unclosed quote opened', async () => {
    await expect(parse('a,b\n1,"open\n2,3\n')).rejects.toThrow(/line 2: a quoted field opened here is never closed/);
  });

  it('refuses an empty file and names duplicate columns', async () => {
    await expect(parse('')).rejects.toThrow(/mem\.csv: the file is empty/);
    await expect(parse('\ufeff')).rejects.toThrow(/the file is empty/);
    await expect(parse('a,b,a,c,b\n1,2,3,4,5\n')).rejects.toThrow(
      /duplicate column names: "a" \(columns 1, 3\); "b" \(columns 2, 5\)/,
    );
  });

  it('gives one empty batch for a header-only file', async () => {
    const t = await parse('a,b\n');
    expect(t.batches).toHaveLength(1);
    expect(t.batches[0]!.rowCount).toBe(0);
    expect(t.names).toEqual(['a', 'b']);
    expect(t.batches[0]!.columns.get('a')!.type).toBe('empty');
  });

  it('types an all-null column as empty and reads a single row', async () => {
    const t = await parse('a,b,c\n,NA,x');
    expect(t.rows).toEqual([[null, null, 'x']]);
    expect(t.batches[0]!.columns.get('a')!.type).toBe('empty');
  });

  it('names empty header cells as pandas does', async () => {
    const t = await parse(',a\n0,1\n');
    expect(t.names).toEqual(['Unnamed: 0', 'a']);
  });

  it('reads files, TSV and gzip through readTable, and errors name the path', async () => {
    const tsv = await writeTemp(dir, 'x.tsv', 'a\tb\n1\thello, world\n');
    expect((await collect(readTable(tsv))).rows).toEqual([[1, 'hello, world']]);
    const gz = await writeTemp(dir, 'x.csv.gz', gzipSync('a,b\n1,2\n'));
    expect((await collect(readTable(gz))).rows).toEqual([[1, 2]]);
    const cutGz = await writeTemp(dir, 'cut.csv.gz', gzipSync('a,b\n1,2\n'.repeat(100)).subarray(0, 30));
    await expect(collect(readTable(cutGz))).rejects.toThrow(/cut\.csv\.gz: the gzip data is corrupt or truncated/);
    const bad = await writeTemp(dir, 'bad.csv', 'a,b\n1\n');
    await expect(collect(readTable(bad))).rejects.toThrow(`${bad}: line 2 has 1 field(s)`);
    await expect(collect(readTable(`${dir}/missing.csv`))).rejects.toThrow(/missing\.csv: cannot read the file/);
    await expect(collect(readTable(`${dir}/x.xlsx`))).rejects.toThrow(/cannot tell the table format/);
  });

  it('merges counts across batches in inferSchema', async () => {
    const path = await writeTemp(dir, 'late.csv', `v\n${'1\n'.repeat(5)}abc\n`);
    const schema = await inferSchema(path);
    expect(schema.rows).toBe(6);
    expect(schema.columns).toEqual([
      {
        name: 'v',
        type: 'mixed',
        counts: { null: 0, integer: 5, number: 0, boolean: 0, date: 0, datetime: 0, string: 1 },
        nullCount: 0,
        leadingZeroNumbers: 0,
        pandasDtype: 'object',
      },
    ]);
  });
});

describe('Evidently column types from what pandas sees', () => {
  it('follows infer_column_type: ints with few values are categorical, strings with many are text', () => {
    expect(evidentlyColumnType('float64', 3, 100)).toBe('numeric');
    expect(evidentlyColumnType('int64', 10, 100)).toBe('categorical');
    expect(evidentlyColumnType('int64', 11, 100)).toBe('numeric');
    expect(evidentlyColumnType('bool', 2, 100)).toBe('categorical');
    expect(evidentlyColumnType('datetime64[ns]', 90, 100)).toBe('datetime');
    expect(evidentlyColumnType('object', 51, 100)).toBe('text');
    expect(evidentlyColumnType('object', 50, 100)).toBe('categorical');
  });

  it('an integer column with one null becomes float64, hence numeric even with 3 values', async () => {
    const t = await parse('n\n1\n2\n\n3\nNA\n', { batchRows: 100 });
    const counts = t.batches[0]!.columns.get('n')!.counts;
    expect(pandasDtype(counts)).toBe('float64');
    expect(evidentlyColumnType(pandasDtype(counts), 3, 3)).toBe('numeric');
  });
});
