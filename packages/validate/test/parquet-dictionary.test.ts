import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileReport, parseContract, validateFile } from '../src/index.ts';
import { tempDir } from './helpers.ts';

// hyparquet-writer is a devDependency of @cairn/data; loaded from there by path.
type WriteBuffer = (options: {
  rowGroupSize: number;
  columnData: { name: string; data: unknown[]; type: string; encoding?: string }[];
}) => ArrayBuffer;
const WRITER = fileURLToPath(new URL('../../data/node_modules/hyparquet-writer/src/index.js', import.meta.url));
const { parquetWriteBuffer } = (await import(WRITER)) as { parquetWriteBuffer: WriteBuffer };

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const CONTRACT = parseContract(
  `
columns:
  when: { type: datetime, max: "2001-01-03", nullable: true }
  code: { type: string, regex: "^[A-Z]{3}$", length: { max: 3 }, in: [ABC, XYZ, QQ], nullable: true }
  word: { type: string, regex: "^w", nullable: true }
`,
  'contract.yaml',
);

/** Rule id -> failures and the examples' rows and values (CSV examples also carry a line). */
function summary(report: FileReport) {
  return report.results.map((r) => ({
    id: r.id,
    failures: r.failures,
    checked: r.checked,
    examples: r.examples.map((e) => [e.row, e.value]),
  }));
}

describe('Parquet text read as dictionary columns', () => {
  it('counts every failing row and shows the same examples as the same data in CSV', async () => {
    const rows = 3000;
    const start = Date.UTC(2001, 0, 1);
    const when = Array.from({ length: rows }, (_, i) => (i % 97 === 0 ? null : new Date(start + i * 90_000)));
    const codes = ['ABC', 'XYZ', 'QQ', 'abc', 'ABCD'];
    const code = Array.from({ length: rows }, (_, i) => (i % 41 === 0 ? null : codes[(i * 7) % codes.length]!));
    const word = Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? `w${i}` : `x${i % 50}`));
    const parquet = await tmp.write(
      'flights.parquet',
      new Uint8Array(
        parquetWriteBuffer({
          rowGroupSize: 1100,
          columnData: [
            { name: 'when', data: when, type: 'TIMESTAMP' },
            { name: 'code', data: code, type: 'STRING' },
            // Mostly distinct text: written PLAIN.
            { name: 'word', data: word, type: 'STRING', encoding: 'PLAIN' },
          ],
        }),
      ),
    );
    const lines = ['when,code,word'];
    for (let i = 0; i < rows; i++) {
      lines.push([when[i]?.toISOString() ?? '', code[i] ?? '', word[i]].join(','));
    }
    const csv = await tmp.write('flights.csv', `${lines.join('\n')}\n`);

    const fromParquet = await validateFile(parquet, CONTRACT, { batchRows: 700, examples: 3 });
    const fromCsv = await validateFile(csv, CONTRACT, { batchRows: 700, examples: 3 });
    expect(summary(fromParquet)).toEqual(summary(fromCsv));
    const failures = Object.fromEntries(fromParquet.results.map((r) => [r.id, r.failures]));
    // Codes cycle through 5 values (i * 7 mod 5): "abc" and "ABCD" fail the regex, "QQ" too.
    expect(failures['code.regex']).toBe(code.filter((c) => c !== null && !/^[A-Z]{3}$/.test(c)).length);
    expect(failures['code.length']).toBe(code.filter((c) => c === 'ABCD').length);
    expect(failures['word.regex']).toBe(word.filter((w) => !w.startsWith('w')).length);
    expect(failures['when.max']).toBeGreaterThan(0);
  });
});
