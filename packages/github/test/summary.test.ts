import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJobSummary, emitAnnotations, formatAnnotation, JOB_SUMMARY_LIMIT } from '../src/index.ts';

describe('job summary', () => {
  it('appends, and keeps the step file within 1 MiB by dropping rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-summary-'));
    const path = join(dir, 'step_summary');
    writeFileSync(path, `${'x'.repeat(1000)}\n`);
    const rows = Array.from({ length: 40_000 }, (_, i) => `| row ${i} | ${'é'.repeat(10)} |`);
    const result = appendJobSummary(path, `| a | b |\n|---|---|\n${rows.join('\n')}`, {
      moreUrl: 'https://x.test/run',
    });
    expect(result.shortened).toBe(true);
    expect(statSync(path).size).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(statSync(path).size).toBeGreaterThan(JOB_SUMMARY_LIMIT * 0.9);
    expect(readFileSync(path, 'utf8').startsWith('x'.repeat(1000))).toBe(true);
  });
});

describe('annotations', () => {
  it('formats workflow commands with escaped properties and data', () => {
    expect(
      formatAnnotation({
        level: 'error',
        file: 'data/a,b.csv',
        line: 12,
        title: 'Range: age',
        message: 'value 7\nis > 5 (100%)',
      }),
    ).toBe('::error title=Range%3A age,file=data/a%2Cb.csv,line=12::value 7%0Ais > 5 (100%25)');
    expect(formatAnnotation({ level: 'notice', message: 'plain' })).toBe('::notice::plain');
  });

  it('emits at most 10 per level and counts the rest', () => {
    const lines: string[] = [];
    const findings = Array.from({ length: 13 }, (_, i) => ({
      level: 'warning' as const,
      message: `w${i}`,
      file: 'f.csv',
      line: i + 1,
    }));
    const result = emitAnnotations(findings, (l) => lines.push(l));
    expect(result).toEqual({ shown: 10, hidden: 3 });
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe('::notice::3 more findings are not annotated: see the job summary.\n');
  });
});
