import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stderrLogger, UserError } from '@cairn/core';
import {
  checkDrift,
  type DriftCheckInput,
  datasetNameFrom,
  listItems,
  parseColumnTypes,
  parseDriftOptions,
  parseSource,
  versionFilesFetcher,
} from '@cairn/drift';
import { renderDriftHtml, renderDriftMarkdown } from '@cairn/report';
import { type Command, STORE_OPTIONS, storeFlags, stringFlag } from '../command.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../io.ts';

const FORMATS = ['md', 'json', 'html'] as const;

export const driftCommand: Command = {
  name: 'drift',
  summary: 'compare current data with a reference column by column (Evidently defaults); exit 1 on dataset drift',
  usage:
    'cairn drift --reference <file|dir|name@version> --current <file|dir> [--format md|json|html] [--out FILE] [--columns a,b] [--exclude c] [--method psi] [--threshold 0.2] [--drift-share 0.5]',
  options: {
    ...STORE_OPTIONS,
    reference: {
      type: 'string',
      short: 'r',
      description: 'reference data: a file, a directory, or name@version (its stored profile)',
    },
    current: { type: 'string', short: 'c', description: 'current data: a file or a directory' },
    format: { type: 'string', description: 'md (default), json (the documented report) or html (self-contained)' },
    out: { type: 'string', short: 'o', description: 'write the report to this file instead of stdout' },
    columns: { type: 'string', description: 'columns to test, comma-separated (default: all)' },
    exclude: { type: 'string', description: 'columns to leave out, comma-separated' },
    'column-types': {
      type: 'string',
      description: 'type overrides, "col: numeric|categorical|text|datetime" per line',
    },
    method: { type: 'string', description: 'auto (default), a method for every column, or "col: method" lines' },
    threshold: { type: 'string', description: 'threshold for every column, or "col: value" lines' },
    'drift-share': { type: 'string', description: 'dataset drift when drifted/tested >= this (default 0.5)' },
    'reference-mode': { type: 'string', description: 'for name@version: auto (default), profile or data' },
    workers: {
      type: 'string',
      description: "threads for reading (default: the machine's cores; 1 reads in one thread)",
    },
  },
  async run(args, io) {
    const format = stringFlag(args, 'format') ?? 'md';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UserError(`--format must be md, json or html, not "${format}"`);
    }
    const reference = stringFlag(args, 'reference');
    const current = stringFlag(args, 'current');
    if (!reference || !current) throw new UserError('give both --reference and --current');
    if (args.positionals.length > 0) throw new UserError(`unexpected argument "${args.positionals[0]}"`);
    const mode = stringFlag(args, 'reference-mode') ?? 'auto';
    if (mode !== 'auto' && mode !== 'profile' && mode !== 'data') {
      throw new UserError(`--reference-mode must be auto, profile or data, not "${mode}"`);
    }
    const workersText = stringFlag(args, 'workers');
    const workers = workersText === undefined ? undefined : Number(workersText);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
      throw new UserError(`--workers must be a whole number >= 1, not "${workersText}"`);
    }
    const input: DriftCheckInput = {
      reference,
      current,
      cwd: io.cwd,
      columns: listItems(stringFlag(args, 'columns') ?? ''),
      exclude: listItems(stringFlag(args, 'exclude') ?? ''),
      columnTypes: parseColumnTypes(stringFlag(args, 'column-types') ?? ''),
      options: parseDriftOptions({
        method: stringFlag(args, 'method') ?? '',
        threshold: stringFlag(args, 'threshold') ?? '',
        driftShare: stringFlag(args, 'drift-share') ?? '',
      }),
      referenceMode: mode,
      ...(workers !== undefined ? { parallel: { workers } } : {}),
    };
    const needsStore = [reference, current].some(
      (s, i) => parseSource(s, i === 0 ? 'reference' : 'current', io.cwd).kind === 'dataset',
    );
    const result = needsStore
      ? await withStore(storeFlags(args), io, async (store) => {
          const dir = mkdtempSync(join(tmpdir(), 'cairn-drift-pull-'));
          try {
            const fetchVersionFiles = versionFilesFetcher({ store, dir, logger: stderrLogger(false) });
            return await checkDrift({ ...input, store, fetchVersionFiles });
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        })
      : await checkDrift(input);
    const view = {
      dataset: datasetNameFrom(result.reference.label),
      report: result.report,
      reference: result.reference,
      current: result.current,
      histograms: result.histograms,
      generatedAt: new Date().toISOString(),
    };
    const text =
      format === 'json'
        ? `${JSON.stringify(result.report, null, 2)}\n`
        : format === 'html'
          ? renderDriftHtml(view)
          : renderDriftMarkdown(view);
    const out = stringFlag(args, 'out');
    if (out) {
      writeFileSync(resolve(io.cwd, out), text);
      io.stderr(`${result.report.dataset.drift ? 'dataset drift' : 'no dataset drift'}: report written to ${out}\n`);
    } else io.stdout(text);
    return result.report.dataset.drift ? EXIT.checkFailed : EXIT.ok;
  },
};
