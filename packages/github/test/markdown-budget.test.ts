import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMarkdown, parseBlocks } from '../src/markdown-budget.ts';

const cell = fc.string({ minLength: 0, maxLength: 12 }).map((s) => s.replace(/[|\n\r`~]/g, ' '));
const tableArb = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 60 })).chain(([cols, rows]) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map((body) => {
    const head = `| ${Array.from({ length: cols }, (_, i) => `c${i}`).join(' | ')} |`;
    const sep = `|${'---|'.repeat(cols)}`;
    return [head, sep, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }),
);
const prose = fc
  .array(
    fc.string({ maxLength: 80 }).map((s) => s.replace(/[|\n\r`~]/g, ' ')),
    { maxLength: 8 },
  )
  .map((l) => l.join('\n'));
const fence = fc.string({ maxLength: 200 }).map((s) => `\`\`\`text\n${s.replace(/`/g, "'")}\n\`\`\``);
const doc = fc
  .array(fc.oneof(tableArb, prose, fence), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('\n\n'));

/** Every table in the text has a header, a separator and rows with the header's column count. */
function tablesWellFormed(text: string): boolean {
  for (const block of parseBlocks(text)) {
    if (block.kind !== 'table') continue;
    const cols = (block.head[0] as string).split('|').length;
    if (!block.rows.every((r) => r.split('|').length === cols)) return false;
  }
  return true;
}

function fencesBalanced(text: string): boolean {
  return text.split('\n').filter((l) => /^```/.test(l)).length % 2 === 0;
}

describe('fitMarkdown', () => {
  it('returns text that fits unchanged', () => {
    expect(fitMarkdown('| a |\n|---|\n| 1 |', { limit: 100 })).toEqual({
      text: '| a |\n|---|\n| 1 |',
      shortened: false,
      droppedRows: 0,
      droppedBlocks: 0,
    });
  });

  it('always fits, keeps tables well formed and fences balanced, and reports what it dropped', () => {
    fc.assert(
      fc.property(doc, fc.integer({ min: 0, max: 3000 }), fc.boolean(), (markdown, limit, bytes) => {
        const measure = bytes ? 'utf8-bytes' : 'chars';
        const size = (t: string) => (bytes ? Buffer.byteLength(t) : t.length);
        const result = fitMarkdown(markdown, { limit, measure, moreUrl: 'https://example.test/run/1' });
        expect(size(result.text)).toBeLessThanOrEqual(limit);
        expect(tablesWellFormed(result.text)).toBe(true);
        expect(fencesBalanced(result.text)).toBe(true);
        if (!result.shortened) expect(result.text).toBe(markdown);
        if (result.droppedRows > 0) expect(result.text).toMatch(/more rows? not shown/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps as many rows as fit: one more row would not fit', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `| r${i} | ${i} |`);
    const markdown = ['# Report', '', '| k | v |', '|---|---|', ...rows, '', 'end'].join('\n');
    const result = fitMarkdown(markdown, { limit: 4000 });
    expect(result.text.length).toBeLessThanOrEqual(4000);
    const kept = 500 - result.droppedRows;
    const withOneMore = fitMarkdown(markdown, { limit: 4000 + 20 });
    expect(500 - withOneMore.droppedRows).toBeGreaterThanOrEqual(kept);
    expect(result.text).toContain('end');
    // the note is separated from the table by a blank line, so it is not read as a row
    expect(result.text).toMatch(/\| r\d+ \| \d+ \|\n\n_\d+ more rows not shown/);
  });

  it('counts UTF-8 bytes for the job summary', () => {
    const markdown = `| k |\n|---|\n${Array.from({ length: 100 }, () => '| é€😀 |').join('\n')}`;
    const result = fitMarkdown(markdown, { limit: 500, measure: 'utf8-bytes' });
    expect(Buffer.byteLength(result.text)).toBeLessThanOrEqual(500);
    expect(result.droppedRows).toBeGreaterThan(0);
  });
});
