/**
 * The track-run report: gate results, the metric table against the baseline (with direction and a
 * better/worse marker), changed params, linked data versions, a trend chart of the last runs on the
 * baseline's branch plus this one, and the per-step curve of one metric. The same markdown goes to the
 * job summary and the sticky comment; packages/github shortens it to fit (table rows go first, which
 * is why large tables list the most changed metrics first).
 */
import type { RunRecord } from '@cairn/core';
import type { Direction, GateResult, MetricRow, ParamChange, Verdict } from '@cairn/metrics';
import { escapeInline } from './escape.ts';
import { lineChart, sampleIndices } from './mermaid.ts';
import { formatPercent, formatSigned, formatValue } from './number-format.ts';
import { markdownTable, md } from './table.ts';

export interface RunReportInput {
  run: RunRecord;
  baselineLabel: string | undefined;
  baselineNote: string | undefined;
  rows: readonly MetricRow[];
  params: readonly ParamChange[];
  gates: readonly GateResult[];
  trend: readonly RunRecord[];
}

export interface RunReportOptions {
  /** Metric for the trend chart and the step curve (default: the first gated, else the first numeric). */
  chartMetric?: string;
  /** Tables above this many metrics list the most changed first (default 50). */
  sortAbove?: number;
  /** Points in the step curve (default 60). */
  maxCurvePoints?: number;
}

const MARK: Record<Verdict, string> = {
  better: '🟢 better',
  worse: '🔴 worse',
  same: '⚪ same',
  changed: '🔵 changed',
  added: '🆕 new',
  removed: '➖ removed',
  'not-compared': '',
};
const ORDER: Verdict[] = ['worse', 'better', 'changed', 'added', 'removed', 'not-compared', 'same'];

function arrow(direction: Direction | undefined): string {
  return direction === 'higher' ? '↑ higher' : direction === 'lower' ? '↓ lower' : '';
}

