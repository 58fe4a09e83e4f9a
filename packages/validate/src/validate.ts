/**
 * Streams a table through a compiled contract. Value rules (type, min/max, in, regex, length) and
 * null counts keep no per-row state, so memory follows the batch size, not the file. `unique` and
 * compound keys must remember every distinct value (or key) seen: their memory grows with the
 * number of distinct values (documented in docs/adr/0008-validation-contracts.md).
 */
import {
  type Batch,
  type CellValue,
  type Column,
  cellAt,
  detectFormat,
  readTable,
  type TableFormat,
} from '@cairn/data';
import { type ColumnPlan, type CompiledContract, compileContract, type RuleBase } from './compile.ts';
import type { Contract } from './contract-schema.ts';
import {
  countFailed,
  DEFAULT_EXAMPLES,
  type Example,
  type FileReport,
  REPORT_SCHEMA_VERSION,
  type RuleResult,
  RuleTally,
} from './results.ts';
import { tableColumns } from './table-columns.ts';

export interface ValidateOptions {
  /** Name of the contract in the report (its path). */
  contractSource?: string;
  format?: TableFormat;
  /** Example rows kept per failing rule (default 5). Failures are always all counted. */
  examples?: number;
  batchRows?: number;
  delimiter?: string;
  nullValues?: readonly string[];
}

interface ColumnState {
  plan: ColumnPlan;
  nonNull: number;
  /** Rows of the table this column was present in (JSON keys can appear late). */
  rowsSeen: number;
  nulls: RuleTally | undefined;
  unique: { tally: RuleTally; seen: Map<CellValue, Example | null> } | undefined;
  values: RuleTally[];
}

interface KeyState {
  tally: RuleTally;
  columns: string[];
  seen: Map<string, Example | null>;
}

const valueAt = cellAt;

/** True when every non-null value of this batch column already has the contract type. */
function typeHolds(column: Column, expected: string, textSource: boolean): boolean {
  if (column.type === 'empty') return true;
  if (expected === 'string') return textSource || column.type === 'string';
  if (expected === 'number') return column.type === 'integer' || column.type === 'number';
  return column.type === expected;
}

function example(batch: Batch, i: number, value: CellValue | CellValue[]): Example {
  const line = batch.lineNumbers?.[i];
  return { row: batch.rowOffset + i + 1, ...(line !== undefined ? { line } : {}), value };
}

