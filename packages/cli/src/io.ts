/** Where the CLI writes and what it sees; injected so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  system: 3,
} as const;
