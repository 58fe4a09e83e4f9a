/**
 * Validation results: one entry per rule with every failure counted (never capped) and up to N
 * example rows, and the outcome under a `fail-on` level.
 */
import type { CellValue, TableFormat } from '@cairn/data';
import type { RuleBase, RuleKind } from './compile.ts';
import type { Severity } from './contract-schema.ts';

export const REPORT_SCHEMA_VERSION = 1;
export const DEFAULT_EXAMPLES = 5;

export interface Example {
  /** 1-based data row (the header is not a row). */
  row: number;
  /** 1-based line in the file where the row starts (CSV, TSV, JSON, JSONL). */
  line?: number;
  value: CellValue | CellValue[];
}

export interface RuleResult {
  id: string;
  kind: RuleKind;
  column?: string;
  severity: Severity;
  mostly?: number;
  expectation: string;
  /** Values (or rows, columns) the rule looked at: non-null values for value rules, rows for `nullable`. */
  checked: number;
  /** Every value (row, column) that broke the rule. */
  failures: number;
  passed: boolean;
  /** Up to N failing rows, in file order (for `unique`: the rows that share a value). */
  examples: Example[];
  /** A sentence for table rules (`3 rows, expected at least 10`). */
  detail?: string;
}

export interface FileReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  data: string;
  format: TableFormat;
  contract: string;
  rows: number;
  columns: string[];
  results: RuleResult[];
  /** Failed rules at error level. */
  errors: number;
  /** Failed rules at warning level. */
  warnings: number;
}

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** True when no failed rule reaches the `failOn` level. */
export function passes(counts: { errors: number; warnings: number }, failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  if (failOn === 'warning') return counts.errors + counts.warnings === 0;
  return counts.errors === 0;
}

/** Mutable tally for one rule while the table streams by. */
export class RuleTally {
  checked = 0;
  failures = 0;
  readonly examples: Example[] = [];
  readonly rule: RuleBase;
  readonly #maxExamples: number;

  constructor(rule: RuleBase, maxExamples: number) {
    this.rule = rule;
    this.#maxExamples = maxExamples;
  }

  get wantsExamples(): boolean {
    return this.examples.length < this.#maxExamples;
  }

  fail(example: Example | undefined): void {
    this.failures += 1;
    if (example && this.examples.length < this.#maxExamples) this.examples.push(example);
  }

  /** Great Expectations' `mostly`: the share of checked values that pass must reach it. */
  passed(): boolean {
    const { mostly } = this.rule;
    if (mostly === undefined || this.checked === 0) return this.failures === 0;
    return (this.checked - this.failures) / this.checked >= mostly;
  }

  result(detail?: string): RuleResult {
    const { id, kind, column, severity, mostly, expectation } = this.rule;
    return {
      id,
      kind,
      ...(column !== undefined ? { column } : {}),
      severity,
      ...(mostly !== undefined ? { mostly } : {}),
      expectation,
      checked: this.checked,
      failures: this.failures,
      passed: this.passed(),
      examples: [...this.examples].sort((a, b) => a.row - b.row),
      ...(detail ? { detail } : {}),
    };
  }
}

export function countFailed(results: readonly RuleResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.passed) continue;
    if (r.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}
