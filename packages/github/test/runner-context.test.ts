import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import {
  baselineRef,
  defaultBranchRef,
  gitContext,
  metadataRemote,
  readRunnerContext,
  storeAuth,
} from '../src/runner-context.ts';

const dir = mkdtempSync(join(tmpdir(), 'cairn-runner-ctx-'));
const eventPath = join(dir, 'event.json');
writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'trunk' } }));
const env = {
  GITHUB_REPOSITORY: 'acme/ml',
  GITHUB_SHA: 'abc123',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_BASE_REF: 'main',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://ghe.example.com/',
  GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
  RUNNER_TEMP: '/tmp/runner',
};

describe('runner context', () => {
  it('reads the runner protocol variables and builds the run URL', () => {
    const ctx = readRunnerContext(env);
    expect(ctx).toMatchObject({
      repository: 'acme/ml',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      runAttempt: '1',
      temp: '/tmp/runner',
      runUrl: 'https://ghe.example.com/acme/ml/actions/runs/42',
      artifactRuntime: false,
    });
    expect(defaultBranchRef(ctx)).toBe('refs/heads/trunk');
    expect(baselineRef(ctx, undefined)).toBe('refs/heads/main');
    expect(baselineRef({ ...ctx, baseRef: '' }, undefined)).toBe('refs/pull/7/merge');
    expect(gitContext(ctx, { number: 7, baseRef: 'release', readOnlyFork: false } as never)).toMatchObject({
      pullRequest: 7,
      baseRef: 'refs/heads/release',
      runUrl: 'https://ghe.example.com/acme/ml/actions/runs/42',
    });
  });
  it('refuses to run without GITHUB_REPOSITORY and names a broken event file', () => {
    expect(() => readRunnerContext({})).toThrow(UserError);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    expect(() => readRunnerContext({ ...env, GITHUB_EVENT_PATH: bad })).toThrow(/bad\.json/);
  });
  it('resolves the metadata remote and sends the token only to http(s) remotes', () => {
    const ctx = readRunnerContext(env);
    expect(metadataRemote('', ctx)).toBe('https://ghe.example.com/acme/ml.git');
    expect(metadataRemote('acme/registry', ctx)).toBe('https://ghe.example.com/acme/registry.git');
    expect(metadataRemote('/srv/store.git', ctx)).toBe('/srv/store.git');
    expect(metadataRemote('./store.git', ctx)).toBe('./store.git');
    expect(storeAuth('https://ghe.example.com/acme/ml.git', 't0ken')).toEqual({ token: 't0ken' });
    expect(storeAuth('/srv/store.git', 't0ken')).toEqual({});
    expect(storeAuth('https://x/y.git', '')).toEqual({});
  });
});
