/**
 * The job summary (GITHUB_STEP_SUMMARY, 1 MiB per step) and annotations (workflow commands on
 * stdout), written directly so this package does not need @actions/core.
 */
import { appendFileSync, statSync } from 'node:fs';
import { fitMarkdown } from './markdown-budget.ts';

/** Runner limit on one step's summary file (REFERENCE.md §1). */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryResult {
  bytes: number;
  shortened: boolean;
  droppedRows: number;
}

/** Appends markdown to the step's summary file, shortened so the file stays within 1 MiB. */
export function appendJobSummary(path: string, markdown: string, options: { moreUrl?: string } = {}): SummaryResult {
  let used = 0;
  try {
    used = statSync(path).size;
  } catch {
    // a missing file is created by appendFileSync
  }
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  const fitted = fitMarkdown(text, {
    limit: Math.max(0, JOB_SUMMARY_LIMIT - used),
    measure: 'utf8-bytes',
    moreLabel: 'workflow run artifacts',
    ...(options.moreUrl ? { moreUrl: options.moreUrl } : {}),
  });
  appendFileSync(path, fitted.text);
  return { bytes: Buffer.byteLength(fitted.text), shortened: fitted.shortened, droppedRows: fitted.droppedRows };
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

// Escapes as the runner decodes them (actions/toolkit `command.ts`: %, CR, LF; properties also : and ,).
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::error title=Range,file=data/train.csv,line=12::value 7 is above 5` */
export function formatAnnotation(a: Annotation): string {
  // In @actions/core's order: the runner trims the property list, so a text property goes first.
  const props: string[] = [];
  if (a.title) props.push(`title=${escapeProperty(a.title)}`);
  if (a.file) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.endLine !== undefined) props.push(`endLine=${a.endLine}`);
  if (a.col !== undefined) props.push(`col=${a.col}`);
  return `::${a.level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

/**
 * Writes annotations as workflow commands. GitHub shows at most 10 of each level per step, so the
 * rest are counted in one closing notice instead of being dropped silently.
 */
export function emitAnnotations(
  annotations: readonly Annotation[],
  write: (line: string) => void = (line) => process.stdout.write(line),
  perLevel = 10,
): { shown: number; hidden: number } {
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  let hidden = 0;
  for (const a of annotations) {
    if (counts[a.level] >= perLevel) {
      hidden += 1;
      continue;
    }
    counts[a.level] += 1;
    write(`${formatAnnotation(a)}\n`);
  }
  if (hidden > 0) {
    write(
      `${formatAnnotation({ level: 'notice', message: `${hidden} more findings are not annotated: see the job summary.` })}\n`,
    );
  }
  return { shown: annotations.length - hidden, hidden };
}
