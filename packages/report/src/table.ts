/** GitHub-flavoured markdown tables; every cell is escaped unless marked as already-markdown. */
import { escapeCell } from './escape.ts';

export type Align = 'left' | 'right' | 'center';

/** A cell of trusted markdown (built by this package from escaped parts). */
export interface Markdown {
  markdown: string;
}

export type Cell = string | number | Markdown;

export function md(markdown: string): Markdown {
  return { markdown };
}

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeCell(cell);
  return cell.markdown.replace(/\r?\n/g, ' ');
}

const SEPARATOR: Record<Align, string> = { left: ':--', right: '--:', center: ':-:' };

export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  align?: readonly Align[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(headers.map((h) => escapeCell(h))), line(headers.map((_, i) => SEPARATOR[align?.[i] ?? 'left']))];
  for (const row of rows) {
    const cells = headers.map((_, i) => cellText(row[i] ?? ''));
    out.push(line(cells));
  }
  return out.join('\n');
}