function checkColumn(state: ColumnState, column: Column, batch: Batch, textSource: boolean): void {
  const n = batch.rowCount;
  state.rowsSeen += n;
  const nullCount = column.counts.kinds.null;
  const nonNull = n - nullCount;
  state.nonNull += nonNull;
  const nulls = state.nulls;
  if (nulls) {
    nulls.checked += n;
    nulls.failures += nullCount;
    // Counted from the reader's tally; rows are visited only for the first examples.
    for (let i = 0; i < n && nullCount > 0 && nulls.wantsExamples; i++) {
      if (valueAt(column, i) === null) nulls.examples.push(example(batch, i, null));
    }
  }
  for (let r = 0; r < state.values.length; r++) {
    const tally = state.values[r]!;
    const rule = state.plan.values[r]!;
    tally.checked += nonNull;
    if (nonNull === 0) continue;
    if (rule.kind === 'type' && typeHolds(column, rule.expectation, textSource)) continue;
    if ('numbers' in column) {
      if (rule.bound && typeof rule.bound.value === 'number') {
        numericBound(column.numbers, rule.bound.value, rule.bound.exclusive, rule.bound.upper, tally, batch);
        continue;
      }
      if (column.nullMask === undefined) {
        const numbers = column.numbers;
        const test = rule.test;
        for (let i = 0; i < n; i++) {
          const v = numbers[i]!;
          if (!Number.isNaN(v) && !test(v)) tally.fail(tally.wantsExamples ? example(batch, i, v) : undefined);
        }
        continue;
      }
    }
    const test = rule.test;
    if ('codes' in column) {
      // Dictionary column: each distinct value is tested once, rows look up its verdict.
      const { codes, dictionary } = column;
      const fails = new Uint8Array(dictionary.length);
      for (let k = 0; k < dictionary.length; k++) fails[k] = test(dictionary[k]!) ? 0 : 1;
      for (let i = 0; i < n; i++) {
        const code = codes[i]!;
        if (code >= 0 && fails[code] === 1)
          tally.fail(tally.wantsExamples ? example(batch, i, dictionary[code]!) : undefined);
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const v = valueAt(column, i);
      if (v !== null && !test(v)) tally.fail(tally.wantsExamples ? example(batch, i, v) : undefined);
    }
  }
  const unique = state.unique;
  if (unique) {
    unique.tally.checked += nonNull;
    for (let i = 0; i < n; i++) {
      const v = valueAt(column, i);
      if (v !== null) recordKey(unique.seen, unique.tally, v, batch, i, v);
    }
  }
}

/** min/max over a Float64Array (NaN is null): one tight loop, no call per value. */
function numericBound(
  numbers: Float64Array,
  bound: number,
  exclusive: boolean,
  upper: boolean,
  tally: RuleTally,
  batch: Batch,
): void {
  const n = batch.rowCount;
  for (let i = 0; i < n; i++) {
    const v = numbers[i]!;
    const bad = upper ? (exclusive ? v >= bound : v > bound) : exclusive ? v <= bound : v < bound;
    if (bad) tally.fail(tally.wantsExamples ? example(batch, i, v) : undefined);
  }
}

/** Counts every row of a duplicated value (the first one too, once a second appears). */
function recordKey<K>(
  seen: Map<K, Example | null>,
  tally: RuleTally,
  key: K,
  batch: Batch,
  i: number,
  shown: CellValue | CellValue[],
): void {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, tally.wantsExamples ? example(batch, i, shown) : { row: 0, value: null });
    return;
  }
  if (first !== null) {
    tally.fail(first.row > 0 ? first : undefined);
    seen.set(key, null);
  }
  tally.fail(tally.wantsExamples ? example(batch, i, shown) : undefined);
}

function checkKey(state: KeyState, batch: Batch): void {
  const columns = state.columns.map((name) => batch.columns.get(name));
  if (columns.some((c) => c === undefined)) return;
  const n = batch.rowCount;
  rows: for (let i = 0; i < n; i++) {
    const values: CellValue[] = [];
    for (const column of columns) {
      const v = valueAt(column!, i);
      // As in SQL, a key with a null part is not compared.
      if (v === null) continue rows;
      values.push(v);
    }
    state.tally.checked += 1;
    recordKey(state.seen, state.tally, JSON.stringify(values), batch, i, values);
  }
}

function tableResult(rule: RuleBase, failures: number, checked: number, detail: string, examples = 0): RuleResult {
  const tally = new RuleTally(rule, examples);
  tally.checked = checked;
  tally.failures = failures;
  return tally.result(detail);
}

function list(names: readonly string[]): string {
  return names.map((n) => JSON.stringify(n)).join(', ');
}

function tableResults(compiled: CompiledContract, present: readonly string[], rows: number): RuleResult[] {
  const out: RuleResult[] = [];
  const base = (kind: RuleBase['kind'], detail = ''): RuleBase => ({
    id: `table.${kind}${detail ? `:${detail}` : ''}`,
    kind,
    column: undefined,
    severity: compiled.tableSeverity,
    mostly: undefined,
    expectation: '',
  });
  const have = new Set(present);
  for (const plan of compiled.columns) {
    if (!(plan.required || compiled.exact) || have.has(plan.name)) continue;
    const rule = { ...base('required', plan.name), column: plan.name, expectation: 'column present' };
    out.push(tableResult(rule, 1, 1, `column ${JSON.stringify(plan.name)} is missing; the file has ${list(present)}`));
  }
  if (compiled.strict) {
    const declared = new Set(compiled.columns.map((c) => c.name));
    const extra = present.filter((name) => !declared.has(name));
    const rule = { ...base('strict'), expectation: 'no columns beyond the contract' };
    out.push(
      tableResult(
        rule,
        extra.length,
        present.length,
        extra.length ? `columns not in the contract: ${list(extra)}` : '',
      ),
    );
  }
  if (compiled.ordered) {
    const expected = compiled.columns.map((c) => c.name).filter((name) => have.has(name));
    const declared = new Set(expected);
    const actual = present.filter((name) => declared.has(name));
    const wrong = actual.filter((name, i) => expected[i] !== name).length;
    const rule = { ...base('ordered'), expectation: 'columns in contract order' };
    out.push(
      tableResult(
        rule,
        wrong,
        actual.length,
        wrong ? `order is ${list(actual)}; the contract lists ${list(expected)}` : '',
      ),
    );
  }
  if (compiled.rows) {
    const { min, max } = compiled.rows;
    const bad = (min !== undefined && rows < min) || (max !== undefined && rows > max);
    out.push(tableResult(compiled.rows, bad ? 1 : 0, 1, `${rows} rows; expected ${compiled.rows.expectation}`));
  }
  return out;
}

