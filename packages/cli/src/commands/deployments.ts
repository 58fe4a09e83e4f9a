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
import { renderTable, shortTime } from '../table.ts';

export const deploymentsCommand: Command = {
  name: 'deployments',
  summary: 'list model deployments (newest first), with who approved them',
  usage: 'cairn deployments [--environment <name>] [--format table|json]',
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    environment: { type: 'string', description: 'only this environment' },
  },
  async run(args, io) {
    const format = formatFlag(args);
    const environment = stringFlag(args, 'environment');
    const deployments = await withStore(storeFlags(args), io, (store) => store.listDeployments(environment));
    if (format === 'json') {
      printJson(io, { deployments });
      return EXIT.ok;
    }
    if (deployments.length === 0) {
      io.stdout('No deployments recorded.\n');
      return EXIT.ok;
    }
    io.stdout(
      renderTable(
        ['environment', 'seq', 'model', 'version', 'previous', 'status', 'when', 'by', 'approved by'],
        deployments.map((d) => [
          d.environment,
          String(d.seq),
          d.model,
          `v${d.version}${d.rollback ? ' (rollback)' : ''}`,
          d.previousVersion === null ? '-' : `v${d.previousVersion}`,
          d.status,
          shortTime(d.createdAt),
          d.actor ?? '-',
          d.approvals.map((a) => a.user).join(' ') || '-',
        ]),
      ),
    );
    return EXIT.ok;
  },
};
