/**
 * @cairn/github's runner protocol (runner-io.ts) against the real @actions/core: for the same calls,
 * the runner must read the same outputs, annotations, masks and debug lines from both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runner } from '../../packages/github/src/index.ts';
import { captureStdout } from './capture-stdout.ts';
import { parseFileCommands } from './file-commands.ts';
import { parseWorkflowCommands } from './workflow-commands.ts';

const text = fc.string({ unit: 'binary', maxLength: 60 });
const nameArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ -]{0,20}$/);

describe('runner-io speaks the protocol as @actions/core does', () => {
  let dir: string;
  const saved = { output: process.env.GITHUB_OUTPUT };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-runner-io-'));
  });
  afterEach(() => {
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('outputs: the runner reads the same names and values from both', () => {
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            nameArb,
            fc.oneof(
              text,
              text.map((t) => `${t}\n${t}\r\n`),
            ),
          ),
          { maxLength: 6 },
        ),
        (pairs) => {
          writeFileSync(ours, '');
          writeFileSync(theirs, '');
          for (const [name, value] of pairs) {
            process.env.GITHUB_OUTPUT = ours;
            runner.setOutput(name, value);
            process.env.GITHUB_OUTPUT = theirs;
            core.setOutput(name, value);
          }
          expect(parseFileCommands(readFileSync(ours, 'utf8'))).toEqual(
            parseFileCommands(readFileSync(theirs, 'utf8')),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('annotations, masks and debug lines: parsed alike from both', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('error', 'warning') as fc.Arbitrary<'error' | 'warning'>,
        text,
        text,
        text,
        fc.nat({ max: 100_000 }),
        (level, message, file, title, line) => {
          const ours = captureStdout(() => {
            (level === 'error' ? runner.error : runner.warning)(message, { file, line: line + 1, title });
            runner.setSecret(title);
            runner.debug(message);
          });
          const theirs = captureStdout(() => {
            (level === 'error' ? core.error : core.warning)(message, { file, startLine: line + 1, title });
            core.setSecret(title);
            core.debug(message);
          });
          const a = parseWorkflowCommands(ours);
          const b = parseWorkflowCommands(theirs);
          expect(a.annotations).toEqual(b.annotations);
          expect(a.masks).toEqual(b.masks);
          expect(a.debug).toEqual(b.debug);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('inputs: the same variable names and trimming', () => {
    fc.assert(
      fc.property(nameArb, text, (name, value) => {
        const variable = `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
        const before = process.env[variable];
        process.env[variable] = value;
        try {
          expect(runner.getInput(name)).toBe(core.getInput(name));
        } finally {
          if (before === undefined) delete process.env[variable];
          else process.env[variable] = before;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('setFailed: an error annotation and exit code 1, as @actions/core', () => {
    const saved = process.exitCode;
    try {
      const ours = captureStdout(() => runner.setFailed('check-drift: bad input\nsecond line'));
      expect(process.exitCode).toBe(1);
      process.exitCode = 0;
      const theirs = captureStdout(() => core.setFailed('check-drift: bad input\nsecond line'));
      expect(process.exitCode).toBe(1);
      expect(parseWorkflowCommands(ours).annotations).toEqual(parseWorkflowCommands(theirs).annotations);
    } finally {
      process.exitCode = saved;
    }
  });
});
