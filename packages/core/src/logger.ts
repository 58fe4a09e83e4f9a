/**
 * Packages log through this interface, never through @actions/core or console directly,
 * so that the actions, the CLI and the tests share one implementation.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; title?: string }): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
};

export interface RecordedLog {
  level: 'debug' | 'info' | 'warning';
  message: string;
}

/** A Logger that keeps every message; for tests and for callers that report warnings later. */
export class MemoryLogger implements Logger {
  readonly entries: RecordedLog[] = [];
  debug(message: string): void {
    this.entries.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.entries.push({ level: 'warning', message });
  }
  get warnings(): string[] {
    return this.entries.filter((e) => e.level === 'warning').map((e) => e.message);
  }
}

/** Logs to stderr; debug lines only when verbose. Used by the CLI. */
export function stderrLogger(verbose = false): Logger {
  return {
    debug(message) {
      if (verbose) process.stderr.write(`debug: ${message}\n`);
    },
    info(message) {
      process.stderr.write(`${message}\n`);
    },
    warning(message) {
      process.stderr.write(`warning: ${message}\n`);
    },
  };
}
