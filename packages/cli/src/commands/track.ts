import { spawnSync } from 'node:child_process';
import { CheckFailedError, type DatasetRef, type GitContext, NAME_PATTERN, UserError } from '@cairn/core';
import {
  type Direction,
  describeFailedGates,
  loadHistory,
  loadMetrics,
  loadParams,
  parseBaselineSpec,
  parseDirections,
  parseGates,
  type TrackResult,
  trackRun,
} from '@cairn/metrics';
import { formatPercent, formatSigned, renderRunReport } from '@cairn/report';
import { type Command, printJson, STORE_OPTIONS, storeFlags, stringFlag } from '../command.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../io.ts';
import { formatValue, renderTable } from '../table.ts';

function list(value: string | boolean | string[] | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return Array.isArray(value) ? value : [value];
}

function gitOf(cwd: string, args: string[]): string | undefined {
  const out = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() || undefined : undefined;
}

/** A branch name or a full ref, as a full ref. */
export function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}

function datasets(values: string[]): DatasetRef[] {
  return values.map((value) => {
    const m = /^([^@\s]+)@v?([1-9]\d*)$/.exec(value);
    if (!m || !NAME_PATTERN.test(m[1] as string))
      throw new UserError(`--dataset "${value}" must be name@version, e.g. customers@3`);
    return { name: m[1] as string, version: Number(m[2]) };
  });
}

function tags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const m = /^([^=]+?)\s*=\s*(.*)$/.exec(value);
    if (!m) throw new UserError(`--tag "${value}" must be key=value`);
    out[m[1] as string] = m[2] as string;
  }
  return out;
}

function printResult(result: TrackResult, io: { stdout(text: string): void }): void {
  io.stdout(`Recorded run ${result.run.id} of ${result.run.experiment}.\n`);
  io.stdout(
    result.baseline
      ? `Compared with ${result.baseline.label}.\n\n`
      : `No baseline: ${result.baselineNote ?? 'none'}.\n\n`,
  );
  io.stdout(
    renderTable(
      ['metric', 'baseline', 'this run', 'change', 'relative', ''],
      result.rows.map((r) => [
        r.name,
        formatValue(r.old),
        formatValue(r.new),
        r.diff === undefined ? '' : formatSigned(r.diff),
        r.relative === undefined ? '' : formatPercent(r.relative),
        r.verdict === 'not-compared' ? '' : r.verdict,
      ]),
    ),
  );
  if (result.gates.length > 0) {
    io.stdout(
      `\n${renderTable(
        ['gate', 'result', 'why'],
        result.gates.map((g) => [g.rule, g.passed ? 'pass' : 'FAIL', g.reason]),
      )}`,
    );
  }
}

export const trackCommand: Command = {
  name: 'track',
  summary: 'record a training run (metrics, params, history) and compare it with a baseline; gates exit 1',
  usage:
    'cairn track --experiment <name> --metrics <file> [--params <file|key=value>] [--history <file>] [--gate <rule>] [--baseline base|run:<id>|model:<name>@<alias>|none] [--format table|json|markdown]',
  options: {
    ...STORE_OPTIONS,
    experiment: { type: 'string', short: 'e', description: 'experiment name (required)' },
    metrics: { type: 'string', short: 'm', multiple: true, description: 'metric file, glob or dvc.yaml (repeatable)' },
    params: {
      type: 'string',
      short: 'p',
      multiple: true,
      description: 'param file, glob, dvc.yaml or key=value (repeatable)',
    },
    history: { type: 'string', multiple: true, description: 'per-step history: JSONL, or CSV/TSV with a step column' },
    tag: { type: 'string', multiple: true, description: 'tag as key=value (repeatable)' },
    dataset: { type: 'string', multiple: true, description: 'data version used, name@version (repeatable)' },
    gate: {
      type: 'string',
      multiple: true,
      description: 'gate such as "accuracy >= 0.9" or "rmse <= baseline + 0.01"',
    },
    direction: { type: 'string', multiple: true, description: 'which way is better, e.g. "rmse: lower" (repeatable)' },
    baseline: { type: 'string', description: 'base (default), none, run:<id> or model:<name>@<alias>' },
    ref: { type: 'string', description: 'git ref to record the run on (default: the current branch)' },
    base: { type: 'string', description: 'branch whose latest run is the baseline (default: --ref)' },
    key: { type: 'string', description: 'idempotency key: the same key updates the same run' },
    format: { type: 'string', description: 'table (default), json or markdown (the PR comment)' },
  },
  async run(args, io) {
    const format = stringFlag(args, 'format') ?? 'table';
    if (!['table', 'json', 'markdown'].includes(format)) {
      throw new UserError(`--format must be table, json or markdown, not "${format}"`);
    }
    const experiment = stringFlag(args, 'experiment');
    if (!experiment) throw new UserError('give --experiment <name>');
    const metricFiles = list(args.values.metrics);
    if (metricFiles.length === 0) throw new UserError('give --metrics <file> (a JSON, YAML, CSV/TSV file or dvc.yaml)');
    const metrics = await loadMetrics(metricFiles, io.cwd);
    const params = await loadParams(list(args.values.params), io.cwd);
    const history = await loadHistory(list(args.values.history), io.cwd);
    const ref = fullRef(
      stringFlag(args, 'ref') ?? gitOf(io.cwd, ['symbolic-ref', '--quiet', 'HEAD']) ?? 'refs/heads/local',
    );
    const base = stringFlag(args, 'base');
    const git: GitContext = { ref };
    const sha = gitOf(io.cwd, ['rev-parse', 'HEAD']);
    if (sha) git.sha = sha;
    if (base) git.baseRef = fullRef(base);
    const directions = new Map<string, Direction>();
    for (const line of list(args.values.direction)) for (const [k, v] of parseDirections(line)) directions.set(k, v);
    const key = stringFlag(args, 'key');
    const result = await withStore(storeFlags(args), io, (store) =>
      trackRun(store, {
        experiment,
        metrics: Object.fromEntries(metrics.values),
        metricSources: Object.fromEntries(metrics.sources),
        params: Object.fromEntries(params.values),
        history: history.history,
        tags: { source: 'cairn-cli', ...tags(list(args.values.tag)) },
        datasets: datasets(list(args.values.dataset)),
        git,
        environment: { node: process.version, os: process.platform, arch: process.arch },
        startTime: new Date().toISOString(),
        baseline: parseBaselineSpec(stringFlag(args, 'baseline') ?? 'base'),
        baselineRef: base ? fullRef(base) : ref,
        gates: parseGates(list(args.values.gate).join('\n')),
        directions,
        ...(key ? { idempotencyKey: key } : {}),
      }),
    );
    if (format === 'json') {
      printJson(io, {
        run: result.run,
        baseline: result.baseline?.run?.id ?? null,
        comparison: result.comparison,
        gates: result.gates,
        gatesPassed: result.gatesPassed,
      });
    } else if (format === 'markdown') {
      io.stdout(
        renderRunReport({
          run: result.run,
          baselineLabel: result.baseline?.label,
          baselineNote: result.baselineNote,
          rows: result.rows,
          params: result.params,
          gates: result.gates,
          trend: result.trend,
        }),
      );
    } else printResult(result, io);
    if (!result.gatesPassed) throw new CheckFailedError(describeFailedGates(result.gates));
    return EXIT.ok;
  },
};
