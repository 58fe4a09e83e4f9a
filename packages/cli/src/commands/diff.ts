import { isId, type RunRecord, UserError } from '@cairn/core';
import { compareMetrics, sourcesOf, toDvcDiff } from '@cairn/metrics';
import type { MetadataStore } from '@cairn/store';
import {
  type Command,
  FORMAT_OPTION,
  formatFlag,
  printJson,
  STORE_OPTIONS,
  storeFlags,
  stringFlag,
} from '../command.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../io.ts';
import { formatValue, renderTable } from '../table.ts';
import { fullRef } from './track.ts';

async function resolve(store: MetadataStore, target: string, experiment: string | undefined): Promise<RunRecord> {
  if (isId(target)) {
    const run = await store.getRun(target, experiment);
    if (!run)
      throw new UserError(
        `no run with id ${target}${experiment ? ` in experiment ${experiment}` : ''} (see cairn runs)`,
      );
    return run;
  }
  if (!experiment)
    throw new UserError(`"${target}" is not a run id; to use a branch or ref, also give --experiment <name>`);
  const run = await store.latestRun(experiment, fullRef(target));
  if (!run)
    throw new UserError(`no run of ${experiment} on ${fullRef(target)} (see cairn runs --experiment ${experiment})`);
  return run;
}

/** The run a single target is compared with: the baseline it recorded, else the run before it on its ref. */
async function previous(store: MetadataStore, run: RunRecord): Promise<RunRecord | undefined> {
  const recorded = run.baselineRunId;
  if (typeof recorded === 'string' && isId(recorded)) {
    const found = await store.getRun(recorded, run.experiment);
    if (found) return found;
  }
  if (!run.git.ref) return undefined;
  const recent = await store.recentRuns(run.experiment, run.git.ref, 50);
  const index = recent.findIndex((r) => r.id === run.id);
  return index >= 0 ? recent[index + 1] : recent.find((r) => r.id < run.id);
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare the metrics of two runs (ids, or branches with --experiment), like dvc metrics diff',
  usage: 'cairn diff <run|ref> [<run|ref>] [--experiment <name>] [--all] [--format table|json]',
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    experiment: { type: 'string', short: 'e', description: 'experiment of the runs (needed for branch names)' },
    all: { type: 'boolean', description: 'show unchanged metrics too (json always has all)' },
  },
  async run(args, io) {
    const format = formatFlag(args);
    const [first, second, extra] = args.positionals;
    if (!first || extra !== undefined) throw new UserError('give one or two runs or refs: cairn diff <old> [<new>]');
    const experiment = stringFlag(args, 'experiment');
    const { old, now } = await withStore(storeFlags(args), io, async (store) => {
      if (second !== undefined)
        return { old: await resolve(store, first, experiment), now: await resolve(store, second, experiment) };
      const run = await resolve(store, first, experiment);
      return { old: await previous(store, run), now: run };
    });
    const rows = compareMetrics(now.metrics, old?.metrics, {
      sources: sourcesOf(now),
      baselineSources: sourcesOf(old),
    });
    if (format === 'json') {
      printJson(io, toDvcDiff(rows));
      return EXIT.ok;
    }
    io.stdout(
      `${old ? `old: ${old.id} (${old.git.ref ?? '-'})` : 'old: none'}\nnew: ${now.id} (${now.git.ref ?? '-'})\n\n`,
    );
    const shown = args.values.all === true ? rows : rows.filter((r) => r.verdict !== 'same');
    if (shown.length === 0) {
      io.stdout('No metric changed.\n');
      return EXIT.ok;
    }
    io.stdout(
      renderTable(
        ['Path', 'Metric', 'Old', 'New', 'Change'],
        shown.map((r) => [
          r.path,
          r.name,
          formatValue(r.old),
          formatValue(r.new),
          r.diff === undefined ? '-' : formatValue(r.diff),
        ]),
      ),
    );
    return EXIT.ok;
  },
};
