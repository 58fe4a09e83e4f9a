/**
 * Per-step metric histories: JSONL (one object per line) or CSV/TSV with a `step` column, in two
 * shapes each: wide (`step` plus one column or key per metric, as dvclive writes
 * `plots/metrics/*.tsv`) or long (`step`, `name`, `value`). A `timestamp` column or key is kept as
 * the point's time (milliseconds). Points of each metric are sorted by step.
 */
import { UserError } from '@cairn/core';
import { parseDelimited } from './delimited.ts';
import { flatten, type MetricValue, parseScalar } from './flatten.ts';

export interface HistoryPoint {
  step: number;
  value: number | null;
  timestamp?: number | undefined;
}

export type History = Record<string, HistoryPoint[]>;

function stepOf(value: MetricValue | undefined, where: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new UserError(`${where}: step must be a whole number >= 0, found ${JSON.stringify(value ?? null)}`);
}

function timestampOf(value: MetricValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value);
  if (typeof value === 'string') {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return t;
  }
  return undefined;
}

class Builder {
  readonly out = new Map<string, HistoryPoint[]>();
  add(name: string, step: number, value: MetricValue | undefined, timestamp: number | undefined): void {
    if (typeof value === 'string') return; // text values have no curve
    const point: HistoryPoint = { step, value: value ?? null };
    if (timestamp !== undefined) point.timestamp = timestamp;
    const points = this.out.get(name);
    if (points) points.push(point);
    else this.out.set(name, [point]);
  }
  result(): History {
    const history: History = {};
    for (const [name, points] of this.out) history[name] = points.sort((a, b) => a.step - b.step);
    return history;
  }
}

function addRow(builder: Builder, row: Map<string, MetricValue>, where: string, fallbackStep: number): void {
  const step = row.has('step') ? stepOf(row.get('step'), where) : fallbackStep;
  const timestamp = timestampOf(row.get('timestamp'));
  if (row.has('name') && row.has('value')) {
    const name = row.get('name');
    if (typeof name !== 'string' && typeof name !== 'number') throw new UserError(`${where}: "name" is empty`);
    builder.add(String(name), step, row.get('value'), timestamp);
    return;
  }
  for (const [key, value] of row) {
    if (key !== 'step' && key !== 'timestamp') builder.add(key, step, value, timestamp);
  }
}

export function parseHistoryText(text: string, path: string): History {
  const lower = path.toLowerCase();
  const builder = new Builder();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${path}:${i + 1}`;
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch (error) {
        throw new UserError(`${where}: not a JSON object (${error instanceof Error ? error.message : error})`);
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new UserError(`${where}: each line must be a JSON object such as {"step": 1, "loss": 0.5}`);
      }
      addRow(builder, flatten(doc), where, i);
    });
    return builder.result();
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.tsv')) {
    throw new UserError(`${path}: unknown history file type; use .jsonl, .csv or .tsv with a step column`);
  }
  const rows = parseDelimited(text, lower.endsWith('.csv') ? ',' : '\t', path);
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  if (!header.includes('step')) {
    throw new UserError(
      `${path}: history files need a "step" column; found columns ${header.map((h) => JSON.stringify(h)).join(', ') || '(none)'}`,
    );
  }
  rows.slice(1).forEach((cells, i) => {
    const row = new Map<string, MetricValue>();
    header.forEach((name, j) => {
      const cell = cells[j] ?? '';
      row.set(name, name === 'name' ? cell.trim() : parseScalar(cell));
    });
    addRow(builder, row, `${path}:${i + 2}`, i);
  });
  return builder.result();
}
