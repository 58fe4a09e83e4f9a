/**
 * Metric gates, one per line: `<metric> <op> <bound>` where op is >=, <=, >, <, == or != and the
 * bound is a number or `baseline`, optionally `baseline + n`, `baseline - n` or `baseline * n`
 * (the baseline run's value of the same metric). A metric name with spaces or operators is quoted
 * ("my metric" >= 1). NaN, missing or non-numeric values fail the gate (fail closed), with the reason.
 */
import { UserError } from '@cairn/core';
import type { Direction } from './compare.ts';
import type { MetricValue } from './flatten.ts';

export type GateOp = '>=' | '<=' | '>' | '<' | '==' | '!=';

export type GateBound =
  | { kind: 'number'; value: number }
  | { kind: 'baseline'; op: '+' | '-' | '*' | undefined; operand: number };

export interface Gate {
  rule: string;
  metric: string;
  op: GateOp;
  bound: GateBound;
}

export interface GateResult {
  rule: string;
  metric: string;
  passed: boolean;
  actual: number | string | null;
  expected: number | null;
  reason: string;
}

const NUMBER = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
const BOUND = new RegExp(`^(?:(${NUMBER})|baseline(?:\\s*([-+*])\\s*(${NUMBER}))?)$`);
const QUOTED = /^(["'`])(.+)\1\s*(>=|<=|==|!=|>|<)\s*(.+)$/;
const PLAIN = /^([^<>=!]+?)\s*(>=|<=|==|!=|>|<)\s*(.+)$/;

export function parseGate(line: string, where = 'gates'): Gate {
  const rule = line.trim();
  const match = QUOTED.exec(rule) ?? PLAIN.exec(rule);
  const quoted = match !== null && QUOTED.test(rule);
  const metric = match ? (quoted ? match[2] : match[1]) : undefined;
  const op = match ? (quoted ? match[3] : match[2]) : undefined;
  const boundText = match ? (quoted ? match[4] : match[3]) : undefined;
  if (!metric || !op || !boundText) {
    throw new UserError(
      `${where}: cannot read the gate "${rule}"; write "<metric> <op> <bound>", e.g. "accuracy >= 0.9" or "rmse <= baseline + 0.01"`,
    );
  }
  const b = BOUND.exec(boundText.trim());
  if (!b) {
    throw new UserError(
      `${where}: the bound "${boundText.trim()}" in "${rule}" must be a number or baseline, baseline + n, baseline - n, baseline * n`,
    );
  }
  const bound: GateBound =
    b[1] !== undefined
      ? { kind: 'number', value: Number(b[1]) }
      : { kind: 'baseline', op: b[2] as '+' | '-' | '*' | undefined, operand: b[3] === undefined ? 0 : Number(b[3]) };
  return { rule, metric: metric.trim(), op: op as GateOp, bound };
}

/** Gates from a multi-line input; errors name the line number. Blank lines and `#` comments are skipped. */
export function parseGates(text: string): Gate[] {
  const gates: Gate[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    gates.push(parseGate(trimmed, `gates line ${i + 1}`));
  });
  return gates;
}

/** The direction a gate implies: `>=`/`>` means higher is better, `<=`/`<` lower. */
export function gateDirections(gates: readonly Gate[]): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const gate of gates) {
    if (gate.op === '>=' || gate.op === '>') out.set(gate.metric, 'higher');
    if (gate.op === '<=' || gate.op === '<') out.set(gate.metric, 'lower');
  }
  return out;
}

function compare(actual: number, op: GateOp, expected: number): boolean {
  switch (op) {
    case '>=':
      return actual >= expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '<':
      return actual < expected;
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
}

function fail(gate: Gate, actual: MetricValue | undefined, expected: number | null, reason: string): GateResult {
  return { rule: gate.rule, metric: gate.metric, passed: false, actual: actual ?? null, expected, reason };
}

export function evaluateGate(
  gate: Gate,
  current: Readonly<Record<string, MetricValue>>,
  baseline: Readonly<Record<string, MetricValue>> | undefined,
): GateResult {
  const actual = Object.hasOwn(current, gate.metric) ? current[gate.metric] : undefined;
  let expected: number;
  if (gate.bound.kind === 'number') expected = gate.bound.value;
  else {
    if (!baseline) return fail(gate, actual, null, 'no baseline run to compare with');
    const base = Object.hasOwn(baseline, gate.metric) ? baseline[gate.metric] : undefined;
    if (base === undefined) return fail(gate, actual, null, `the baseline run has no metric "${gate.metric}"`);
    if (typeof base !== 'number' || Number.isNaN(base)) {
      return fail(
        gate,
        actual,
        null,
        `the baseline value of "${gate.metric}" is not a number (${JSON.stringify(base)})`,
      );
    }
    const { op, operand } = gate.bound;
    expected = op === '+' ? base + operand : op === '-' ? base - operand : op === '*' ? base * operand : base;
  }
  if (actual === undefined) return fail(gate, actual, expected, `this run has no metric "${gate.metric}"`);
  if (actual === null || (typeof actual === 'number' && Number.isNaN(actual))) {
    return fail(gate, actual, expected, `"${gate.metric}" is NaN or empty`);
  }
  if (typeof actual !== 'number')
    return fail(gate, actual, expected, `"${gate.metric}" is not a number (${JSON.stringify(actual)})`);
  const passed = compare(actual, gate.op, expected);
  return {
    rule: gate.rule,
    metric: gate.metric,
    passed,
    actual,
    expected,
    reason: `${actual} ${passed ? 'satisfies' : 'does not satisfy'} ${gate.op} ${expected}`,
  };
}

export function evaluateGates(
  gates: readonly Gate[],
  current: Readonly<Record<string, MetricValue>>,
  baseline: Readonly<Record<string, MetricValue>> | undefined,
): GateResult[] {
  return gates.map((gate) => evaluateGate(gate, current, baseline));
}

/** Directions from lines like `rmse: lower` or `accuracy=higher`. */
export function parseDirections(text: string): Map<string, Direction> {
  const out = new Map<string, Direction>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const m = /^(.+?)\s*[:=]\s*(higher|lower)$/i.exec(trimmed);
    if (!m)
      throw new UserError(`directions line ${i + 1}: write "<metric>: higher" or "<metric>: lower", not "${trimmed}"`);
    out.set((m[1] as string).trim(), (m[2] as string).toLowerCase() as Direction);
  });
  return out;
}
