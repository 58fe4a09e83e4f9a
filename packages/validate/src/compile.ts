/**
 * A parsed contract compiled into flat rules: each value rule is a predicate over one non-null
 * cell, with its severity and `mostly` resolved from the rule, then the column, then defaults.
 */
import { UserError } from '@cairn/core';
import { type CellValue, kindOfText } from '@cairn/data';
import type { ColumnContract, Contract, ContractType, Severity } from './contract-schema.ts';

export type ValueRuleKind = 'type' | 'min' | 'max' | 'in' | 'regex' | 'length';
export type RuleKind = ValueRuleKind | 'nullable' | 'unique' | 'required' | 'strict' | 'ordered' | 'rows' | 'key';

export interface RuleBase {
  /** Stable id: `column.kind` or `table.kind[:detail]`. */
  id: string;
  kind: RuleKind;
  column: string | undefined;
  severity: Severity;
  mostly: number | undefined;
  /** What the rule expects, for people: `>= 0`, `in {sun, rain}`. */
  expectation: string;
}

export interface ValueRule extends RuleBase {
  kind: ValueRuleKind;
  column: string;
  /** True when the non-null value passes. `textSource` is true for CSV/TSV, where every cell is text. */
  test: (value: CellValue) => boolean;
  /** For min/max: the bound, so numeric columns can be checked in a tight loop. */
  bound?: { value: number | string; exclusive: boolean; upper: boolean };
}

export interface ColumnPlan {
  name: string;
  required: boolean;
  /** Null-count rule; absent when the column may hold nulls with no `mostly`. */
  nullable: RuleBase | undefined;
  unique: RuleBase | undefined;
  values: ValueRule[];
}

export interface CompiledContract {
  columns: ColumnPlan[];
  tableSeverity: Severity;
  rows: (RuleBase & { min: number | undefined; max: number | undefined }) | undefined;
  strict: boolean;
  exact: boolean;
  ordered: boolean;
  keys: (RuleBase & { columns: string[] })[];
}

interface Options {
  severity?: Severity | undefined;
  mostly?: number | undefined;
}

function options<T>(rule: T): Options {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule) ? (rule as Options) : {};
}

/** Whether a non-null value is of the contract type. In text formats every value is a string. */
export function typeTest(type: ContractType, textSource: boolean): (value: CellValue) => boolean {
  switch (type) {
    case 'integer':
      return (v) => typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return (v) => typeof v === 'number';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'string':
      return textSource ? () => true : (v) => typeof v === 'string';
    case 'date':
      return (v) => typeof v === 'string' && kindOfText(v) === 'date';
    case 'datetime':
      return (v) => typeof v === 'string' && kindOfText(v) === 'datetime';
  }
}

function boundTest(bound: number | string, exclusive: boolean, upper: boolean): (value: CellValue) => boolean {
  if (typeof bound === 'number') {
    if (upper)
      return exclusive ? (v) => typeof v === 'number' && v < bound : (v) => typeof v === 'number' && v <= bound;
    return exclusive ? (v) => typeof v === 'number' && v > bound : (v) => typeof v === 'number' && v >= bound;
  }
  if (upper) return exclusive ? (v) => typeof v === 'string' && v < bound : (v) => typeof v === 'string' && v <= bound;
  return exclusive ? (v) => typeof v === 'string' && v > bound : (v) => typeof v === 'string' && v >= bound;
}

/** The text a rule on text sees: numbers as JavaScript writes them, booleans as true/false. */
function asText(value: CellValue): string {
  return typeof value === 'string' ? value : String(value);
}

