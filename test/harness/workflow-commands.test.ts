import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureStdout } from './capture-stdout.ts';
import { parseWorkflowCommand, parseWorkflowCommands } from './workflow-commands.ts';

const annotate = { error: core.error, warning: core.warning, notice: core.notice };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseWorkflowCommands', () => {
  it('round-trips any annotation message and properties printed by @actions/core', () => {
    const text = fc.string({ unit: 'binary', maxLength: 80 });
    fc.assert(
      fc.property(
        fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<'error' | 'warning' | 'notice'>,
        text,
        text,
        text,
        fc.nat({ max: 100_000 }),
        (level, message, title, file, line) => {
          const out = captureStdout(() => annotate[level](message, { title, file, startLine: line + 1 }));
          const parsed = parseWorkflowCommands(out);
          expect(parsed.annotations).toHaveLength(1);
          const annotation = parsed.annotations[0]!;
          expect(annotation.level).toBe(level);
          expect(annotation.message).toBe(message);
          expect(annotation.line).toBe(line + 1);
          // The runner drops a property whose value is empty.
          expect(annotation.title).toBe(title === '' ? undefined : title);
          expect(annotation.file).toBe(file === '' ? undefined : file);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('collects masks from core.setSecret, without duplicates', () => {
    const out = captureStdout(() => {
      core.setSecret('s3cret-value');
      core.setSecret('multi\nline');
      core.setSecret('s3cret-value');
    });
    expect(parseWorkflowCommands(out).masks).toEqual(['s3cret-value', 'multi\nline']);
  });

  it('reads debug, group and endgroup, ignores unknown commands and plain lines', () => {
    const parsed = parseWorkflowCommands(
      '::debug::d1\n  ::group::g\ntext ::error::not at start\n::bogus::x\n::endgroup::\n',
    );
    expect(parsed.commands.map((c) => [c.command, c.data, c.line])).toEqual([
      ['debug', 'd1', 1],
      ['group', 'g', 2],
      ['endgroup', '', 5],
    ]);
    expect(parsed.debug).toEqual(['d1']);
    expect(parsed.annotations).toEqual([]);
  });

  it('does not process commands between ::stop-commands:: and the resume token', () => {
    const parsed = parseWorkflowCommands(
      '::stop-commands::tok123\n::error::ignored\n::add-mask::ignored\n::tok123::\n::error::seen\n',
    );
    expect(parsed.annotations.map((a) => a.message)).toEqual(['seen']);
    expect(parsed.masks).toEqual([]);
  });

  it('unescapes properties and data with the runner rules', () => {
    const cmd = parseWorkflowCommand('::error file=a%2Cb%3Ac.csv,line=7,=x,y=::50%25%0Adone%0D');
    expect(cmd).toEqual({
      command: 'error',
      properties: { file: 'a,b:c.csv', line: '7' },
      data: '50%\ndone\r',
      line: 1,
    });
    expect(parseWorkflowCommand('::error no end')).toBeUndefined();
  });
});
