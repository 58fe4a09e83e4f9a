import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileCommandError, formatFileCommand, parseFileCommands } from './file-commands.ts';

// Names as @actions/core users write them; `=` and `<<` in a name are ambiguous to the runner too.
const nameArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,20}$/);
const valueArb = fc.string({ unit: 'binary', maxLength: 200 });
const multilineArb = fc
  .array(fc.oneof(valueArb, fc.constantFrom('', '\n', '\r\n', '=', '<<', 'EOF', 'a=b', 'X<<Y')), { maxLength: 6 })
  .map((parts) => parts.join('\n'));

describe('parseFileCommands with values written by the real @actions/core', () => {
  let dir: string;
  let file: string;
  const saved = process.env.GITHUB_OUTPUT;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-fc-'));
    file = join(dir, 'output');
    process.env.GITHUB_OUTPUT = file;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips any set of names and values, newlines included (last write wins)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nameArb, fc.oneof(valueArb, multilineArb)), { maxLength: 8 }), (pairs) => {
        writeFileSync(file, '');
        const expected = new Map<string, string>();
        for (const [name, value] of pairs) {
          core.setOutput(name, value);
          expected.set(name, value);
        }
        expect(parseFileCommands(readFileSync(file, 'utf8'))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseFileCommands: the runner rules', () => {
  it('round-trips heredocs with any delimiter that does not occur in the value', () => {
    fc.assert(
      fc.property(nameArb, multilineArb, fc.stringMatching(/^[A-Za-z_]{1,12}$/), (name, value, delim) => {
        fc.pre(!name.includes(delim) && !value.includes(delim));
        expect(parseFileCommands(formatFileCommand(name, value, delim)).get(name)).toBe(value);
      }),
    );
  });

  it('reads NAME=VALUE lines, splitting at the first =', () => {
    fc.assert(
      fc.property(nameArb, fc.string({ maxLength: 50 }), (name, value) => {
        fc.pre(!value.includes('\n'));
        expect(parseFileCommands(`${name}=${value}\n`).get(name)).toBe(value);
      }),
    );
    expect(parseFileCommands('A=b=c<<d\n')).toEqual(new Map([['A', 'b=c<<d']]));
    expect(parseFileCommands('A<<X=Y\nv\nX=Y\n')).toEqual(new Map([['A', 'v']]));
  });

  it('throws when the delimiter never comes, whatever the value lines', () => {
    fc.assert(
      fc.property(nameArb, fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), (name, lines) => {
        const delim = 'ghadelimiter_0d6b2e9c-0f6a-4c1e-9d3b-3c4f5a6b7c8d';
        const text = `${name}<<${delim}\n${lines.map((l) => `${l.replaceAll('\n', ' ')}\n`).join('')}`;
        expect(() => parseFileCommands(text, 'GITHUB_OUTPUT')).toThrow(FileCommandError);
      }),
    );
    expect(() => parseFileCommands('A<<EOF\nvalue\n', 'GITHUB_OUTPUT')).toThrow(
      "GITHUB_OUTPUT line 1: matching delimiter not found 'EOF' for 'A'",
    );
  });

  it('throws on a value line that ends the file without a newline (the runner: EOF marker missing new line)', () => {
    expect(() => parseFileCommands('A<<EOF\nvalue EOF')).toThrow('EOF marker missing new line');
  });

  it('accepts a delimiter as the last line without a newline, as the runner does', () => {
    expect(parseFileCommands('A<<EOF\none\ntwo\nEOF')).toEqual(new Map([['A', 'one\ntwo']]));
  });

  it('keeps empty values, skips empty lines, and keeps carriage returns (Linux runner splits on \\n only)', () => {
    expect(parseFileCommands('\nA<<EOF\nEOF\n\nB=\nC<<EOF\nx\r\n\r\nEOF\n')).toEqual(
      new Map([
        ['A', ''],
        ['B', ''],
        ['C', 'x\r\n\r'],
      ]),
    );
  });

  it('names the file and line of a malformed line', () => {
    expect(() => parseFileCommands('A=1\njust text\n', 'GITHUB_ENV')).toThrow(
      "GITHUB_ENV line 2: invalid format 'just text'",
    );
    expect(() => parseFileCommands('=value\n', 'GITHUB_ENV')).toThrow('name must not be empty');
    expect(() => parseFileCommands('A<<\n', 'GITHUB_ENV')).toThrow('delimiter must not be empty');
  });

  it('formatFileCommand refuses a delimiter inside the value, as @actions/core does', () => {
    expect(() => formatFileCommand('A', 'xx EOF yy', 'EOF')).toThrow(FileCommandError);
  });
});
