import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@cairn/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type LocalGitHub, startLocalGitHub } from '../../../test/github-api/src/index.ts';
import { createGitHubClient } from '../src/client.ts';
import {
  ensureDraftRelease,
  publishReport,
  repositoryDispatch,
  upsertIssue,
  upsertStickyComment,
} from '../src/index.ts';
import { SHA } from './helpers.ts';

const TOKEN = 'ghs_S3cr3tT0kenThatMustNeverLeak0123456789';
let server: LocalGitHub;
afterEach(async () => {
  await server.close();
});

function forms(secret: string): string[] {
  return [secret, Buffer.from(secret).toString('base64'), Buffer.from(`x-access-token:${secret}`).toString('base64')];
}

function everything(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 6 && current; i++) {
    parts.push(
      String(current),
      (current as Error).stack ?? '',
      JSON.stringify(current, Object.getOwnPropertyNames(current)),
    );
    current = (current as Error).cause;
  }
  return parts.join('\n');
}

describe('secrets', () => {
  it('the token never appears in logs, errors, summaries or files written', async () => {
    server = await startLocalGitHub({ token: TOKEN, permissions: { contents: 'read', 'pull-requests': 'write' } });
    const logger = new MemoryLogger();
    const gh = createGitHubClient({
      token: TOKEN,
      repository: `${server.owner}/${server.repo}`,
      apiUrl: server.url,
      logger,
      retryBaseMs: 2,
      pacing: 'none',
    });
    const dir = mkdtempSync(join(tmpdir(), 'cairn-secrets-'));
    const pr = server.addPullRequest({ headSha: SHA });
    const seen: string[] = [];
    // Successes, with retries and rate limits logged on the way.
    server.faults.push(
      { match: { method: 'GET' }, status: 502 },
      { match: { method: 'POST' }, status: 429, retryAfter: 1 },
    );
    await publishReport(gh, {
      action: 'track-run',
      name: 'mnist',
      markdown: '## Report',
      pullRequest: { number: pr, headSha: SHA, baseRef: 'main', readOnlyFork: false },
      summaryPath: join(dir, 'summary.md'),
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    // Failures of every kind: permission, server errors, dropped connections, bad credentials.
    seen.push(everything(await ensureDraftRelease(gh, { tag: 'v1' }).catch((e: unknown) => e)));
    server.setPermissions('write-all');
    server.faults.push({ match: { method: 'GET' }, status: 503, times: 20 });
    seen.push(
      everything(await upsertIssue(gh, { key: 'k', label: 'l', title: 't', body: 'b' }).catch((e: unknown) => e)),
    );
    server.faults.length = 0;
    server.faults.push({ match: { method: 'POST' }, drop: true });
    seen.push(everything(await repositoryDispatch(gh, { eventType: 'retrain' }).catch((e: unknown) => e)));
    const wrong = createGitHubClient({
      token: `${TOKEN}x`,
      repository: 'octo-org/ml-project',
      apiUrl: server.url,
      logger,
      retryBaseMs: 2,
      pacing: 'none',
    });
    seen.push(
      everything(
        await upsertStickyComment(wrong, { issueNumber: pr, action: 'a', name: 'n', body: 'b' }).catch(
          (e: unknown) => e,
        ),
      ),
    );

    expect(seen.filter((s) => s.includes('Error')).length).toBe(4);
    expect(seen.join('\n')).toMatch(/`contents: write`/);
    expect(seen.join('\n')).toMatch(/401/);
    const logs = logger.entries.map((e) => e.message).join('\n');
    expect(logs).toMatch(/retrying/);
    const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const haystack = [logs, ...seen, ...files, ...server.state.comments.map((c) => c.body)].join('\n');
    for (const form of forms(TOKEN)) expect(haystack).not.toContain(form);
    expect(haystack).not.toContain(TOKEN.slice(4, 20));
  });
});
