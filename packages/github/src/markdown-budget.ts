/**
 * Fits markdown under a size limit without breaking it: table rows are dropped (every table keeps its
 * header and first rows, and says how many rows were left out), then whole trailing blocks are
 * dropped, never cutting inside a table or a fenced code block. Generic on purpose: it knows tables,
 * fences and lines, not Cairn's reports (those belong to packages/report).
 */

export interface FitOptions {
  /** Maximum size of the result. */
  limit: number;
  /** How size is counted: JS string length (GitHub comment limit) or UTF-8 bytes (job summary). */
  measure?: 'chars' | 'utf8-bytes';
  /** Where the full report is (the job summary, a run URL); linked from the notes. */
  moreUrl?: string;
  /** Link text for moreUrl (default "job summary"). */
  moreLabel?: string;
}

export interface FitResult {
  text: string;
  shortened: boolean;
  droppedRows: number;
  droppedBlocks: number;
}

type Block = { kind: 'lines'; lines: string[] } | { kind: 'table'; head: string[]; rows: string[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function isTableLine(line: string): boolean {
  return /^ {0,3}\|/.test(line);
}

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = FENCE.exec(line);
    if (fence) {
      // A fenced block is one unit: kept or dropped whole.
      const marker = fence[1] as string;
      const body = [line];
      let j = i + 1;
      for (; j < lines.length; j++) {
        body.push(lines[j] as string);
        if (
          (lines[j] as string).trim().startsWith(marker.slice(0, 3)) &&
          (lines[j] as string).trim().replace(/[`~]/g, '') === ''
        )
          break;
      }
      blocks.push({ kind: 'lines', lines: body });
      i = j;
      continue;
    }
    const next = lines[i + 1];
    if (isTableLine(line) && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-')) {
      const rows: string[] = [];
      let j = i + 2;
      while (j < lines.length && isTableLine(lines[j] as string)) rows.push(lines[j++] as string);
      blocks.push({ kind: 'table', head: [line, next], rows });
      i = j - 1;
      continue;
    }
    // Any other line is its own unit, so long prose is cut at a line boundary.
    blocks.push({ kind: 'lines', lines: [line] });
  }
  return blocks;
}

function sizer(measure: FitOptions['measure']): (text: string) => number {
  return measure === 'utf8-bytes' ? (t) => Buffer.byteLength(t, 'utf8') : (t) => t.length;
}

function link(options: FitOptions): string {
  return options.moreUrl
    ? `[${options.moreLabel ?? 'job summary'}](${options.moreUrl})`
    : (options.moreLabel ?? 'the job summary');
}

function render(
  blocks: Block[],
  maxRows: number,
  keepBlocks: number,
  options: FitOptions,
): { text: string; droppedRows: number } {
  const out: string[] = [];
  let droppedRows = 0;
  for (const block of blocks.slice(0, keepBlocks)) {
    if (block.kind === 'lines') {
      out.push(...block.lines);
      continue;
    }
    out.push(...block.head, ...block.rows.slice(0, maxRows));
    const dropped = block.rows.length - Math.min(maxRows, block.rows.length);
    if (dropped > 0) {
      droppedRows += dropped;
      // The blank line ends the table: a text line right after a row would be read as another row.
      out.push('', `_${dropped} more ${dropped === 1 ? 'row' : 'rows'} not shown: see the ${link(options)}._`, '');
    }
  }
  const droppedBlocks = blocks.length - keepBlocks;
  if (droppedBlocks > 0) {
    out.push('', `_Report shortened to fit: the rest is in the ${link(options)}._`);
  }
  return { text: out.join('\n'), droppedRows };
}

/** Shortens `markdown` to fit `options.limit`; see the module comment for the order of cuts. */
export function fitMarkdown(markdown: string, options: FitOptions): FitResult {
  const size = sizer(options.measure);
  if (size(markdown) <= options.limit) return { text: markdown, shortened: false, droppedRows: 0, droppedBlocks: 0 };
  const blocks = parseBlocks(markdown);
  const longest = Math.max(0, ...blocks.map((b) => (b.kind === 'table' ? b.rows.length : 0)));
  const fits = (rows: number, keep: number) => size(render(blocks, rows, keep, options).text) <= options.limit;

  // 1. The largest per-table row cap that fits, keeping every block.
  if (fits(0, blocks.length)) {
    let lo = 0;
    let hi = longest;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid, blocks.length)) lo = mid;
      else hi = mid - 1;
    }
    const { text, droppedRows } = render(blocks, lo, blocks.length, options);
    return { text, shortened: true, droppedRows, droppedBlocks: 0 };
  }
  // 2. Tables at their header only, and the most leading blocks that fit.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(0, mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0 || fits(0, 0)) {
    // Give rows back to the tables that remain, if room allows.
    let rowsLo = 0;
    let rowsHi = longest;
    while (rowsLo < rowsHi) {
      const mid = Math.ceil((rowsLo + rowsHi) / 2);
      if (fits(mid, lo)) rowsLo = mid;
      else rowsHi = mid - 1;
    }
    const { text, droppedRows } = render(blocks, rowsLo, lo, options);
    if (size(text) <= options.limit) return { text, shortened: true, droppedRows, droppedBlocks: blocks.length - lo };
  }
  // 3. Even the note alone does not fit: a plain notice cut to the limit.
  let notice = `_Report too large to show here: see the ${link(options)}._`;
  while (size(notice) > options.limit && notice.length > 0) notice = notice.slice(0, -1);
  return { text: notice, shortened: true, droppedRows: 0, droppedBlocks: blocks.length };
}
