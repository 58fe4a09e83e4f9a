import { spawn } from 'node:child_process';
import { redact, SystemError } from '@cairn/core';

/**
 * Running git for the store. Every call goes through here so that the environment is built in one
 * place: no prompts, a fixed identity, and the token (when there is one) passed only through
 * GIT_CONFIG_COUNT/KEY/VALUE as an http extraheader, the way actions/checkout does it. The token
 * is never on a command line, never in a config file, and removed from every message.
 */
export interface GitContext {
  /** The private bare cache repository (GIT_DIR). */
  gitDir: string;
  /** Secrets to remove from any text that leaves this module. */
  secrets: readonly string[];
  /** Extra environment (auth header config, identity). */
  env: Record<string, string>;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitOptions {
  input?: string | Buffer;
  /** Exit codes that are not errors (the caller inspects them). */
  allowCodes?: readonly number[];
  env?: Record<string, string>;
}

/** Variables that would point git at another repository or inject config: never inherited. */
const REPOSITORY_VARIABLES =
  /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|PREFIX|CONFIG|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_PARAMETERS|SHALLOW_FILE|QUARANTINE_PATH|AUTHOR_\w+|COMMITTER_\w+)$/;

/** Environment for git: the caller's (proxies, SSH settings, credential helpers) minus repository selectors; never prompt. */
export function baseGitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || REPOSITORY_VARIABLES.test(key)) continue;
    env[key] = value;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  return env;
}

/**
 * The http.<url>.extraheader config for a token, as environment variables. GitHub accepts
 * basic auth with the user "x-access-token" and the token as password.
 */
export function authConfigEnv(remoteUrl: string, token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${remoteUrl}.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

export function runGit(ctx: GitContext, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      env: { ...ctx.env, ...options.env, GIT_DIR: ctx.gitDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      reject(new SystemError(`could not run git ${args[0] ?? ''}: is git installed and on PATH?`, { cause: error }));
    });
    child.on('close', (code) => {
      const result: GitResult = {
        code: code ?? 128,
        stdout: Buffer.concat(out),
        stderr: redact(Buffer.concat(err).toString('utf8'), ctx.secrets),
      };
      const allowed = options.allowCodes ?? [];
      if (result.code === 0 || allowed.includes(result.code)) resolve(result);
      else reject(gitFailure(ctx, args, result));
    });
    child.stdin.on('error', () => {
      // git may exit before reading its input; the exit code tells the story.
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Thrown when git exits with an unexpected code; keeps stderr for classification. */
export class GitCommandError extends SystemError {
  readonly stderr: string;
  readonly code: number;
  constructor(message: string, code: number, stderr: string) {
    super(message);
    this.code = code;
    this.stderr = stderr;
  }
}

function gitFailure(ctx: GitContext, args: readonly string[], result: GitResult): GitCommandError {
  const shown = args.filter((a) => !a.startsWith('-c') && !a.includes('uploadpack')).slice(0, 3);
  const detail = result.stderr.trim().split('\n').slice(-3).join('; ');
  return new GitCommandError(
    redact(`git ${shown.join(' ')} failed (exit ${result.code}): ${detail || 'no output'}`, ctx.secrets),
    result.code,
    result.stderr,
  );
}

/**
 * Transport failures worth retrying: the remote hung up, timed out, refused or reset the
 * connection, or answered with a 5xx. Not retried: authentication and "not found".
 */
export function isTransientNetworkError(stderr: string): boolean {
  if (/authentication failed|could not read username|403|401|not found|does not appear to be a git/i.test(stderr)) {
    return false;
  }
  return /the remote end hung up|early EOF|timed out|connection (reset|refused|timed out)|couldn't connect|failed to connect|could not resolve host|HTTP\/?\d? ?5\d\d|returned error: 5\d\d|RPC failed|unexpected disconnect|operation timed out|SSL_ERROR|gnutls/i.test(
    stderr,
  );
}
