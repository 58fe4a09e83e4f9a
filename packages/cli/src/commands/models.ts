import { UserError } from '@cairn/core';
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
import { formatValue, renderTable, shortTime } from '../table.ts';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'list registered models, or the versions of one model with their aliases',
  usage: 'cairn models [<model>] [--format table|json]',
  options: { ...STORE_OPTIONS, ...FORMAT_OPTION },
  async run(args, io) {
    const format = formatFlag(args);
    const name = args.positionals[0];
    if (name === undefined) {
      const models = await withStore(storeFlags(args), io, async (store) => {
        const names = await store.listModels();
        return Promise.all(
          names.map(async (model) => {
            const versions = await store.listModelVersions(model);
            const latest = versions.reduce((max, v) => Math.max(max, v.version), 0);
            return { name: model, latestVersion: latest || null, aliases: await store.getAliases(model) };
          }),
        );
      });
      if (format === 'json') printJson(io, { models });
      else if (models.length === 0) io.stdout('No models registered yet.\n');
      else
        io.stdout(
          renderTable(
            ['model', 'latest', 'aliases'],
            models.map((m) => [
              m.name,
              formatValue(m.latestVersion),
              Object.entries(m.aliases)
                .map(([a, v]) => `${a}=v${v}`)
                .join(' ') || '-',
            ]),
          ),
        );
      return EXIT.ok;
    }
    const { versions, aliases } = await withStore(storeFlags(args), io, async (store) => ({
      versions: await store.listModelVersions(name),
      aliases: await store.getAliases(name),
    }));
    if (format === 'json') {
      printJson(io, { model: name, aliases, versions });
      return EXIT.ok;
    }
    if (versions.length === 0) throw new UserError(`no model named ${name} (see "cairn models")`);
    const byVersion = new Map<number, string[]>();
    for (const [alias, version] of Object.entries(aliases)) {
      byVersion.set(version, [...(byVersion.get(version) ?? []), alias]);
    }
    io.stdout(
      renderTable(
        ['version', 'created', 'aliases', 'run', 'data', 'metrics'],
        [...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => [
            String(v.version),
            shortTime(v.createdAt),
            (byVersion.get(v.version) ?? []).join(' ') || '-',
            v.lineage.runId ?? '-',
            v.lineage.datasets.map((d) => `${d.name}@${d.version}`).join(' ') || '-',
            Object.entries(v.metrics)
              .slice(0, 3)
              .map(([k, m]) => `${k}=${formatValue(m)}`)
              .join(' ') || '-',
          ]),
      ),
    );
    return EXIT.ok;
  },
};

export const aliasesCommand: Command = {
  name: 'aliases',
  summary: "show a model's aliases, or with --history every move of them (who, when, why)",
  usage: 'cairn aliases <model> [--history] [--alias <name>] [--format table|json]',
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    history: { type: 'boolean', description: 'show every move, oldest first' },
    alias: { type: 'string', description: 'only this alias' },
  },
  async run(args, io) {
    const format = formatFlag(args);
    const model = args.positionals[0];
    if (!model) throw new UserError('give a model name: cairn aliases <model>');
    const alias = stringFlag(args, 'alias');
    if (args.values.history === true) {
      const moves = await withStore(storeFlags(args), io, (store) => store.aliasHistory(model, alias));
      if (format === 'json') printJson(io, { model, moves });
      else if (moves.length === 0) io.stdout(`No alias moves for ${model}.\n`);
      else
        io.stdout(
          renderTable(
            ['when', 'alias', 'from', 'to', 'by', 'reason'],
            moves.map((m) => [
              shortTime(m.at),
              m.alias,
              m.previous === null ? '-' : `v${m.previous}`,
              m.version === null ? '(removed)' : `v${m.version}`,
              m.by ?? '-',
              m.reason ?? '-',
            ]),
          ),
        );
      return EXIT.ok;
    }
    const all = await withStore(storeFlags(args), io, (store) => store.getAliases(model));
    const aliases = alias === undefined ? all : Object.fromEntries(Object.entries(all).filter(([a]) => a === alias));
    if (format === 'json') printJson(io, { model, aliases });
    else if (Object.keys(aliases).length === 0) io.stdout(`No aliases set for ${model}.\n`);
    else
      io.stdout(
        renderTable(
          ['alias', 'version'],
          Object.entries(aliases).map(([a, v]) => [a, String(v)]),
        ),
      );
    return EXIT.ok;
  },
};
