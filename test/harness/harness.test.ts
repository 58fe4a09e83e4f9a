import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoSecretLeak, findSecretLeaks, runAction } from './index.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/echo-action');

function jsonOutput(outputs: Record<string, string>, name: string): Record<string, unknown> {
  const text = outputs[name];
  if (text === undefined) throw new Error(`no output ${name}`);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('runAction with the fixture action', () => {
  it('passes inputs, defaults, GITHUB_* and the event exactly as the runner does', async () => {
    const result = await runAction({
      action: FIXTURE,
      inputs: { 'model-name': 'churn-model' },
      github: {
        repository: 'acme/forecast',
        actor: 'hubot',
        eventName: 'pull_request',
        headRef: 'feat',
        baseRef: 'main',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['model-name']).toBe('churn-model');
    expect(result.outputs['with-space']).toBe('spaced default');
    expect(result.outputs.greeting).toBe('hello hubot on Linux');
    expect(result.outputs.token).toBe('present');
    expect(result.outputs.node).toMatch(/^v24\./);
    const env = jsonOutput(result.outputs, 'env');
    expect(env).toMatchObject({
      'INPUT_MODEL-NAME': 'churn-model',
      INPUT_WITH_SPACE: 'spaced default',
      INPUT_FAIL: 'false',
      GITHUB_REPOSITORY: 'acme/forecast',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feat',
      GITHUB_BASE_REF: 'main',
      GITHUB_ACTOR: 'hubot',
      RUNNER_OS: 'Linux',
      GITHUB_ACTION_PATH: FIXTURE,
      CI: 'true',
    });
    for (const key of ['GITHUB_SHA', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_RUN_NUMBER', 'GITHUB_JOB']) {
      expect(env[key], key).toMatch(/\S/);
    }
    expect(env.GITHUB_WORKSPACE).toBe(result.outputs.cwd);
    const event = jsonOutput(result.outputs, 'event');
    expect(event).toMatchObject({ pull_request: { head: { ref: 'feat' }, base: { ref: 'main' } } });
  });

  it('reads multi-line outputs, state, exported env, path and the summary, and feeds them to post', async () => {
    const result = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm1' } });
    expect(result.outputs.multi).toBe('line one\nline two\n\nwith=equals and <<EOF\n');
    expect(result.state).toEqual({ started: 'yes\nm1' });
    expect(result.env).toEqual({ FIXTURE_EXPORTED: 'from main' });
    expect(result.path).toEqual(['/opt/fixture/bin']);
    expect(result.summary).toBe('<h1>Fixture</h1>\nmodel m1\n');
    expect(result.post).toBeDefined();
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.outputs).toEqual({
      state: 'yes\nm1',
      exported: 'from main',
      'path-first': '/opt/fixture/bin',
      'model-name': 'm1',
    });
    expect(result.post?.summary).toBe('post done');
  });

  it('reports annotations, debug lines and groups from stdout', async () => {
    const result = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm' }, post: false });
    expect(result.post).toBeUndefined();
    expect(result.annotations).toEqual([
      {
        level: 'warning',
        message: 'check the row',
        title: 'Row check',
        file: 'data/train.csv',
        line: 3,
        endLine: 4,
        col: 2,
      },
      { level: 'notice', message: '100% done, a:b' },
    ]);
    expect(result.debug).toEqual(['a debug line']);
    expect(result.commands.map((c) => c.command)).toEqual(['warning', 'notice', 'debug', 'group', 'endgroup']);
  });

  it('reports masks, and the leak check passes when no secret is printed', async () => {
    const result = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm', 'api-key': 'key-9f8e7d6c' } });
    expect(result.masks).toEqual(['key-9f8e7d6c']);
    expect(result.secrets).toContain(result.github.token);
    expect(result.secrets).toContain('key-9f8e7d6c');
    expect(findSecretLeaks(result)).toEqual([]);
    expect(() => assertNoSecretLeak(result)).not.toThrow();
  });

  it('catches a masked secret printed on stdout, and a given secret echoed in an output', async () => {
    const leaky = await runAction({
      action: FIXTURE,
      inputs: { 'model-name': 'm', 'api-key': 'key-9f8e7d6c', leak: 'true' },
    });
    expect(findSecretLeaks(leaky)).toEqual([{ secret: 'key-9f8e7d6c', where: 'main stdout' }]);
    expect(() => assertNoSecretLeak(leaky)).toThrow(/appears in main stdout/);
    expect(() => assertNoSecretLeak(leaky)).not.toThrow(/key-9f8e7d6c/);
    const echoed = await runAction({ action: FIXTURE, inputs: { 'model-name': 'model-secret-42' }, post: false });
    expect(() => assertNoSecretLeak(echoed, ['model-secret-42'])).toThrow(/output 'model-name'/);
  });

  it('returns the exit code and the failure message of a failing step', async () => {
    const result = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm', fail: 'true' }, post: false });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      { level: 'error', message: 'fixture failed on purpose' },
    ]);
  });

  it('applies env overrides last, removes variables set to undefined, and uses a given workspace', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'cairn-ws-'));
    try {
      const result = await runAction({
        action: FIXTURE,
        inputs: { 'model-name': 'm' },
        workspace,
        env: { GITHUB_JOB: 'override', GITHUB_HEAD_REF: undefined },
        post: false,
      });
      const env = jsonOutput(result.outputs, 'env');
      expect(env.GITHUB_JOB).toBe('override');
      expect(env).not.toHaveProperty('GITHUB_HEAD_REF');
      expect(result.outputs.cwd).toBe(workspace);
      expect(existsSync(workspace)).toBe(true);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('removes its temp directories after a run unless asked to keep them', async () => {
    const gone = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm' }, post: false });
    const runnerTemp = jsonOutput(gone.outputs, 'env').RUNNER_TEMP as string;
    expect(existsSync(runnerTemp)).toBe(false);
    const kept = await runAction({ action: FIXTURE, inputs: { 'model-name': 'm' }, post: false, keepTemp: true });
    expect(kept.tempDir && existsSync(kept.tempDir)).toBe(true);
    await kept.cleanup();
    expect(existsSync(kept.tempDir ?? '')).toBe(false);
  });

  it('starts node through a launcher that keeps the environment (how benchmarks time a step)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cairn-launcher-'));
    try {
      const timeFile = join(dir, 'time.txt');
      const result = await runAction({
        action: FIXTURE,
        inputs: { 'model-name': 'timed' },
        post: false,
        launcher: ['/usr/bin/time', '-f', '%e,%M', '-o', timeFile],
      });
      expect(result.exitCode).toBe(0);
      // The input name has a hyphen: it only arrives when the launcher passes the environment on as is.
      expect(result.outputs['model-name']).toBe('timed');
      expect(readFileSync(timeFile, 'utf8').trim()).toMatch(/^\d+\.\d+,\d+$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects undeclared inputs and defaults it cannot evaluate, naming the file', async () => {
    await expect(runAction({ action: FIXTURE, inputs: { 'model-nme': 'typo' } })).rejects.toThrow(
      /unexpected input\(s\) 'model-nme'; valid inputs are model-name/,
    );
    const dir = await mkdtemp(join(tmpdir(), 'cairn-bad-action-'));
    try {
      await writeFile(
        join(dir, 'action.yml'),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
        'name: x\ndescription: y\ninputs:\n  a:\n    description: z\n    default: ${{ secrets.NOPE }}\nruns:\n  using: node24\n  main: main.js\n',
      );
      await writeFile(join(dir, 'main.js'), '');
      await expect(runAction({ action: dir })).rejects.toThrow(/inputs\.a\.default: the harness cannot evaluate/);
      await writeFile(join(dir, 'action.yml'), 'name: x\ndescription: y\nruns:\n  using: node20\n  main: main.js\n');
      await expect(runAction({ action: dir })).rejects.toThrow(/runs\.using: runs\.using must be node24/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails a file command file the runner would reject', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cairn-bad-output-'));
    try {
      await writeFile(join(dir, 'action.yml'), 'name: x\ndescription: y\nruns:\n  using: node24\n  main: main.js\n');
      await writeFile(
        join(dir, 'main.js'),
        "import { appendFileSync } from 'node:fs';\nappendFileSync(process.env.GITHUB_OUTPUT, 'a<<EOF\\nno end\\n');\n",
      );
      await expect(runAction({ action: dir })).rejects.toThrow(
        /main GITHUB_OUTPUT line 1: matching delimiter not found/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
