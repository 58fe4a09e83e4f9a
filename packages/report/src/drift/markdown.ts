/**
 * The drift report in markdown (PR comment, job summary, issue body, `cairn drift --format md`):
 * one summary line, then one table row per column, most drifted first, with counts, nulls and a
 * distribution sketch; columns that were not tested follow with their reasons; the trend of the
 * drift share across checks as a mermaid chart. Kept under GitHub's comment limit by trimming rows.
 */
import { escapeCell, escapeInline } from '../escape.ts';
import { lineChart } from '../mermaid.ts';
import { formatCount, formatNumber } from '../number-format.ts';
import { type Cell, markdownTable, md } from '../table.ts';
import { distributionSketch } from './sparkline.ts';
import { boundsNote, type DriftColumnView, type DriftReportInput, mostDriftedFirst } from './types.ts';

/** GitHub's comment body limit (REFERENCE.md §2), with room for markers. */
export const DRIFT_MARKDOWN_LIMIT = 60_000;

function percent(share: number): string {
  return `${formatNumber(Math.round(share * 1000) / 10)}%`;
}

/** The one summary line. */
export function driftHeadline(input: DriftReportInput): string {
  const d = input.report.dataset;
  const name = `\`${escapeInline(input.dataset).replace(/`/g, "'")}\``;
  if (d.columns === 0) return `### Drift check ${name} ⚪ no column could be tested`;
  const verdict = d.drift ? '❌ dataset drift' : '✅ no dataset drift';
  return (
    `### Drift check ${name} ${verdict}: ${d.drifted} of ${d.columns} tested columns drifted ` +
    `(${percent(d.share)}; drift at ≥ ${percent(d.threshold)})`
  );
}

function count(side: { count: number; nulls: number }): string {
  return side.nulls > 0 ? `${formatCount(side.count)} (${formatCount(side.nulls)} null)` : formatCount(side.count);
}

function score(c: DriftColumnView): string {
  if (c.score === null) return '—';
  return `${formatNumber(c.score, 4)}${c.approximate ? ' ≈' : ''}`;
}

function row(c: DriftColumnView, input: DriftReportInput): Cell[] {
  const h = input.histograms?.[c.name];
  const notes = [
    c.note,
    boundsNote(c),
    c.nullShare?.drift ? `null share ${percent(c.nullShare.reference)} → ${percent(c.nullShare.current)}` : undefined,
  ]
    .filter((n): n is string => Boolean(n))
    .join('; ');
  return [
    md(`${escapeCell(c.name)}${notes ? ` <sub>${escapeInline(notes)}</sub>` : ''}`),
    c.type,
    c.method ?? '—',
    score(c),
    c.threshold === null ? '—' : formatNumber(c.threshold),
    c.drift ? md('**yes**') : 'no',
    count(c.reference),
    count(c.current),
    h ? md(`\`${distributionSketch(h.reference, h.current)}\``) : '',
  ];
}

const HEADERS = [
  'Column',
  'Type',
  'Method',
  'Score',
  'Threshold',
  'Drifted',
  'Reference rows',
  'Current rows',
  'Distribution (ref → cur)',
];

export interface DriftMarkdownOptions {
  /** Most rows in the column table; the rest are counted. Default: as many as fit the limit. */
  maxRows?: number;
  limit?: number;
}

export function renderDriftMarkdown(input: DriftReportInput, options: DriftMarkdownOptions = {}): string {
  const limit = options.limit ?? DRIFT_MARKDOWN_LIMIT;
  const ordered = mostDriftedFirst(input.report.columns);
  const tested = ordered.filter((c) => c.skipped === null);
  const skipped = ordered.filter((c) => c.skipped !== null);
  const source = (s: DriftReportInput['reference']) =>
    `\`${escapeInline(s.label).replace(/`/g, "'")}\`${s.mode === 'profile' ? ' (stored profile)' : ''}, ${formatCount(s.rows)} rows`;
  const head = [
    driftHeadline(input),
    '',
    `Reference ${source(input.reference)} · current ${source(input.current)}.` +
      (input.reference.mode === 'profile'
        ? " Scores marked ≈ come from the profile's sketch (bounded error, see the JSON report)."
        : ''),
  ];
  if (input.reportLink) {
    head.push(
      '',
      input.reportLink.url
        ? `[Full report](${input.reportLink.url}): ${escapeInline(input.reportLink.note)}`
        : escapeInline(input.reportLink.note),
    );
  }
  const tail: string[] = [];
  if (skipped.length > 0) {
    tail.push(
      '',
      `<details><summary>${skipped.length} column${skipped.length === 1 ? '' : 's'} not tested</summary>`,
      '',
    );
    tail.push(
      markdownTable(
        ['Column', 'Reason'],
        skipped.map((c) => [c.name, (c.skipped ?? '').replace(/^not tested: /, '')]),
      ),
    );
    tail.push('', '</details>');
  }
  const trend = input.trend ?? [];
  if (trend.length >= 2) {
    const chart = lineChart({
      title: 'Share of drifted columns per check',
      categories: trend.map((p) => p.at.slice(5, 10)),
      yLabel: 'share',
      series: [{ name: 'share', values: trend.map((p) => p.share) }],
    });
    if (chart) tail.push('', '#### Trend', '', chart);
  }
  let rows = tested.map((c) => row(c, input));
  const build = (shown: Cell[][]) => {
    const more = tested.length - shown.length;
    const table =
      shown.length > 0
        ? [
            '',
            markdownTable(HEADERS, shown, ['left', 'left', 'left', 'right', 'right', 'left', 'right', 'right', 'left']),
          ]
        : [];
    const moreLine =
      more > 0
        ? [
            '',
            `… and ${more} more tested column${more === 1 ? '' : 's'} (${tested.slice(shown.length).filter((c) => c.drift).length} drifted) in the full report.`,
          ]
        : [];
    return `${[...head, ...table, ...moreLine, ...tail].join('\n')}\n`;
  };
  if (options.maxRows !== undefined) rows = rows.slice(0, options.maxRows);
  let text = build(rows);
  while (text.length > limit && rows.length > 0) {
    rows = rows.slice(0, Math.floor(rows.length * 0.8));
    text = build(rows);
  }
  return text;
}
