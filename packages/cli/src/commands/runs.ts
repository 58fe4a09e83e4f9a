import type { RunRecord } from '@cairn/core';
import { UserError } from '@cairn/core';
import {
  type Command,
  FORMAT_OPTION,
  formatFlag,
  positiveIntFlag,
  printJson,
  STORE_OPTIONS,
  storeFlags,
  stringFlag,
} from '../command.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../io.ts';
import { formatValue, renderTable, shortTime } from '../table.ts';

export const experimentsCommand: Command = {
  name: 'experiments',
  summary: 'list the experiments that have runs',
  usage: 'cairn experiments [--format table|json]',
  options: { ...STORE_OPTIONS, ...FORMAT_OPTION },
  async run(args, io) {
    const format = formatFlag(args);
    const experiments = await withStore(storeFlags(args), io, (store) => store.listExperiments());
    if (format === 'json') printJson(io, { experiments });
    else io.stdout(experiments.length ? `${experiments.join('\n')}\n` : 'No experiments yet.\n');
    return EXIT.ok;
  },
};

/** The metrics shown in the table: the first few keys, so wide experiments stay readable. */
function metricSummary(run: RunRecord, max = 4): string {
  const entries = Object.entries(run.metrics);
  const shown = entries.slice(0, max).map(([k, v]) => `${k}=${formatValue(v)}`);
  if (entries.length > max) shown.push(`(+${entries.length - max})`);
  return shown.join(' ');
}

export const runsCommand: Command = {
  name: 'runs',
  summary: 'list training runs, newest first (all, one experiment, or one experiment on one git ref)',
  usage: 'cairn runs [--experiment <name>] [--ref <git ref>] [--limit <n>] [--format table|json]',
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    experiment: { type: 'string', short: 'e', description: 'only runs of this experiment' },
    ref: { type: 'string', description: 'only runs recorded on this git ref (needs --experiment)' },
    limit: { type: 'string', short: 'n', description: 'at most this many runs (default 50)' },
  },
  async run(args, io) {
    const format = formatFlag(args);
    const experiment = stringFlag(args, 'experiment');
    const ref = stringFlag(args, 'ref');
    const limit = positiveIntFlag(args, 'limit') ?? 50;
    if (ref !== undefined && experiment === undefined) {
      throw new UserError('--ref needs --experiment: runs are indexed per experiment and ref');
    }
    const runs = await withStore(storeFlags(args), io, (store) =>
      ref !== undefined && experiment !== undefined
        ? store.recentRuns(experiment, ref, limit)
        : store.listRuns({ ...(experiment ? { experiment } : {}), limit }),
    );
    if (format === 'json') {
      printJson(io, { runs });
      return EXIT.ok;
    }
    if (runs.length === 0) {
      io.stdout('No runs found.\n');
      return EXIT.ok;
    }
    io.stdout(
      renderTable(
        ['id', 'experiment', 'status', 'started', 'ref', 'sha', 'metrics'],
        runs.map((r) => [
          r.id,
          r.experiment,
          r.status,
          shortTime(r.startTime),
          r.git.ref ?? '-',
          (r.git.sha ?? '-').slice(0, 7),
          metricSummary(r),
        ]),
      ),
    );
    return EXIT.ok;
  },
};

export const runCommand: Command = {
  name: 'run',
  summary: 'show one run: params, metrics, datasets, git context',
  usage: 'cairn run <run-id> [--experiment <name>] [--format table|json]',
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    experiment: { type: 'string', short: 'e', description: 'the run’s experiment (faster lookup)' },
  },
  async run(args, io) {
    const format = formatFlag(args);
    const id = args.positionals[0];
    if (!id) throw new UserError('give a run id: cairn run <run-id> (see "cairn runs")');
    const experiment = stringFlag(args, 'experiment');
    const run = await withStore(storeFlags(args), io, (store) => store.getRun(id, experiment));
    if (!run) throw new UserError(`no run with id ${id}${experiment ? ` in experiment ${experiment}` : ''}`);
    if (format === 'json') {
      printJson(io, { run });
      return EXIT.ok;
    }
    const lines = [
      `run ${run.id} (${run.experiment}) ${run.status}`,
      `started ${shortTime(run.startTime)}${run.endTime ? `, ended ${shortTime(run.endTime)}` : ''}`,
      `git ${run.git.ref ?? '-'} @ ${run.git.sha ?? '-'}${run.git.runUrl ? ` (${run.git.runUrl})` : ''}`,
    ];
    if (run.datasets.length) lines.push(`data ${run.datasets.map((d) => `${d.name}@${d.version}`).join(', ')}`);
    io.stdout(`${lines.join('\n')}\n\n`);
    const metrics = Object.entries(run.metrics).map(([k, v]) => [k, formatValue(v)]);
    if (metrics.length) io.stdout(`${renderTable(['metric', 'value'], metrics)}\n`);
    const params = Object.entries(run.params).map(([k, v]) => [k, v]);
    if (params.length) io.stdout(renderTable(['param', 'value'], params));
    return EXIT.ok;
  },
};
