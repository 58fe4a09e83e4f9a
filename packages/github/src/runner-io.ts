/**
 * The runner protocol an action speaks, written directly instead of through @actions/core: inputs
 * from INPUT_* variables, outputs and the summary through file commands, log lines, masks and
 * annotations as workflow commands (REFERENCE.md §1; escapes as the runner decodes them).
 *
 * Why not @actions/core (docs/adr/0010-runner-protocol.md): it loads @actions/http-client, undici,
 * @actions/exec and @actions/io at import for OIDC tokens and platform details no Cairn action uses,
 * which costs every step about 20 MiB of memory and a tenth of a second before it starts.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { type Annotation, escapeData, formatAnnotation } from './summary.ts';

/** The variable a runner sets for input `name`: spaces become `_`, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/**
 * An input's value, trimmed; '' when not set. The runner applies action.yml defaults but does not
 * enforce `required:`, so callers check required inputs themselves and name them in the error.
 */
export function getInput(name: string): string {
  return (process.env[inputVariable(name)] ?? '').trim();
}

/**
 * A `name<<delimiter` block for a file command. The delimiter is random, so a value cannot end the
 * block early; a name or value that contains it anyway is refused, as the runner would misread it.
 */
export function fileCommandEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains the file command delimiter`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Sets a step output (GITHUB_OUTPUT); outside a runner, prints it as the old set-output command. */
export function setOutput(name: string, value: string | number | boolean): void {
  const text = String(value);
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, fileCommandEntry(name, text), 'utf8');
  else writeLine(`::set-output name=${escapeProperty(name)}::${escapeData(text)}`);
}

/** Asks the runner to mask `secret` in every later log line. */
export function setSecret(secret: string): void {
  if (secret) writeLine(`::add-mask::${escapeData(secret)}`);
}

export function info(message: string): void {
  writeLine(message);
}

/** A line shown only when step debug logging is on. */
export function debug(message: string): void {
  writeLine(`::debug::${escapeData(message)}`);
}

export function warning(message: string, where: Omit<Annotation, 'level' | 'message'> = {}): void {
  writeLine(formatAnnotation({ level: 'warning', message, ...where }));
}

export function error(message: string, where: Omit<Annotation, 'level' | 'message'> = {}): void {
  writeLine(formatAnnotation({ level: 'error', message, ...where }));
}

/** Fails the step: an error annotation with the message, and exit code 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function writeLine(line: string): void {
  process.stdout.write(`${line}${EOL}`);
}