function orderRows(rows: readonly MetricRow[], sortAbove: number): MetricRow[] {
  if (rows.length <= sortAbove) return [...rows];
  return [...rows].sort(
    (a, b) =>
      ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) ||
      Math.abs(b.relative ?? 0) - Math.abs(a.relative ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function gateSection(gates: readonly GateResult[]): string[] {
  if (gates.length === 0) return [];
  const failed = gates.filter((g) => !g.passed).length;
  const head = failed === 0 ? `✅ All ${gates.length} gates passed.` : `❌ ${failed} of ${gates.length} gates failed.`;
  const table = markdownTable(
    ['Gate', 'This run', 'Bound', 'Result', 'Why'],
    gates.map((g) => [
      g.rule,
      formatValue(g.actual),
      formatValue(g.expected),
      md(g.passed ? '✅ pass' : '❌ fail'),
      g.reason,
    ]),
    ['left', 'right', 'right', 'left', 'left'],
  );
  return ['#### Gates', '', head, '', table, ''];
}

function metricSection(rows: readonly MetricRow[], hasBaseline: boolean, sortAbove: number): string[] {
  const ordered = orderRows(rows, sortAbove);
  const out = ['#### Metrics', ''];
  if (ordered.length > sortAbove && hasBaseline)
    out.push(`_${ordered.length} metrics: the most changed are listed first._`, '');
  const table = hasBaseline
    ? markdownTable(
        ['Metric', 'Better', 'Baseline', 'This run', 'Change', 'Relative', ''],
        ordered.map((r) => [
          r.name,
          arrow(r.direction),
          formatValue(r.old),
          formatValue(r.new),
          r.diff === undefined ? '' : formatSigned(r.diff),
          r.relative === undefined ? '' : formatPercent(r.relative),
          md(MARK[r.verdict]),
        ]),
        ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      )
    : markdownTable(
        ['Metric', 'Better', 'This run'],
        ordered.map((r) => [r.name, arrow(r.direction), formatValue(r.new)]),
        ['left', 'left', 'right'],
      );
  out.push(table, '');
  return out;
}

function paramSection(params: readonly ParamChange[]): string[] {
  if (params.length === 0) return [];
  const table = markdownTable(
    ['Param', 'Baseline', 'This run'],
    params.map((p) => [p.name, p.old ?? '—', p.new ?? '—']),
  );
  return ['#### Changed params', '', table, ''];
}

function dataSection(run: RunRecord): string[] {
  if (run.datasets.length === 0) return [];
  const items = run.datasets.map((d) => `\`${d.name}@${d.version}\``).join(', ');
  return [`**Data versions:** ${items}`, ''];
}

function chartMetricOf(input: RunReportInput, options: RunReportOptions): string | undefined {
  if (options.chartMetric !== undefined) return options.chartMetric;
  const gated = input.gates.find((g) => typeof input.run.metrics[g.metric] === 'number');
  if (gated) return gated.metric;
  return Object.entries(input.run.metrics).find(([, v]) => typeof v === 'number')?.[0];
}

function trendSection(input: RunReportInput, metric: string): string[] {
  if (input.trend.length < 2) return [];
  const values = input.trend.map((r) => {
    const v = r.metrics[metric];
    return typeof v === 'number' ? v : null;
  });
  const categories = input.trend.map((r, i) =>
    i === input.trend.length - 1 ? 'this run' : `${i + 1} ${(r.git.sha ?? r.id).slice(0, 7)}`,
  );
  const chart = lineChart({
    title: `${metric}: last runs`,
    categories,
    yLabel: metric,
    series: [{ name: metric, values }],
  });
  if (!chart) return [];
  return [
    '#### Trend',
    '',
    chart,
    '',
    `_${escapeInline(metric)} over the last ${input.trend.length - 1} runs on the baseline branch, then this run._`,
    '',
  ];
}

function curveSection(run: RunRecord, metric: string | undefined, maxPoints: number): string[] {
  const history = run.metricHistory ?? {};
  const name = metric !== undefined && history[metric] ? metric : Object.keys(history)[0];
  const points = name === undefined ? undefined : history[name];
  if (name === undefined || !points || points.length < 2) return [];
  const picked = sampleIndices(points.length, maxPoints).map(
    (i) => points[i] as { step: number; value: number | null },
  );
  const chart = lineChart({
    title: `${name} by step`,
    xLabel: 'step',
    categories: picked.map((p) => String(p.step)),
    yLabel: name,
    series: [{ name, values: picked.map((p) => p.value) }],
  });
  if (!chart) return [];
  const note = picked.length < points.length ? ` (${picked.length} of ${points.length} steps shown)` : '';
  return ['#### Training curve', '', chart, '', `_${escapeInline(name)} at each step of this run${note}._`, ''];
}

export function renderRunReport(input: RunReportInput, options: RunReportOptions = {}): string {
  const { run } = input;
  const failed = input.gates.filter((g) => !g.passed).length;
  const status = input.gates.length === 0 ? '' : failed === 0 ? ' ✅' : ' ❌';
  const lines = [`### Experiment ${escapeInline(run.experiment)}${status}`, ''];
  const where = [
    `Run \`${run.id}\``,
    run.git.ref ? `on \`${escapeInline(run.git.ref.replace(/^refs\/heads\//, ''))}\`` : '',
    run.git.sha ? `at ${run.git.sha.slice(0, 7)}` : '',
    run.git.runUrl ? `([workflow run](${run.git.runUrl}))` : '',
  ].filter((s) => s !== '');
  lines.push(`${where.join(' ')}.`, '');
  lines.push(
    input.baselineLabel
      ? `Compared with ${escapeInline(input.baselineLabel)}.`
      : `**No baseline:** ${escapeInline(input.baselineNote ?? 'nothing to compare with')}. The metrics of this run are below.`,
    '',
  );
  lines.push(...gateSection(input.gates));
  lines.push(...metricSection(input.rows, input.baselineLabel !== undefined, options.sortAbove ?? 50));
  lines.push(...paramSection(input.params));
  lines.push(...dataSection(run));
  const metric = chartMetricOf(input, options);
  if (metric !== undefined) lines.push(...trendSection(input, metric));
  lines.push(...curveSection(run, metric, options.maxCurvePoints ?? 60));
  return `${lines.join('\n').trimEnd()}\n`;
}
