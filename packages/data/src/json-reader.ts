import { UserError } from '@cairn/core';
import { emptyBatch } from './csv-reader.ts';
import { columnsFromRecords } from './json-columns.ts';
import type { Batch } from './types.ts';
import { Utf8Checker } from './utf8-check.ts';

export interface JsonStreamOptions {
  source: string;
  /** `json`: one top-level array of objects; `jsonl`: one object per line. */
  format: 'json' | 'jsonl';
  columns?: readonly string[] | undefined;
  batchRows: number;
}

interface PendingRecord {
  value: Record<string, unknown>;
  line: number;
}

/**
 * Streams records out of a JSON array or JSON Lines without holding the file: a small scanner
 * finds where each top-level element starts and ends (tracking strings, escapes and nesting),
 * and only that element's text is parsed. Columns are the keys in order of first appearance
 * (or the requested ones); a key missing from a record is null.
 */
export async function* readJsonStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: JsonStreamOptions,
): AsyncGenerator<Batch> {
  const utf8 = new Utf8Checker(options.source);
  const scanner = new ElementScanner(options.source, options.format);
  const names: string[] = options.columns ? [...options.columns] : [];
  const known = new Set(names);
  let pending: PendingRecord[] = [];
  let rowOffset = 0;
  const makeBatch = (records: PendingRecord[]): Batch => {
    if (!options.columns) {
      for (const { value } of records) {
        for (const key of Object.keys(value)) {
          if (!known.has(key)) {
            known.add(key);
            names.push(key);
          }
        }
      }
    }
    const batch: Batch = {
      columns: columnsFromRecords(
        records.map((r) => r.value),
        names,
      ),
      rowOffset,
      rowCount: records.length,
      lineNumbers: Uint32Array.from(records, (r) => r.line),
    };
    rowOffset += records.length;
    return batch;
  };
  for await (const chunk of chunks) {
    utf8.push(chunk);
    for (const record of scanner.push(chunk)) {
      pending.push(record);
      if (pending.length === options.batchRows) {
        yield makeBatch(pending);
        pending = [];
      }
    }
  }
  utf8.end();
  for (const record of scanner.finish()) pending.push(record);
  if (pending.length > 0 || rowOffset === 0) {
    yield pending.length > 0 ? makeBatch(pending) : emptyBatch(names);
  }
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LF = 10;

function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** Finds top-level elements in a JSON array (or lines in JSONL) across chunk boundaries. */
class ElementScanner {
  readonly #source: string;
  readonly #lines: boolean;
  // 0 before '[', 1 expecting an element, 2 after an element (',' or ']'), 3 after ']'
  #outer = 0;
  #depth = 0;
  #inString = false;
  #escape = false;
  #buf: Buffer = Buffer.allocUnsafe(1 << 14);
  #len = 0;
  #line = 1;
  #startLine = 1;
  #count = 0;

  constructor(source: string, format: 'json' | 'jsonl') {
    this.#source = source;
    this.#lines = format === 'jsonl';
  }

  push(chunk: Uint8Array): PendingRecord[] {
    return this.#lines ? this.#pushLines(chunk) : this.#pushArray(chunk);
  }

  finish(): PendingRecord[] {
    if (this.#lines) {
      const out: PendingRecord[] = [];
      if (this.#len > 0) this.#parseLine(out);
      if (this.#count === 0) {
        throw new UserError(`${this.#source}: the file has no records. Expected one JSON object per line.`);
      }
      return out;
    }
    if (this.#outer === 0) throw new UserError(`${this.#source}: the file is empty. Expected a JSON array of objects.`);
    if (this.#outer !== 3) {
      throw new UserError(
        `${this.#source}: line ${this.#line}: the JSON array is not closed (the file ends inside it). The file may be truncated.`,
      );
    }
    return [];
  }

  #pushLines(chunk: Uint8Array): PendingRecord[] {
    const out: PendingRecord[] = [];
    let start = 0;
    let at = chunk.indexOf(LF);
    while (at !== -1) {
      this.#append(chunk, start, at);
      this.#parseLine(out);
      this.#line++;
      start = at + 1;
      at = chunk.indexOf(LF, start);
    }
    this.#append(chunk, start, chunk.length);
    return out;
  }

  #parseLine(out: PendingRecord[]): void {
    const text = this.#buf.toString('utf8', 0, this.#len);
    this.#len = 0;
    if (text.trim() === '') return;
    out.push({ value: this.#parseObject(text, this.#line), line: this.#line });
  }

  #pushArray(chunk: Uint8Array): PendingRecord[] {
    const out: PendingRecord[] = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.#depth > 0) {
        const start = i;
        for (; i < n; i++) {
          const b = chunk[i]!;
          if (b === LF) this.#line++;
          if (this.#inString) {
            if (this.#escape) this.#escape = false;
            else if (b === BACKSLASH) this.#escape = true;
            else if (b === QUOTE) this.#inString = false;
          } else if (b === QUOTE) this.#inString = true;
          else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.#depth++;
          else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
            this.#depth--;
            if (this.#depth === 0) {
              i++;
              break;
            }
          }
        }
        this.#append(chunk, start, i);
        if (this.#depth === 0) {
          const text = this.#buf.toString('utf8', 0, this.#len);
          this.#len = 0;
          out.push({ value: this.#parseObject(text, this.#startLine), line: this.#startLine });
          this.#outer = 2;
        }
        continue;
      }
      const b = chunk[i]!;
      i++;
      if (b === LF) this.#line++;
      if (isSpace(b)) continue;
      if (this.#outer === 0 && b === OPEN_BRACKET) this.#outer = 1;
      else if (this.#outer === 1 && b === OPEN_BRACE) {
        this.#depth = 1;
        this.#startLine = this.#line;
        this.#append(Uint8Array.of(OPEN_BRACE), 0, 1);
      } else if ((this.#outer === 1 && this.#count === 0) || this.#outer === 2) {
        if (b === CLOSE_BRACKET) this.#outer = 3;
        else if (b === COMMA && this.#outer === 2) this.#outer = 1;
        else this.#unexpected(b);
      } else this.#unexpected(b);
    }
    return out;
  }

  #unexpected(b: number): never {
    const what =
      this.#outer === 0
        ? 'expected a JSON array of objects ("[" first; use format "jsonl" for one object per line)'
        : this.#outer === 3
          ? 'unexpected text after the closing "]"'
          : 'expected an object ({...}) as each element of the array';
    throw new UserError(
      `${this.#source}: line ${this.#line}: found ${JSON.stringify(String.fromCharCode(b))}: ${what}.`,
    );
  }

  #parseObject(text: string, line: number): Record<string, unknown> {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${this.#source}: line ${line}: invalid JSON: ${(error as Error).message}.`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(
        `${this.#source}: line ${line}: expected a JSON object per record, found ${JSON.stringify(value)?.slice(0, 40)}.`,
      );
    }
    this.#count++;
    return value as Record<string, unknown>;
  }

  #append(chunk: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (length <= 0) return;
    if (this.#len + length > this.#buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#len + length));
      this.#buf.copy(bigger, 0, 0, this.#len);
      this.#buf = bigger;
    }
    this.#buf.set(chunk.subarray(start, end), this.#len);
    this.#len += length;
  }
}
