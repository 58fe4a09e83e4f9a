import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionManifest, evaluateDefault, inputEnvName, loadActionManifest } from './action-yml.ts';
import { parseFileCommands } from './file-commands.ts';
import {
  defaultEventPayload,
  defaultGithubContext,
  expressionContext,
  type GithubContext,
  runnerEnvironment,
  type StageFiles,
} from './runner-env.ts';
import { type Annotation, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** GitHub shows at most 1 MiB of job summary per step and rejects larger ones (REFERENCE.md §1). */
const SUMMARY_LIMIT = 1024 * 1024;

export interface RunActionOptions {
  /** A directory holding action.yml, or the name of an action under actions/. */
  action: string;
  /** Input values by their action.yml names (hyphens kept); defaults are applied for the rest. */
  inputs?: Record<string, string>;
  /** Per-test overrides of the GitHub context (repository, ref, apiUrl, token, ...). */
  github?: Partial<GithubContext>;
  /** The event payload written to GITHUB_EVENT_PATH; a push/pull_request one by default. */
  eventPayload?: unknown;
  /** Extra environment, applied last; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE and the process's cwd; a fresh temp directory (removed afterwards) by default. */
  workspace?: string;
  /** Run the `post` stage when action.yml declares one (the runner's default `always()`). Default true. */
  post?: boolean;
  /** Values a real runner would mask (secrets passed as inputs); the token always is. */
  secrets?: string[];
  /** Throw on inputs action.yml does not declare (the runner only warns). Default true. */
  strictInputs?: boolean;
  timeoutMs?: number;
  /** Keep the temp directory (RUNNER_TEMP, files) for inspection; call result.cleanup() when done. */
  keepTemp?: boolean;
  /** Node binary; the running one (Node 24 under vitest) by default. */
  node?: string;
  /**
   * A command that starts node, e.g. ['/usr/bin/time', '-f', '%e %M', '-o', file] for benchmarks:
   * run as launcher[0] with launcher[1..], node, script. It must pass the environment on unchanged
   * (a shell would drop the runner's INPUT_ names with hyphens).
   */
  launcher?: readonly string[];
}

export interface StageResult {
  stage: 'pre' | 'main' | 'post';
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** State saved in this stage (GITHUB_STATE). */
  state: Record<string, string>;
  /** Variables exported for later steps (GITHUB_ENV). */
  env: Record<string, string>;
  /** Directories added to PATH for later steps (GITHUB_PATH). */
  path: string[];
  summary: string;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  masks: string[];
  debug: string[];
}

export interface ActionRunResult extends StageResult {
  pre?: StageResult;
  post?: StageResult;
  /** Masks from every stage plus the token and the given secrets. */
  secrets: string[];
  manifest: ActionManifest;
  github: GithubContext;
  /** Set with keepTemp: the run's temp directory (runner-temp/, workspace/ unless given). */
  tempDir?: string;
  cleanup: () => Promise<void>;
}

function resolveActionDir(action: string): string {
  if (action.includes('/') || action.includes('\\')) return resolve(action);
  return join(REPO_ROOT, 'actions', action);
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

interface StageContext {
  node: string;
  script: string;
  launcher: readonly string[];
  cwd: string;
  env: Record<string, string>;
  files: StageFiles;
  timeoutMs: number;
}

async function runStage(stage: StageResult['stage'], ctx: StageContext): Promise<StageResult> {
  for (const file of Object.values(ctx.files)) await writeFile(file, '');
  const { exitCode, signal, stdout, stderr } = await new Promise<{
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((done, fail) => {
    const [command, args] =
      ctx.launcher.length > 0
        ? [ctx.launcher[0] as string, [...ctx.launcher.slice(1), ctx.node, ctx.script]]
        : [ctx.node, [ctx.script]];
    const child = spawn(command, args, { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), ctx.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(new Error(`could not start ${ctx.node} ${ctx.script}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      done({
        exitCode: code,
        signal: sig,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
  const read = async (file: string, label: string) =>
    Object.fromEntries(parseFileCommands(await readIfExists(file), `${stage} ${label}`));
  const commands = parseWorkflowCommands(stdout);
  const summary = await readIfExists(ctx.files.summary);
  if (Buffer.byteLength(summary) > SUMMARY_LIMIT) {
    commands.annotations.push({
      level: 'error',
      message: `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(Buffer.byteLength(summary) / 1024)}k.`,
    });
  }
  const path = (await readIfExists(ctx.files.path))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    stage,
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: await read(ctx.files.output, 'GITHUB_OUTPUT'),
    state: await read(ctx.files.state, 'GITHUB_STATE'),
    env: await read(ctx.files.env, 'GITHUB_ENV'),
    path,
    summary,
    ...commands,
  };
}

function inputEnvironment(
  manifest: ActionManifest,
  file: string,
  given: Record<string, string>,
  context: Record<string, string>,
  strict: boolean,
): Record<string, string> {
  const declared = manifest.inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !Object.hasOwn(declared, name));
  if (strict && unknown.length > 0) {
    throw new Error(
      `${file}: unexpected input(s) ${unknown.map((n) => `'${n}'`).join(', ')}; valid inputs are ${Object.keys(declared).join(', ')}`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    if (input.default !== undefined) {
      env[inputEnvName(name)] = evaluateDefault(input.default, context, `${file} inputs.${name}.default`);
    }
  }
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = value;
  return env;
}

function describeStages(result: ActionRunResult): string {
  const stages = [result.pre, result, result.post].filter((s): s is StageResult => s !== undefined);
  const clip = (text: string) =>
    text.length > 20_000 ? `${text.slice(0, 20_000)}\n[... ${text.length - 20_000} more chars]` : text;
  return stages
    .map(
      (s) =>
        `--- ${result.manifest.name} (${s.stage}) exit ${s.exitCode ?? s.signal}\n[stdout]\n${clip(s.stdout)}\n[stderr]\n${clip(s.stderr)}`,
    )
    .join('\n');
}

/** Inside a vitest test, prints the run's captured output if (and only if) the test fails. */
async function showOnTestFailure(result: ActionRunResult): Promise<void> {
  if (process.env.VITEST === undefined) return;
  const { onTestFailed } = await import('vitest');
  try {
    onTestFailed(() => {
      process.stderr.write(`${describeStages(result)}\n`);
    });
  } catch {
    // Called outside a running test (e.g. in beforeAll): nothing to attach to.
  }
}

/**
 * Runs a built JavaScript action the way the GitHub runner does: `node <runs.main>` with the
 * workspace as cwd, inputs as INPUT_<NAME> (defaults applied from action.yml), GITHUB_* and RUNNER_*
 * variables, an event payload file and fresh file-command files per stage; then `post` (with
 * STATE_<name> from the state saved before) when action.yml declares it.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRunResult> {
  const actionDir = resolveActionDir(options.action);
  const { file, manifest } = loadActionManifest(actionDir);
  const github: GithubContext = { ...defaultGithubContext(), ...options.github };
  const temp = await mkdtemp(join(tmpdir(), 'cairn-harness-'));
  const cleanup = () => rm(temp, { recursive: true, force: true });
  try {
    const runnerTemp = join(temp, 'runner-temp');
    const workspace = options.workspace ?? join(temp, 'workspace');
    const fileDir = join(temp, 'file-commands');
    await Promise.all([mkdir(runnerTemp), mkdir(workspace, { recursive: true }), mkdir(fileDir)]);
    const eventPath = join(temp, 'event.json');
    await writeFile(eventPath, JSON.stringify(options.eventPayload ?? defaultEventPayload(github), null, 2));
    const files: StageFiles = {
      output: join(fileDir, 'output'),
      env: join(fileDir, 'env'),
      state: join(fileDir, 'state'),
      summary: join(fileDir, 'step_summary'),
      path: join(fileDir, 'add_path'),
    };
    const baseEnv = {
      ...runnerEnvironment({
        github,
        eventPath,
        workspace,
        runnerTemp,
        actionPath: actionDir,
        actionId: `__cairn_${basename(actionDir)}`,
        files,
      }),
      ...inputEnvironment(
        manifest,
        file,
        options.inputs ?? {},
        expressionContext(github, runnerTemp, workspace),
        options.strictInputs ?? true,
      ),
    };
    const node = options.node ?? process.execPath;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const state: Record<string, string> = {};
    const exported: Record<string, string> = {};
    const addedPath: string[] = [];
    const stage = async (name: StageResult['stage'], script: string) => {
      const scriptPath = join(actionDir, script);
      if (!existsSync(scriptPath))
        throw new Error(`${file}: runs.${name} file ${scriptPath} does not exist (build it)`);
      const env: Record<string, string> = { ...baseEnv, ...exported };
      if (addedPath.length > 0) env.PATH = [...addedPath, env.PATH ?? ''].join(delimiter);
      for (const [key, value] of Object.entries(state)) env[`STATE_${key}`] = value;
      for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined) delete env[key];
        else env[key] = value;
      }
      const result = await runStage(name, {
        node,
        script: scriptPath,
        launcher: options.launcher ?? [],
        cwd: workspace,
        env,
        files,
        timeoutMs,
      });
      Object.assign(state, result.state);
      Object.assign(exported, result.env);
      addedPath.unshift(...result.path.toReversed());
      return result;
    };
    const pre = manifest.runs.pre !== undefined ? await stage('pre', manifest.runs.pre) : undefined;
    const main = await stage('main', manifest.runs.main);
    const post =
      manifest.runs.post !== undefined && options.post !== false ? await stage('post', manifest.runs.post) : undefined;
    const secrets = [
      ...new Set([github.token, ...(options.secrets ?? []), ...[pre, main, post].flatMap((s) => s?.masks ?? [])]),
    ].filter((s) => s !== '');
    const result: ActionRunResult = { ...main, secrets, manifest, github, cleanup };
    if (pre) result.pre = pre;
    if (post) result.post = post;
    if (options.keepTemp) result.tempDir = temp;
    await showOnTestFailure(result);
    return result;
  } finally {
    if (!options.keepTemp) await cleanup();
  }
}