/** Validates one data file against a contract; reads only the columns the contract names. */
export async function validateFile(
  path: string,
  contract: Contract,
  options: ValidateOptions = {},
): Promise<FileReport> {
  const format = options.format ?? detectFormat(path);
  const textSource = format === 'csv' || format === 'tsv';
  const contractSource = options.contractSource ?? 'contract';
  const compiled = compileContract(contract, textSource, contractSource);
  const maxExamples = options.examples ?? DEFAULT_EXAMPLES;
  const header = await tableColumns(path, format, { delimiter: options.delimiter });
  const wanted = new Set([...compiled.columns.map((c) => c.name), ...compiled.keys.flatMap((k) => k.columns)]);
  const projection = header?.filter((name) => wanted.has(name));

  const states = new Map<string, ColumnState>();
  for (const plan of compiled.columns) {
    states.set(plan.name, {
      plan,
      nonNull: 0,
      rowsSeen: 0,
      nulls: plan.nullable ? new RuleTally(plan.nullable, maxExamples) : undefined,
      unique: plan.unique ? { tally: new RuleTally(plan.unique, maxExamples), seen: new Map() } : undefined,
      values: plan.values.map((rule) => new RuleTally(rule, maxExamples)),
    });
  }
  const keys: KeyState[] = compiled.keys.map((rule) => ({
    tally: new RuleTally(rule, maxExamples),
    columns: rule.columns,
    seen: new Map(),
  }));
  const seenColumns = new Set<string>(header ?? []);
  let rows = 0;
  for await (const batch of readTable(path, {
    format,
    // Text as codes into each batch's distinct values (CSV/TSV and Parquet; JSON keeps values): no
    // string per row, and each distinct value is tested once per batch.
    dictionary: true,
    ...(projection ? { columns: projection } : {}),
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.nullValues ? { nullValues: options.nullValues } : {}),
  })) {
    for (const [name, column] of batch.columns) {
      seenColumns.add(name);
      const state = states.get(name);
      if (!state) continue;
      // A JSON key first seen now was null in every earlier row.
      if (state.rowsSeen < rows && state.nulls) {
        state.nulls.checked += rows - state.rowsSeen;
        for (let k = state.rowsSeen; k < rows; k++) state.nulls.fail(undefined);
      }
      state.rowsSeen = rows;
      checkColumn(state, column, batch, textSource);
    }
    for (const key of keys) checkKey(key, batch);
    rows += batch.rowCount;
  }
  const present = header ?? [...seenColumns];
  const results = tableResults(compiled, present, rows);
  for (const state of states.values()) {
    if (!seenColumns.has(state.plan.name)) continue;
    if (state.nulls && state.rowsSeen < rows) {
      state.nulls.checked += rows - state.rowsSeen;
      for (let k = state.rowsSeen; k < rows; k++) state.nulls.fail(undefined);
    }
    if (state.nulls) results.push(state.nulls.result());
    for (const tally of state.values) results.push(tally.result());
    if (state.unique) results.push(state.unique.tally.result());
  }
  for (const key of keys) results.push(key.tally.result());
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    data: path,
    format,
    contract: contractSource,
    rows,
    columns: present,
    results,
    ...countFailed(results),
  };
}