function compileColumn(name: string, c: ColumnContract, textSource: boolean, source: string): ColumnPlan {
  const base = (kind: RuleKind, rule: unknown, expectation: string): RuleBase => {
    const o = options(rule);
    return {
      id: `${name}.${kind}`,
      kind,
      column: name,
      severity: o.severity ?? c.severity ?? 'error',
      mostly: o.mostly ?? c.mostly,
      expectation,
    };
  };
  const values: ValueRule[] = [];
  const add = (
    kind: ValueRuleKind,
    rule: unknown,
    expectation: string,
    test: (v: CellValue) => boolean,
    bound?: ValueRule['bound'],
  ) => {
    values.push({ ...base(kind, rule, expectation), kind, column: name, test, ...(bound ? { bound } : {}) });
  };
  if (c.type !== undefined) {
    const type = typeof c.type === 'string' ? c.type : c.type.is;
    add('type', c.type, type, typeTest(type, textSource));
  }
  for (const [kind, rule] of [
    ['min', c.min],
    ['max', c.max],
  ] as const) {
    if (rule === undefined) continue;
    const value = typeof rule === 'object' ? rule.value : rule;
    const exclusive = typeof rule === 'object' && rule.exclusive === true;
    const op = kind === 'min' ? (exclusive ? '>' : '>=') : exclusive ? '<' : '<=';
    const upper = kind === 'max';
    add(kind, rule, `${op} ${value}`, boundTest(value, exclusive, upper), { value, exclusive, upper });
  }
  if (c.in !== undefined) {
    const allowed = Array.isArray(c.in) ? c.in : c.in.values;
    const set = new Set<CellValue>(allowed);
    // In text formats a cell read as a number or boolean still matches the same value written as text.
    const text = new Set(allowed.map((v) => String(v)));
    const shown = allowed.slice(0, 10).map(String).join(', ') + (allowed.length > 10 ? `, … (${allowed.length})` : '');
    add('in', c.in, `in {${shown}}`, textSource ? (v) => set.has(v) || text.has(asText(v)) : (v) => set.has(v));
  }
  if (c.regex !== undefined) {
    const pattern = typeof c.regex === 'string' ? c.regex : c.regex.pattern;
    const flags = typeof c.regex === 'string' ? '' : (c.regex.flags ?? '');
    let re: RegExp;
    try {
      re = new RegExp(pattern, flags);
    } catch (error) {
      throw new UserError(
        `${source}: column ${JSON.stringify(name)}: regex ${JSON.stringify(pattern)} is not a valid JavaScript regular expression (${(error as Error).message}).`,
      );
    }
    add('regex', c.regex, `matches /${pattern}/${flags}`, (v) => re.test(asText(v)));
  }
  if (c.length !== undefined) {
    const min = c.length.min ?? 0;
    const max = c.length.max ?? Number.POSITIVE_INFINITY;
    if (min > max) throw new UserError(`${source}: column ${JSON.stringify(name)}: length.min is above length.max.`);
    add('length', c.length, `length ${min}..${c.length.max ?? '∞'}`, (v) => {
      const n = asText(v).length;
      return n >= min && n <= max;
    });
  }
  const nullableFlag =
    c.nullable === undefined ? false : typeof c.nullable === 'boolean' ? c.nullable : c.nullable.value;
  const nullable =
    !nullableFlag || options(c.nullable).mostly !== undefined ? base('nullable', c.nullable, 'not null') : undefined;
  const uniqueFlag = c.unique === undefined ? false : typeof c.unique === 'boolean' ? c.unique : c.unique.value;
  return {
    name,
    required: c.required ?? true,
    nullable: nullable && nullableFlag ? { ...nullable, expectation: 'not null (mostly)' } : nullable,
    unique: uniqueFlag ? base('unique', c.unique, 'unique') : undefined,
    values,
  };
}

/**
 * Compiles a contract for one data file. `textSource` is true for CSV/TSV (a `string` type accepts
 * every cell, and `in` matches a number written as text). `source` names the contract in errors.
 */
export function compileContract(contract: Contract, textSource: boolean, source: string): CompiledContract {
  const table = contract.table ?? {};
  const tableSeverity: Severity = table.severity ?? 'error';
  const tableRule = (kind: RuleKind, detail: string, expectation: string, rule?: unknown): RuleBase => {
    const o = options(rule);
    return {
      id: `table.${kind}${detail ? `:${detail}` : ''}`,
      kind,
      column: undefined,
      severity: o.severity ?? tableSeverity,
      mostly: o.mostly,
      expectation,
    };
  };
  const columns = Object.entries(contract.columns).map(([name, c]) => compileColumn(name, c, textSource, source));
  const rows = table.rows
    ? {
        ...tableRule('rows', '', `${table.rows.min ?? 0}..${table.rows.max ?? '∞'} rows`, table.rows),
        min: table.rows.min,
        max: table.rows.max,
      }
    : undefined;
  if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
    throw new UserError(`${source}: table.rows.min (${rows.min}) is above table.rows.max (${rows.max}).`);
  }
  const declared = new Set(Object.keys(contract.columns));
  const keys = (table.unique ?? []).map((rule) => {
    const cols = Array.isArray(rule) ? rule : rule.columns;
    const unknown = cols.filter((name) => !declared.has(name));
    if (unknown.length > 0) {
      throw new UserError(
        `${source}: table.unique key [${cols.join(', ')}] names ${unknown.map((n) => JSON.stringify(n)).join(', ')}, which is not under columns. List every key column under columns.`,
      );
    }
    return { ...tableRule('key', cols.join('+'), `unique (${cols.join(', ')})`, rule), columns: cols };
  });
  return {
    columns,
    tableSeverity,
    rows,
    strict: table.strict === true || table.exact === true,
    exact: table.exact === true,
    ordered: table.ordered === true,
    keys,
  };
}
