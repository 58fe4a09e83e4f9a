import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CheckFailedError, UserError } from '@cairn/core';
import {
  FAIL_ON,
  type FailOn,
  type FileReport,
  formatContract,
  inferContract,
  loadContract,
  passes,
  renderMarkdown,
  renderText,
  validateFile,
} from '@cairn/validate';
import { type Command, type ParsedArgs, positiveIntFlag, printJson, stringFlag } from '../command.ts';
import type { CliIo } from '../io.ts';
import { EXIT } from '../io.ts';

function failOnFlag(args: ParsedArgs): FailOn {
  const value = stringFlag(args, 'fail-on') ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(value)) {
    throw new UserError(`--fail-on must be error, warning or never, not "${value}"`);
  }
  return value as FailOn;
}

async function infer(args: ParsedArgs, io: CliIo, data: string): Promise<number> {
  const format = stringFlag(args, 'format') ?? 'yaml';
  if (format !== 'yaml' && format !== 'json')
    throw new UserError(`--format with --infer is yaml or json, not "${format}"`);
  const inference = await inferContract(resolve(io.cwd, data));
  const text = formatContract(inference.contract, format);
  const out = stringFlag(args, 'out');
  if (out === undefined) {
    io.stdout(text);
  } else {
    await writeFile(resolve(io.cwd, out), text);
    io.stderr(`wrote the proposed contract for ${data} (${inference.rows} rows) to ${out}\n`);
  }
  for (const column of inference.columns) {
    if (column.type === 'mixed' || column.nulls > 0) {
      const kinds = Object.entries(column.kinds)
        .filter(([kind, n]) => kind !== 'null' && n > 0)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
      io.stderr(`  ${column.name}: ${column.type}${kinds ? ` (${kinds})` : ''}, ${column.nulls} null\n`);
    }
  }
  return EXIT.ok;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check data files against a contract (exit 1 on failed checks), or infer a contract with --infer',
  usage:
    'cairn validate <data>... --contract <file> [--format text|md|json] [--fail-on error|warning|never]\n' +
    '       cairn validate <data> --infer [--out <file>] [--format yaml|json]',
  options: {
    contract: { type: 'string', short: 'c', description: 'contract file (YAML or JSON; schemas/contract.schema.json)' },
    infer: { type: 'boolean', description: 'propose a contract from the data instead of checking it' },
    out: { type: 'string', short: 'o', description: 'with --infer: write the contract here (default: stdout)' },
    format: { type: 'string', description: 'text (default), md or json; with --infer: yaml (default) or json' },
    'fail-on': { type: 'string', description: 'error (default), warning or never' },
    examples: { type: 'string', description: 'example rows shown per failed check (default 5)' },
    report: { type: 'string', description: 'also write the JSON report to this file' },
  },
  async run(args, io) {
    const data = args.positionals;
    if (data.length === 0)
      throw new UserError(
        'give the data file(s) to check, e.g. cairn validate data/train.csv --contract contract.yaml',
      );
    if (args.values.infer === true) {
      if (data.length > 1) throw new UserError('--infer takes one data file');
      return infer(args, io, data[0]!);
    }
    const contractPath = stringFlag(args, 'contract');
    if (contractPath === undefined) throw new UserError('--contract <file> is required (or --infer to propose one)');
    const format = stringFlag(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'md' && format !== 'json') {
      throw new UserError(`--format must be text, md or json, not "${format}"`);
    }
    const failOn = failOnFlag(args);
    const examples = positiveIntFlag(args, 'examples');
    const contract = await loadContract(resolve(io.cwd, contractPath));
    const reports: FileReport[] = [];
    for (const file of data) {
      reports.push(
        await validateFile(resolve(io.cwd, file), contract, {
          contractSource: contractPath,
          ...(examples !== undefined ? { examples } : {}),
        }),
      );
    }
    // Paths in the output as the user wrote them.
    const shown = reports.map((r, i) => ({ ...r, data: data[i]! }));
    const errors = shown.reduce((n, r) => n + r.errors, 0);
    const warnings = shown.reduce((n, r) => n + r.warnings, 0);
    const passed = passes({ errors, warnings }, failOn);
    const json = { passed, failOn, errors, warnings, files: shown };
    const reportPath = stringFlag(args, 'report');
    if (reportPath !== undefined) await writeFile(resolve(io.cwd, reportPath), `${JSON.stringify(json, null, 2)}\n`);
    if (format === 'json') printJson(io, json);
    else io.stdout(format === 'md' ? renderMarkdown(shown, failOn) : renderText(shown, failOn));
    if (!passed) {
      throw new CheckFailedError(
        `${errors} check(s) failed at error level, ${warnings} at warning level (fail-on: ${failOn})`,
      );
    }
    return EXIT.ok;
  },
};
