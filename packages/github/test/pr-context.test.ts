import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishReport, resolvePullRequest } from '../src/index.ts';
import { type Setup, SHA, setup } from './helpers.ts';

let ctx: Setup | undefined;
afterEach(async () => {
  ctx?.server.assertNoUnhandled();
  await ctx?.server.close();
  ctx = undefined;
});

const repo = { full_name: 'octo-org/ml-project' };
function pullPayload(number: number, headRepo: { full_name: string } | null) {
  return { pull_request: { number, head: { sha: SHA, ref: 'f', repo: headRepo }, base: { ref: 'main', repo } } };
}

describe('pull request context', () => {
  it('reads pull_request, pull_request_target and issue_comment payloads', async () => {
    const base = { sha: SHA, repository: 'octo-org/ml-project' };
    expect(
      await resolvePullRequest(undefined, { ...base, eventName: 'pull_request', payload: pullPayload(7, repo) }),
    ).toEqual({
      number: 7,
      headSha: SHA,
      baseRef: 'main',
      readOnlyFork: false,
    });
    const fork = pullPayload(8, { full_name: 'someone/ml-project' });
    expect(
      (await resolvePullRequest(undefined, { ...base, eventName: 'pull_request', payload: fork }))?.readOnlyFork,
    ).toBe(true);
    expect(
      (await resolvePullRequest(undefined, { ...base, eventName: 'pull_request', payload: pullPayload(9, null) }))
        ?.readOnlyFork,
    ).toBe(true);
    expect(
      (await resolvePullRequest(undefined, { ...base, eventName: 'pull_request_target', payload: fork }))?.readOnlyFork,
    ).toBe(false);
    const comment = { issue: { number: 11, pull_request: { url: 'x' } } };
    expect(
      (await resolvePullRequest(undefined, { ...base, eventName: 'issue_comment', payload: comment }))?.number,
    ).toBe(11);
    expect(
      await resolvePullRequest(undefined, { ...base, eventName: 'issue_comment', payload: { issue: { number: 3 } } }),
    ).toBeUndefined();
    expect(await resolvePullRequest(undefined, { ...base, eventName: 'schedule', payload: {} })).toBeUndefined();
  });

  it('finds the open pull request whose head is the pushed commit', async () => {
    ctx = await setup({ permissions: { 'pull-requests': 'read' } });
    ctx.server.addPullRequest({ headSha: SHA, state: 'closed' });
    ctx.server.addPullRequest({ headSha: 'f'.repeat(40) });
    const open = ctx.server.addPullRequest({ headSha: SHA });
    const found = await resolvePullRequest(ctx.gh, {
      eventName: 'push',
      payload: {},
      sha: SHA,
      repository: 'octo-org/ml-project',
    });
    expect(found).toEqual({ number: open, headSha: SHA, baseRef: 'main', readOnlyFork: false });
    const none = await resolvePullRequest(ctx.gh, {
      eventName: 'push',
      payload: {},
      sha: 'e'.repeat(40),
      repository: 'octo-org/ml-project',
    });
    expect(none).toBeUndefined();
  });

  it('a fork PR degrades to the job summary with one line, posting nothing and not failing', async () => {
    ctx = await setup({ permissions: { contents: 'read' } });
    const pr = await resolvePullRequest(ctx.gh, {
      eventName: 'pull_request',
      payload: pullPayload(5, { full_name: 'someone/fork' }),
      sha: SHA,
      repository: 'octo-org/ml-project',
    });
    const summaryPath = join(mkdtempSync(join(tmpdir(), 'cairn-fork-')), 'summary.md');
    const result = await publishReport(ctx.gh, {
      action: 'track-run',
      name: 'mnist',
      markdown: '## Report',
      pullRequest: pr,
      summaryPath,
    });
    expect(result.comment).toBeUndefined();
    expect(result.skipped).toContain('fork');
    const summary = readFileSync(summaryPath, 'utf8');
    expect(summary.split('\n')[0]).toBe(
      '> Cairn did not comment on the pull request: pull request #5 comes from a fork, and GitHub gives fork workflows a read-only token. The report is below.',
    );
    expect(summary).toContain('## Report');
    expect(ctx.server.requests).toHaveLength(0);
  });

  it('a same-repo PR gets the comment and the same markdown in the summary', async () => {
    ctx = await setup();
    const number = ctx.server.addPullRequest({ headSha: SHA });
    const summaryPath = join(mkdtempSync(join(tmpdir(), 'cairn-pr-')), 'summary.md');
    const pr = await resolvePullRequest(ctx.gh, {
      eventName: 'pull_request',
      payload: pullPayload(number, repo),
      sha: SHA,
      repository: 'octo-org/ml-project',
    });
    const result = await publishReport(ctx.gh, {
      action: 'track-run',
      name: 'mnist',
      markdown: '## Report\n',
      pullRequest: pr,
      summaryPath,
    });
    expect(result.comment?.outcome).toBe('created');
    expect(readFileSync(summaryPath, 'utf8')).toBe('## Report\n');
  });
});
