/**
 * Escaping untrusted text (metric, param and tag names and values) for GitHub-flavoured markdown.
 * In a table cell: `|` would end the cell, a newline the row, backticks open code spans, `<` opens
 * HTML (and the `<!-- cairn:sticky ... -->` marker that identifies a sticky comment), `*_[]~`
 * format. Everything is made literal, so a name can neither break the table nor hijack a comment.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Inline markdown text: HTML entities for `& < >`, backslash before markdown punctuation. */
export function escapeInline(text: string): string {
  return text
    .replace(/[&<>]/g, (ch) => ENTITIES[ch] as string)
    .replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, ' ');
}

/** A table cell: inline escaping, and no leading/trailing whitespace that would be trimmed anyway. */
export function escapeCell(text: string): string {
  return escapeInline(text).trim();
}

/** Text for a mermaid label or title inside a fenced block: only characters that cannot end the fence or the string. */
export function mermaidText(text: string, max = 60): string {
  const clean = text
    .replace(/[`"<>\\#;{}[\]]/g, ' ')
    .replace(/[\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Counts the cells of a rendered table row: unescaped pipes separate them. */
export function countCells(row: string): number {
  let cells = 0;
  let escaped = false;
  for (const ch of row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')) {
    if (escaped) escaped = false;
    else if (ch === '\\') escaped = true;
    else if (ch === '|') cells++;
  }
  return cells + 1;
}
