import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePullRequest } from '../../packages/github/src/pr-context.ts';
import { type ActionRunResult, actionStepInputs, readExampleWorkflow, setupE2E, useE2E } from './index.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/echo-action');

function json(result: ActionRunResult, name: string): Record<string, unknown> {
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.outputs[name] ?? 'null') as Record<string, unknown>;
}

describe('setupE2E with the fixture action', () => {
  it('builds the world, runs push, pull request (fork or not), schedule and dispatch events, and removes it all', async () => {
    const e = await setupE2E({ action: FIXTURE, prefix: 'cairn-e2e-self-', workflow: 'Self test' });
    try {
      expect(
        execFileSync('git', ['--git-dir', e.remote, 'rev-parse', '--is-bare-repository'], { encoding: 'utf8' }),
      ).toBe('true\n');
      expect(e.repository).toBe(`${e.server.owner}/${e.server.repo}`);
      e.write({ 'a/b/c.txt': 'text', 'bin.dat': new Uint8Array([0, 255]) });
      expect(readFileSync(join(e.workspace, 'a/b/c.txt'), 'utf8')).toBe('text');
      expect([...readFileSync(join(e.workspace, 'bin.dat'))]).toEqual([0, 255]);

      // The fixture declares no metadata-remote input: none is passed (strict inputs would throw).
      const push = await e.run({ inputs: { 'model-name': 'm' }, ref: 'refs/heads/dev' });
      const pushEnv = json(push, 'env');
      expect(pushEnv).toMatchObject({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/dev',
        GITHUB_HEAD_REF: '',
        GITHUB_WORKFLOW: 'Self test',
        GITHUB_API_URL: e.server.url,
        GITHUB_REPOSITORY: e.repository,
        GITHUB_RUN_ATTEMPT: '1',
      });
      expect(push.outputs.cwd).toBe(e.workspace);
      expect(json(push, 'event')).toMatchObject({
        ref: 'refs/heads/dev',
        after: pushEnv.GITHUB_SHA,
        repository: { full_name: e.repository, default_branch: 'main' },
      });

      const own = e.server.addPullRequest({ headSha: '1'.repeat(40) });
      const pr = await e.run({ inputs: { 'model-name': 'm' }, pr: { number: own, baseRef: 'release' } });
      const prEnv = json(pr, 'env');
      expect(prEnv).toMatchObject({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: `refs/pull/${own}/merge`,
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'release',
      });
      // Fake shas are 40 hex digits and new per run; run ids count up.
      expect(prEnv.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
      expect(prEnv.GITHUB_SHA).not.toBe(pushEnv.GITHUB_SHA);
      expect(Number(prEnv.GITHUB_RUN_ID)).toBe(Number(pushEnv.GITHUB_RUN_ID) + 1);
      const context = (result: ActionRunResult) => {
        const env = json(result, 'env');
        return {
          eventName: String(env.GITHUB_EVENT_NAME),
          payload: json(result, 'event'),
          sha: String(env.GITHUB_SHA),
          repository: String(env.GITHUB_REPOSITORY),
        };
      };
      // The payloads read as GitHub's do by the actions' own pull request resolution.
      expect(await resolvePullRequest(undefined, context(pr))).toEqual({
        number: own,
        headSha: prEnv.GITHUB_SHA,
        baseRef: 'release',
        readOnlyFork: false,
      });
      const forked = e.server.addPullRequest({ headSha: '2'.repeat(40), headRepo: 'someone/fork' });
      const fork = await e.run({
        inputs: { 'model-name': 'm' },
        pr: { number: forked, headRepo: 'someone/fork' },
        sha: 'ab'.repeat(20),
        runId: '9000',
        runAttempt: '2',
      });
      expect(json(fork, 'env')).toMatchObject({
        GITHUB_SHA: 'ab'.repeat(20),
        GITHUB_RUN_ID: '9000',
        GITHUB_RUN_ATTEMPT: '2',
      });
      expect(await resolvePullRequest(undefined, context(fork))).toMatchObject({ number: forked, readOnlyFork: true });

      const schedule = await e.run({ inputs: { 'model-name': 'm' }, event: 'schedule' });
      expect(json(schedule, 'event')).toMatchObject({ schedule: '0 3 * * *', repository: { full_name: e.repository } });
      const other = join(e.dir, 'other');
      mkdirSync(other);
      const dispatch = await e.run({ inputs: { 'model-name': 'm' }, event: 'workflow_dispatch', workspace: other });
      expect(json(dispatch, 'event')).toMatchObject({ ref: 'refs/heads/main', inputs: {} });
      expect(dispatch.outputs.cwd).toBe(other);

      await expect(e.run({ inputs: { 'model-name': 'm' }, event: 'pull_request' })).rejects.toThrow(
        /a pull_request run needs pr: \{ number \}/,
      );
      await expect(e.run({ inputs: { 'model-name': 'm' }, event: 'push', pr: { number: own } })).rejects.toThrow(
        /pr is given but the event is push/,
      );
    } finally {
      await e.close();
    }
    expect(existsSync(e.dir)).toBe(false);
  });
});

describe('useE2E', () => {
  const e = useE2E({ action: 'track-run', prefix: 'cairn-e2e-use-' });
  let early = '';
  try {
    void e.workspace;
  } catch (error) {
    early = (error as Error).message;
  }

  it('is reachable in tests, not while they are collected, and passes metadata-remote when the action takes it', async () => {
    expect(early).toMatch(/useE2E\(track-run\): the world exists only inside tests/);
    expect(existsSync(e.workspace)).toBe(true);
    e.write({ 'metrics.json': '{"accuracy": 0.5}' });
    const r = await e.run({ inputs: { experiment: 'x', metrics: 'metrics.json' } });
    expect(r.exitCode, r.stderr).toBe(0);
    // Recorded in the bare repository: metadata-remote was passed.
    const branch = execFileSync('git', ['--git-dir', e.remote, 'for-each-ref', '--format=%(refname)'], {
      encoding: 'utf8',
    });
    expect(branch).toContain('refs/heads/mlops-metadata');
  });
});

describe('example workflows', () => {
  it('reads a step by job and action, and names the file and job when it is not there', () => {
    const train = readExampleWorkflow('train.yml');
    expect(actionStepInputs(train, 'train', 'track-run')).toHaveProperty('experiment');
    expect(() => actionStepInputs(train, 'nope', 'track-run')).toThrow(/train\.yml: no job "nope" \(jobs: train/);
    expect(() => actionStepInputs(train, 'train', 'check-drift')).toThrow(
      /train\.yml: job "train" has no step with uses: \.\/actions\/check-drift/,
    );
    expect(() => readExampleWorkflow('missing.yml')).toThrow(/missing\.yml/);
  });
});
