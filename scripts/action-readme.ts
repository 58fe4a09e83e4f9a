/**
 * Inputs and outputs tables of each action's README, generated from its action.yml between markers
 * (`<!-- inputs:start -->` ... `<!-- inputs:end -->`, same for outputs), so the README cannot drift
 * from the manifest. Usage: node scripts/action-readme.ts [--check] [action ...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ActionManifest, loadActionManifest } from '../test/harness/action-yml.ts';
import { REPO_ROOT, resolveActionNames } from './action-dirs.ts';

function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
}

function code(text: string): string {
  if (text === '') return '_empty_';
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cell(text)}${pad}${fence}`;
}

/**
 * A markdown table with every column padded to its widest cell, the layout `biome format` gives
 * markdown tables, so the generated text and the formatter agree.
 */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(3, width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => `${cells[i] ?? ''}${' '.repeat(w - width(cells[i] ?? ''))}`).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(row))].join('\n');
}

export function renderInputsTable(manifest: ActionManifest): string {
  const rows = Object.entries(manifest.inputs ?? {}).map(([name, input]) => [
    `\`${name}\``,
    cell(input.description),
    input.required ? 'yes' : 'no',
    input.default === undefined ? '' : code(input.default),
  ]);
  if (rows.length === 0) return '_This action has no inputs._';
  return table(['Input', 'Description', 'Required', 'Default'], rows);
}

export function renderOutputsTable(manifest: ActionManifest): string {
  const rows = Object.entries(manifest.outputs ?? {}).map(([name, output]) => [
    `\`${name}\``,
    cell(output.description),
  ]);
  if (rows.length === 0) return '_This action has no outputs._';
  return table(['Output', 'Description'], rows);
}

function replaceBetween(text: string, section: string, body: string, file: string): string {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`${file}: missing markers ${start} ... ${end}; add them where the ${section} table belongs`);
  }
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

/** The README text with both generated tables brought up to date. */
export function updateReadme(text: string, manifest: ActionManifest, file = 'README.md'): string {
  const withInputs = replaceBetween(text, 'inputs', renderInputsTable(manifest), file);
  return replaceBetween(withInputs, 'outputs', renderOutputsTable(manifest), file);
}

/**
 * Regenerates (or with check, only compares) the README of each named action. Returns one problem
 * message per stale README; an empty list means every README is current.
 */
export function syncReadmes(names: readonly string[], check: boolean): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const dir = join(REPO_ROOT, 'actions', name);
    const file = join(dir, 'README.md');
    const { manifest } = loadActionManifest(dir);
    let current: string;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      problems.push(`actions/${name}/README.md is missing; write one with inputs/outputs markers`);
      continue;
    }
    const next = updateReadme(current, manifest, `actions/${name}/README.md`);
    if (next === current) continue;
    if (check) {
      problems.push(
        `actions/${name}/README.md: inputs/outputs tables are stale; run \`node scripts/action-readme.ts\` and commit`,
      );
    } else {
      writeFileSync(file, next);
    }
  }
  return problems;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const named = args.filter((a) => !a.startsWith('--'));
  try {
    const problems = syncReadmes(resolveActionNames(named), check);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } catch (error) {
    process.stderr.write(`action-readme: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
