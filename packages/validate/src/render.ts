/**
 * What people read: a markdown report (job summary and sticky PR comment), annotations on the data
 * file's lines, and a one-line outcome. Every failure count is shown in full; examples are capped.
 */

import type { CellValue } from '@cairn/data';
import { escapeInline, markdownTable, md } from '@cairn/report';
import { type FailOn, type FileReport, passes, type RuleResult } from './results.ts';

export interface ValidationAnnotation {
  level: 'error' | 'warning';
  message: string;
  file: string;
  line?: number;
  title: string;
}

function shown(value: CellValue | CellValue[]): string {
  const text = Array.isArray(value)
    ? `(${value.map((v) => shown(v)).join(', ')})`
    : value === null
      ? 'null'
      : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function ruleName(r: RuleResult): string {
  return r.column !== undefined && r.kind !== 'required'
    ? `${r.column}: ${r.kind}`
    : r.id.replace(/^table\./, 'table: ');
}

function share(r: RuleResult): string {
  if (r.checked === 0) return '';
  const pct = (100 * r.failures) / r.checked;
  return pct === 0 || pct >= 0.01 ? `${pct.toFixed(2)}%` : '<0.01%';
}

/** One sentence for a failed rule: what was expected and how many broke it. */
export function describeFailure(r: RuleResult): string {
  if (r.detail && r.column === undefined) return `${ruleName(r)}: ${r.detail}`;
  if (r.kind === 'required') return r.detail ?? `column ${r.column} is missing`;
  const mostly = r.mostly !== undefined ? ` (mostly ${r.mostly})` : '';
  const what = r.kind === 'nullable' ? 'rows' : 'values';
  return `${ruleName(r)}: ${r.failures} of ${r.checked} ${what} fail "${r.expectation}"${mostly}`;
}

function examplesCell(r: RuleResult): string {
  const parts = r.examples.map((e) => `${e.line !== undefined ? `line ${e.line}` : `row ${e.row}`}: ${shown(e.value)}`);
  if (r.failures > r.examples.length && r.examples.length > 0) parts.push(`… ${r.failures - r.examples.length} more`);
  return parts.join('; ');
}

/** The markdown report for one or more files checked against the same contract. */
export function renderMarkdown(reports: readonly FileReport[], failOn: FailOn): string {
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const ok = passes({ errors, warnings }, failOn);
  const contract = reports[0]?.contract ?? 'contract';
  const icon = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
  const lines = [
    `### ${icon} Data validation: ${ok ? 'passed' : 'failed'}`,
    '',
    `Contract \`${escapeInline(contract)}\`, ${reports.length} file${reports.length === 1 ? '' : 's'}: ` +
      `**${errors}** failed check${errors === 1 ? '' : 's'} at error level, **${warnings}** at warning level (fail-on: ${failOn}).`,
    '',
  ];
  for (const report of reports) {
    const failed = report.results.filter((r) => !r.passed);
    const belowMostly = report.results.filter((r) => r.passed && r.failures > 0);
    const total = report.results.length;
    lines.push(
      `#### ${failed.length === 0 ? '✅' : '❌'} \`${escapeInline(report.data)}\``,
      '',
      `${report.rows} rows, ${report.columns.length} columns, ${total - failed.length} of ${total} checks passed.`,
      '',
    );
    const shownRows = [...failed, ...belowMostly];
    if (shownRows.length > 0) {
      lines.push(
        markdownTable(
          ['', 'Check', 'Expected', 'Failures', 'Share', 'Examples (line or row: value)'],
          shownRows.map((r) => [
            r.passed ? '✅ mostly' : r.severity === 'error' ? '❌ error' : '⚠️ warning',
            ruleName(r),
            r.detail && r.column === undefined
              ? r.detail
              : `${r.expectation}${r.mostly !== undefined ? ` (mostly ${r.mostly})` : ''}`,
            r.failures,
            share(r),
            md(escapeInline(examplesCell(r))),
          ]),
          ['left', 'left', 'left', 'right', 'right', 'left'],
        ),
        '',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One annotation per failed rule, on the line of its first failing row when the format has lines
 * (CSV, TSV, JSON, JSONL); on the file otherwise.
 */
export function annotations(reports: readonly FileReport[]): ValidationAnnotation[] {
  const out: ValidationAnnotation[] = [];
  for (const report of reports) {
    for (const r of report.results) {
      if (r.passed) continue;
      const first = r.examples[0];
      out.push({
        level: r.severity,
        file: report.data,
        ...(first?.line !== undefined ? { line: first.line } : {}),
        title: `Contract ${r.id}`,
        message: `${describeFailure(r)}${first ? `; first at ${first.line !== undefined ? `line ${first.line}` : `row ${first.row}`}: ${shown(first.value)}` : ''}`,
      });
    }
  }
  return out;
}

/** Plain-text outcome for logs and the CLI: one line per failed rule. */
export function renderText(reports: readonly FileReport[], failOn: FailOn): string {
  const lines: string[] = [];
  for (const report of reports) {
    const failed = report.results.filter((r) => !r.passed);
    lines.push(`${report.data}: ${report.rows} rows, ${report.errors} errors, ${report.warnings} warnings`);
    for (const r of failed) {
      const ex = examplesCell(r);
      lines.push(`  ${r.severity === 'error' ? 'error  ' : 'warning'} ${describeFailure(r)}${ex ? ` [${ex}]` : ''}`);
    }
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  lines.push(passes({ errors, warnings }, failOn) ? 'validation passed' : `validation failed (fail-on: ${failOn})`);
  return `${lines.join('\n')}\n`;
}
