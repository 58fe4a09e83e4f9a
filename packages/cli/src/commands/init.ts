import { type Command, STORE_OPTIONS, storeFlags } from '../command.ts';
import { resolveRemote, withStore } from '../context.ts';
import { EXIT } from '../io.ts';

export const initCommand: Command = {
  name: 'init',
  summary: 'create the metadata branch on the remote (an orphan branch; a no-op when it exists)',
  usage: 'cairn init [--remote <url|path>] [--branch <name>]',
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const flags = storeFlags(args);
    const remote = resolveRemote(flags, io);
    const branch = flags.branch ?? 'mlops-metadata';
    const { created } = await withStore(flags, io, (store) => store.init());
    io.stdout(
      created
        ? `Created metadata branch ${branch} on ${remote}\n`
        : `Metadata branch ${branch} already exists on ${remote}\n`,
    );
    return EXIT.ok;
  },
};
