/**
 * The runner's parser for file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE), reproduced rule
 * for rule from actions/runner `src/Runner.Worker/FileCommandManager.cs` (the Linux build, where only
 * "\n" ends a line):
 * - empty lines are skipped;
 * - `NAME=VALUE` when the first `=` comes before any `<<` (the value is everything after the first `=`);
 * - `NAME<<DELIM` otherwise: the value is every following line up to a line equal to DELIM, joined
 *   with the newlines that were in the file; no such line is an error ("Matching delimiter not found"),
 *   and so is a value line that ends the file without a newline ("EOF marker missing new line").
 * Note: REFERENCE.md §1 says the delimiter line itself ends in a newline; the runner accepts a
 * delimiter as the file's last line without one, and this parser follows the runner.
 */
export class FileCommandError extends Error {
  override readonly name = 'FileCommandError';
}

interface Line {
  text: string;
  /** Index just after this line's newline (or the end of the text). */
  next: number;
  hasNewline: boolean;
}

function readLine(text: string, index: number): Line | undefined {
  if (index >= text.length) return undefined;
  const lf = text.indexOf('\n', index);
  if (lf < 0) return { text: text.slice(index), next: text.length, hasNewline: false };
  return { text: text.slice(index, lf), next: lf + 1, hasNewline: true };
}

/**
 * Parses a file command file into name -> value (later writes of a name win, as in the runner).
 * `label` names the file in error messages (e.g. "GITHUB_OUTPUT").
 */
export function parseFileCommands(text: string, label = 'file command file'): Map<string, string> {
  const result = new Map<string, string>();
  let index = 0;
  let line = readLine(text, index);
  let lineNumber = 1;
  while (line !== undefined) {
    index = line.next;
    if (line.text !== '') {
      const equals = line.text.indexOf('=');
      const heredoc = line.text.indexOf('<<');
      if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
        const key = line.text.slice(0, equals);
        if (key === '')
          throw new FileCommandError(
            `${label} line ${lineNumber}: invalid format '${line.text}', name must not be empty`,
          );
        result.set(key, line.text.slice(equals + 1));
      } else if (heredoc >= 0) {
        const key = line.text.slice(0, heredoc);
        const delimiter = line.text.slice(heredoc + 2);
        if (key === '' || delimiter === '') {
          throw new FileCommandError(
            `${label} line ${lineNumber}: invalid format '${line.text}', name and delimiter must not be empty`,
          );
        }
        const start = index;
        let end = index;
        const opened = lineNumber;
        for (;;) {
          const valueLine = readLine(text, index);
          if (valueLine === undefined) {
            throw new FileCommandError(
              `${label} line ${opened}: matching delimiter not found '${delimiter}' for '${key}' (write the delimiter on its own line after the value)`,
            );
          }
          index = valueLine.next;
          lineNumber++;
          if (valueLine.text === delimiter) break;
          if (!valueLine.hasNewline) {
            throw new FileCommandError(
              `${label} line ${lineNumber}: EOF marker missing new line for '${key}' (the delimiter '${delimiter}' must be on its own line)`,
            );
          }
          end = index - 1;
        }
        result.set(key, end > start ? text.slice(start, end) : '');
      } else {
        throw new FileCommandError(
          `${label} line ${lineNumber}: invalid format '${line.text}' (expected NAME=VALUE or NAME<<DELIMITER)`,
        );
      }
    }
    line = readLine(text, index);
    lineNumber++;
  }
  return result;
}

/** The lines `@actions/core` appends for one value (`issueFileCommand`/`prepareKeyValueMessage`). */
export function formatFileCommand(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new FileCommandError(`the delimiter '${delimiter}' must not occur in the name or value of '${name}'`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
