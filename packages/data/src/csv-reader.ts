import { UserError } from '@cairn/core';
import { emptyCounts } from './column-type.ts';
import { CsvColumnBuilder, type SlotColumn } from './csv-columns.ts';
import { CsvTokenizer } from './csv-tokenizer.ts';
import type { Batch, Column } from './types.ts';
import { Utf8Checker } from './utf8-check.ts';
import { NullMatcher } from './value-kinds.ts';

export interface CsvStreamOptions {
  /** Name for error messages (the file path). */
  source: string;
  /** One ASCII character. */
  delimiter: string;
  nullValues: readonly string[];
  columns?: readonly string[] | undefined;
  batchRows: number;
  /** String, date and datetime columns as DictionaryColumn (ReadTableOptions.dictionary). */
  dictionary?: boolean | undefined;
  /** Cap on rows x columns per batch (default 8M cells, 64 MiB of numbers): wide files get fewer rows. */
  maxBatchCells?: number;
}

export const DEFAULT_MAX_BATCH_CELLS = 1 << 23;

/**
 * Reads CSV/TSV bytes (any chunking) into column batches. Always yields at least one batch
 * (with zero rows for a header-only file) so callers learn the column names. A chunk is copied
 * from before the next one is requested, so a producer may reuse one buffer for every chunk.
 */
export async function* readCsvStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CsvStreamOptions,
): AsyncGenerator<Batch> {
  const delimiter = delimiterByte(options.delimiter);
  const nulls = new NullMatcher(options.nullValues);
  let slots: SlotColumn[] = [];
  let builder: CsvColumnBuilder | undefined;
  // Batches are built as the tokenizer fills them (its buffers are reused), then yielded.
  let ready: Batch[] = [];
  let rowOffset = 0;
  let yielded = false;
  const tokenizer = new CsvTokenizer({
    source: options.source,
    delimiter,
    batchRows: options.batchRows,
    maxBatchCells: options.maxBatchCells ?? DEFAULT_MAX_BATCH_CELLS,
    onHeader: (names) => {
      const plan = planColumns(options.source, names, options.columns);
      slots = plan.slots;
      builder = new CsvColumnBuilder(slots, nulls, options.dictionary === true);
      return plan.projection;
    },
    onBatch: (raw) => {
      ready.push({ columns: builder!.build(raw), rowOffset, rowCount: raw.rows, lineNumbers: raw.lines });
      rowOffset += raw.rows;
    },
  });
  // Lines as the tokenizer counts them (it has read every chunk before the one being checked).
  let chunk: Uint8Array = new Uint8Array(0);
  const utf8 = new Utf8Checker(options.source, () => tokenizer.lineBefore(chunk));
  const emit = function* () {
    const batches = ready;
    ready = [];
    for (const batch of batches) {
      yielded = true;
      yield batch;
    }
  };
  for await (chunk of chunks) {
    utf8.push(chunk);
    tokenizer.push(chunk);
    yield* emit();
  }
  utf8.end();
  tokenizer.finish();
  if (tokenizer.header === undefined) {
    throw new UserError(
      `${options.source}: the file is empty. A CSV file needs a header line naming its columns, then one line per row.`,
    );
  }
  yield* emit();
  if (!yielded) yield emptyBatch(slots.map((s) => s.name));
}

export function emptyBatch(names: readonly string[]): Batch {
  const columns = new Map<string, Column>();
  for (const name of names) columns.set(name, { name, type: 'empty', length: 0, counts: emptyCounts(), values: [] });
  return { columns, rowOffset: 0, rowCount: 0, lineNumbers: new Uint32Array(0) };
}

function delimiterByte(delimiter: string): number {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code > 127 || code === 34 || code === 10 || code === 13) {
    throw new UserError(
      `delimiter ${JSON.stringify(delimiter)} is not supported: use one ASCII character other than a quote or line break (for example "," ";" "|" or "\\t").`,
    );
  }
  return code;
}

/**
 * Checks header names (empty names become `Unnamed: i` as in pandas; duplicates are an error)
 * and maps the requested columns to slots in file order.
 */
export function planColumns(
  source: string,
  rawNames: string[],
  requested: readonly string[] | undefined,
): { slots: SlotColumn[]; projection: Int32Array } {
  const names = rawNames.map((name, i) => (name === '' ? `Unnamed: ${i}` : name));
  rawNames.splice(0, rawNames.length, ...names);
  assertUniqueNames(source, names);
  const wanted = requested ?? names;
  const missing = wanted.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    throw new UserError(
      `${source}: no column named ${missing.map((n) => JSON.stringify(n)).join(', ')}. ` +
        `The header has: ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
    );
  }
  const wantedSet = new Set(wanted);
  const projection = new Int32Array(names.length).fill(-1);
  const slotOf = new Map<string, number>();
  let next = 0;
  names.forEach((name, i) => {
    if (wantedSet.has(name)) {
      projection[i] = next;
      slotOf.set(name, next++);
    }
  });
  return { slots: wanted.map((name) => ({ name, slot: slotOf.get(name)! })), projection };
}

export function assertUniqueNames(source: string, names: readonly string[]): void {
  const positions = new Map<string, number[]>();
  names.forEach((name, i) => {
    positions.set(name, [...(positions.get(name) ?? []), i + 1]);
  });
  const duplicates = [...positions].filter(([, at]) => at.length > 1);
  if (duplicates.length > 0) {
    const list = duplicates.map(([name, at]) => `${JSON.stringify(name)} (columns ${at.join(', ')})`).join('; ');
    throw new UserError(`${source}: duplicate column names: ${list}. Rename them so that every column name is unique.`);
  }
}
