import { UserError } from '@cairn/core';
import { type Command, FORMAT_OPTION, formatFlag, printJson, STORE_OPTIONS, storeFlags } from '../command.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../io.ts';
import { formatValue, renderTable, shortTime } from '../table.ts';

function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export const datasetsCommand: Command = {
  name: 'datasets',
  summary: 'list versioned datasets, or the versions of one dataset',
  usage: 'cairn datasets [<dataset>] [--format table|json]',
  options: { ...STORE_OPTIONS, ...FORMAT_OPTION },
  async run(args, io) {
    const format = formatFlag(args);
    const name = args.positionals[0];
    if (name === undefined) {
      const datasets = await withStore(storeFlags(args), io, async (store) => {
        const names = await store.listDatasets();
        return Promise.all(
          names.map(async (dataset) => {
            const latest = await store.getDatasetVersion(dataset, 'latest');
            return {
              name: dataset,
              latestVersion: latest?.version ?? null,
              files: latest?.fileCount ?? null,
              size: latest?.totalSize ?? null,
              rows: latest?.rows ?? null,
              createdAt: latest?.createdAt ?? null,
            };
          }),
        );
      });
      if (format === 'json') printJson(io, { datasets });
      else if (datasets.length === 0) io.stdout('No datasets versioned yet.\n');
      else
        io.stdout(
          renderTable(
            ['dataset', 'latest', 'files', 'size', 'rows', 'created'],
            datasets.map((d) => [
              d.name,
              formatValue(d.latestVersion),
              formatValue(d.files),
              d.size === null ? '-' : bytes(d.size),
              formatValue(d.rows),
              shortTime(d.createdAt ?? undefined),
            ]),
          ),
        );
      return EXIT.ok;
    }
    const versions = await withStore(storeFlags(args), io, (store) => store.listDatasetVersions(name));
    if (format === 'json') {
      printJson(io, { dataset: name, versions });
      return EXIT.ok;
    }
    if (versions.length === 0) throw new UserError(`no dataset named ${name} (see "cairn datasets")`);
    io.stdout(
      renderTable(
        ['version', 'created', 'files', 'size', 'rows', 'hash'],
        [...versions]
          .sort((a, b) => b.version - a.version)
          .map((v) => [
            String(v.version),
            shortTime(v.createdAt),
            String(v.fileCount),
            bytes(v.totalSize),
            formatValue(v.rows),
            v.datasetHash.slice(0, 12),
          ]),
      ),
    );
    return EXIT.ok;
  },
};
