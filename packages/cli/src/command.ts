import { UserError } from '@cairn/core';
import type { CliIo } from './io.ts';

export type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean; description: string };

/** Options every store command takes. */
export const STORE_OPTIONS: Record<string, OptionSpec> = {
  remote: { type: 'string', description: 'git URL or bare repository path of the store (default: this repository)' },
  branch: { type: 'string', description: 'metadata branch (default: mlops-metadata)' },
  verbose: { type: 'boolean', short: 'v', description: 'log what git does' },
};

export const FORMAT_OPTION: Record<string, OptionSpec> = {
  format: { type: 'string', description: 'table (default) or json' },
};

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function formatFlag(args: ParsedArgs): 'table' | 'json' {
  const format = stringFlag(args, 'format') ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UserError(`--format must be "table" or "json", not "${format}"`);
  }
  return format;
}

export function positiveIntFlag(args: ParsedArgs, name: string): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new UserError(`--${name} must be a positive whole number, not "${raw}"`);
  return value;
}

export function storeFlags(args: ParsedArgs) {
  return {
    remote: stringFlag(args, 'remote'),
    branch: stringFlag(args, 'branch'),
    verbose: args.values.verbose === true,
  };
}

/** JSON output: stable, documented in docs/cli.md; always one object with a top-level key. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
