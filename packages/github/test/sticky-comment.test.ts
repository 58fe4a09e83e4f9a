import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT, stickyMarker, upsertStickyComment } from '../src/index.ts';
import { type Setup, SHA, setup } from './helpers.ts';

let ctx: Setup;
afterEach(async () => {
  ctx.server.assertNoUnhandled();
  await ctx.server.close();
});

function table(rows: number, width = 40): string {
  const lines = ['| metric | value | delta |', '|---|---:|---:|'];
  for (let i = 0; i < rows; i++) lines.push(`| m${i} ${'x'.repeat(width)} | ${i} | +${i / 10} |`);
  return lines.join('\n');
}

describe('sticky comment', () => {
  it('creates once, edits in place, and leaves an unchanged body alone', async () => {
    ctx = await setup();
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    const first = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'track-run',
      name: 'mnist',
      body: 'v1',
    });
    const second = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'track-run',
      name: 'mnist',
      body: 'v2',
    });
    const third = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'track-run',
      name: 'mnist',
      body: 'v2',
    });
    const other = await upsertStickyComment(ctx.gh, { issueNumber: pr, action: 'track-run', name: 'cifar', body: 'c' });
    expect([first.outcome, second.outcome, third.outcome, other.outcome]).toEqual([
      'created',
      'updated',
      'unchanged',
      'created',
    ]);
    expect(second.id).toBe(first.id);
    const comments = ctx.server.state.comments.filter((c) => c.issueNumber === pr);
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe(`${stickyMarker('track-run', 'mnist')}\nv2`);
  });

  it('finds its comment among 300 comments from several authors, ignoring a copied marker', async () => {
    ctx = await setup();
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    const marker = stickyMarker('check-drift', 'daily');
    const authors = ['alice', 'bob', 'dependabot[bot]', 'github-actions[bot]'];
    for (let i = 0; i < 150; i++) ctx.server.addComment(pr, authors[i % authors.length] as string, `chatter ${i}`);
    // A human quoting the bot's comment, marker included, must not be taken for it.
    ctx.server.addComment(pr, 'alice', `> ${marker}\n> old report`);
    const ours = ctx.server.addComment(pr, 'github-actions[bot]', `${marker}\nold report`);
    for (let i = 0; i < 148; i++) ctx.server.addComment(pr, authors[i % authors.length] as string, `more ${i}`);
    const result = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'check-drift',
      name: 'daily',
      body: 'new',
    });
    expect(result).toMatchObject({ id: ours, outcome: 'updated' });
    expect(ctx.server.state.comments.filter((c) => c.issueNumber === pr)).toHaveLength(300);
    const pages = ctx.server.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(pages.length).toBeGreaterThanOrEqual(2); // found on page 2 of 3 at 100 per page
  });

  it('posts a 200,000-character body shortened, under the limit, with tables intact', async () => {
    ctx = await setup();
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    const body = `## Metrics\n\n${table(3100)}\n\nTrailing note.`;
    expect(body.length).toBeGreaterThan(200_000);
    const result = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'track-run',
      name: 'big',
      body,
      summaryUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(result.shortened).toBe(true);
    const posted = ctx.server.state.comments.at(-1)?.body ?? '';
    expect(posted.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(posted.length).toBeGreaterThan(COMMENT_BODY_LIMIT * 0.8);
    const rows = posted.split('\n').filter((l) => /^\| m\d/.test(l));
    expect(rows.length + result.droppedRows).toBe(3100);
    expect(rows.every((r) => r.split('|').length === 5)).toBe(true);
    expect(posted).toContain(
      `_${result.droppedRows} more rows not shown: see the [job summary](https://github.com/o/r/actions/runs/1)._`,
    );
    expect(posted).toContain('Trailing note.');
  });

  it('names the missing permission and the workflow line on a 403', async () => {
    ctx = await setup({ permissions: { contents: 'read' } });
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    const error = await upsertStickyComment(ctx.gh, {
      issueNumber: pr,
      action: 'track-run',
      name: 'x',
      body: 'b',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UserError' });
    expect(String((error as Error).message)).toContain('`pull-requests: write`');
    expect(String((error as Error).message)).toContain('permissions:\n    pull-requests: write');
  });

  it('works with issues: write alone, the documented alternative', async () => {
    ctx = await setup({ permissions: { issues: 'write' } });
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    const result = await upsertStickyComment(ctx.gh, { issueNumber: pr, action: 'a', name: 'n', body: 'b' });
    expect(result.outcome).toBe('created');
  });
});
