import { parseArgs } from 'node:util';
import { CheckFailedError, describeError, isUserError, SystemError } from '@cairn/core';
import type { Command, OptionSpec, ParsedArgs } from './command.ts';
import { dataCommand } from './commands/data.ts';
import { datasetsCommand } from './commands/datasets.ts';
import { deploymentsCommand } from './commands/deployments.ts';
import { diffCommand } from './commands/diff.ts';
import { driftCommand } from './commands/drift.ts';
import { initCommand } from './commands/init.ts';
import { aliasesCommand, modelsCommand } from './commands/models.ts';
import { experimentsCommand, runCommand, runsCommand } from './commands/runs.ts';
import { trackCommand } from './commands/track.ts';
import { validateCommand } from './commands/validate.ts';
import { type CliIo, EXIT, processIo } from './io.ts';

export const COMMANDS: readonly Command[] = [
  initCommand,
  experimentsCommand,
  runsCommand,
  runCommand,
  modelsCommand,
  aliasesCommand,
  datasetsCommand,
  dataCommand,
  deploymentsCommand,
  trackCommand,
  diffCommand,
  driftCommand,
  validateCommand,
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'cairn: MLOps in a git repository (runs, data, models, deployments on a metadata branch)',
    '',
    'Usage: cairn <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command that touches the store takes --remote <git URL or bare repo path> (default: the',
    'git repository in the current directory) and --branch (default: mlops-metadata).',
    'Run "cairn <command> --help" for its options. Exit codes: 0 ok, 1 a check failed,',
    '2 bad input or usage, 3 git or network failure.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary, '', 'Options:'];
  for (const [name, spec] of Object.entries(command.options)) {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ' <value>' : ''}`;
    lines.push(`  ${flag.padEnd(26)} ${spec.description}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(26)} show this help`, '');
  return lines.join('\n');
}

function parse(command: Command, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options) as [string, OptionSpec][]) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  return { values: values as ParsedArgs['values'], positionals };
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout('cairn 0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`cairn: unknown command "${name}". Run "cairn --help" for the list.\n`);
    return EXIT.usage;
  }
  const secrets = [io.env.CAIRN_TOKEN, io.env.GITHUB_TOKEN].filter((s): s is string => Boolean(s));
  try {
    const args = parse(command, rest);
    if (args.values.help === true) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    const message = describeError(error, secrets);
    if (error instanceof CheckFailedError) {
      io.stderr(`cairn ${name}: ${message}\n`);
      return EXIT.checkFailed;
    }
    if (isUserError(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`cairn ${name}: ${message}\n`);
      return EXIT.usage;
    }
    const kind = error instanceof SystemError ? '' : 'unexpected error: ';
    io.stderr(`cairn ${name}: ${kind}${message}\n`);
    return EXIT.system;
  }
}
