import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSubset } from '../../../scripts/openapi-subset.ts';
import {
  type LocalGitHub,
  type LocalGitHubOptions,
  SECONDARY_RATE_LIMIT_MESSAGE,
  startLocalGitHub,
} from '../src/index.ts';
import { SUBSET_FILE } from '../src/openapi.ts';

let gh: LocalGitHub;
let running: LocalGitHub | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options: LocalGitHubOptions = {}) {
  gh = await startLocalGitHub(options);
  running = gh;
  return gh;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${gh.token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

const R = '/repos/octo-org/ml-project';

describe('request validation against the OpenAPI description', () => {
  it('rejects wrong types, missing required fields, bad enums and bad JSON the way GitHub does', async () => {
    await start();
    const pr = gh.addPullRequest({ headSha: 'a'.repeat(40) });
    expect(await call('POST', `${R}/issues/${pr}/comments`, { body: 5 })).toMatchObject({
      status: 422,
      json: { message: "Invalid request.\n\nFor 'properties/body', 5 is not a string.", status: '422' },
    });
    const missing = await call('POST', `${R}/releases`, { name: 'no tag' });
    expect(missing).toMatchObject({
      status: 422,
      json: { message: 'Invalid request.\n\n"tag_name" wasn\'t supplied.' },
    });
    expect(missing.json?.documentation_url).toMatch(/^https:\/\/docs\.github\.com/);
    const deployment = await call('POST', `${R}/deployments`, {
      ref: 'main',
      auto_merge: false,
      required_contexts: [],
    });
    const badState = await call('POST', `${R}/deployments/${deployment.json?.id}/statuses`, { state: 'done' });
    expect(badState.status).toBe(422);
    expect(String(badState.json?.message)).toContain(
      'For \'properties/state\', "done" must be equal to one of the allowed values.',
    );
    expect(await call('POST', `${R}/dispatches`, '{"event_type": ')).toMatchObject({
      status: 400,
      json: { message: 'Problems parsing JSON' },
    });
    expect((await call('POST', `${R}/dispatches`, { event_type: 'x'.repeat(101) })).status).toBe(422);
    expect((await call('GET', `${R}/issues?state=sideways`)).status).toBe(422);
    expect((await call('GET', `${R}/issues/abc/comments`)).status).toBe(404);
    expect((await call('GET', '/repos/someone/else/issues')).status).toBe(404);
    gh.assertNoUnhandled();
  });

  it('accepts exactly the bodies the description allows (property: create comment, create issue)', async () => {
    await start();
    const pr = gh.addPullRequest({ headSha: 'a'.repeat(40) });
    await fc.assert(
      // Objects that name label fields would be checked field by field: kept out so the oracle stays simple.
      fc.asyncProperty(
        fc
          .jsonValue({ maxDepth: 2 })
          .filter(
            (v) =>
              !(
                typeof v === 'object' &&
                v !== null &&
                !Array.isArray(v) &&
                ['id', 'node_id', 'url', 'name', 'description', 'color', 'default'].some((k) => k in v)
              ),
          ),
        async (value) => {
          const comment = await call('POST', `${R}/issues/${pr}/comments`, { body: value });
          expect(comment.status).toBe(typeof value === 'string' ? 201 : 422);
          // title: string or integer; labels: array of strings or objects
          const issue = await call('POST', `${R}/issues`, { title: value, labels: [value] });
          const titleOk = typeof value === 'string' ? value.trim() !== '' : Number.isInteger(value);
          const labelOk =
            typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));
          expect(issue.status).toBe(titleOk && labelOk ? 201 : 422);
        },
      ),
      { numRuns: 60 },
    );
    gh.assertNoUnhandled();
  });

  it('answers an unimplemented endpoint 404 and makes the test fail loudly', async () => {
    await start();
    expect(await call('GET', `${R}/actions/secrets`)).toMatchObject({ status: 404, json: { message: 'Not Found' } });
    // An upload sent to the API host instead of upload_url is not an endpoint either.
    expect((await call('POST', `${R}/releases/1/assets?name=a`, 'x')).status).toBe(404);
    expect(() => gh.assertNoUnhandled()).toThrow(
      /unimplemented endpoint: GET \/repos\/octo-org\/ml-project\/actions\/secrets/,
    );
  });

  it('checks responses too: state that would produce an invalid response is a 500 and a recorded violation', async () => {
    await start();
    const pr = gh.addPullRequest({ headSha: 'a'.repeat(40) });
    gh.addComment(pr, 'alice', 'hello');
    const comment = gh.state.comments[0];
    if (comment) comment.createdAt = 'yesterday';
    expect((await call('GET', `${R}/issues/${pr}/comments`)).status).toBe(500);
    expect(() => gh.assertNoUnhandled()).toThrow(
      /contract violation: issues\/list-comments 200: For 'properties\/0\/created_at'/,
    );
  });
});

describe('auth and permissions', () => {
  it('401 without or with a wrong token', async () => {
    await start();
    const none = await fetch(`${gh.url}${R}/releases`);
    expect(none.status).toBe(401);
    expect((await call('GET', `${R}/releases`, undefined, { authorization: 'token nope' })).json?.message).toBe(
      'Bad credentials',
    );
  });

  it('enforces the workflow permissions block, 403 like GitHub', async () => {
    await start({ permissions: { issues: 'read', contents: 'write' } });
    const denied = await call('POST', `${R}/issues`, { title: 't' });
    expect(denied).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('issues=write');
    expect((await call('GET', `${R}/issues`)).status).toBe(200);
    expect((await call('POST', `${R}/releases`, { tag_name: 'v1', draft: true })).status).toBe(201);
    expect((await call('POST', `${R}/actions/workflows/w.yml/dispatches`, { ref: 'main' })).status).toBe(403);
    gh.setPermissions({ contents: 'read' });
    // drafts are visible only to tokens that can push, as on GitHub
    expect((await call('GET', `${R}/releases`)).json).toEqual([]);
    gh.assertNoUnhandled();
  });
});

describe('pagination', () => {
  it('pages with Link headers: 30 by default, at most 100', async () => {
    await start();
    const pr = gh.addPullRequest({ headSha: 'a'.repeat(40) });
    for (let i = 0; i < 250; i++) gh.addComment(pr, 'bob', `c${i}`);
    const first = await call('GET', `${R}/issues/${pr}/comments`);
    expect((first.json as unknown as unknown[]).length).toBe(30);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}${R}/issues/${pr}/comments?page=2>; rel="next", <${gh.url}${R}/issues/${pr}/comments?page=9>; rel="last"`,
    );
    const big = await call('GET', `${R}/issues/${pr}/comments?per_page=500&page=3`);
    expect((big.json as unknown as Array<{ body: string }>).map((c) => c.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `c${200 + i}`),
    );
    expect(big.headers.get('link')).toContain('rel="prev"');
    expect(big.headers.get('link')).not.toContain('rel="next"');
    gh.assertNoUnhandled();
  });
});

describe('GitHub behaviours', () => {
  it('deployments: auto_merge defaults to true (202) and required_contexts to all (409)', async () => {
    await start();
    expect((await call('POST', `${R}/deployments`, { ref: 'topic' })).status).toBe(202);
    expect((await call('POST', `${R}/deployments`, { ref: 'topic', auto_merge: false })).status).toBe(409);
    expect(
      (await call('POST', `${R}/deployments`, { ref: 'topic', auto_merge: false, required_contexts: [] })).status,
    ).toBe(201);
  });

  it('releases: get-by-tag hides drafts; a second published release for a tag is 422 already_exists', async () => {
    await start();
    await call('POST', `${R}/releases`, { tag_name: 'v1', draft: true });
    expect((await call('GET', `${R}/releases/tags/v1`)).status).toBe(404);
    expect((await call('POST', `${R}/releases`, { tag_name: 'v2' })).status).toBe(201);
    expect(await call('POST', `${R}/releases`, { tag_name: 'v2' })).toMatchObject({
      status: 422,
      json: {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      },
    });
    gh.assertNoUnhandled();
  });
});

describe('fault injection', () => {
  it('injects 5xx, secondary rate limits with retry-after, drops and delays, each `times` times', async () => {
    await start();
    gh.faults.push(
      { match: { operationId: 'repos/list-releases' }, status: 503, times: 2 },
      { match: { method: 'GET', path: `${R}/issues` }, status: 403, retryAfter: 7 },
      { match: { method: 'POST' }, drop: true },
    );
    expect((await call('GET', `${R}/releases`)).status).toBe(503);
    expect((await call('GET', `${R}/releases`)).json).toMatchObject({ message: 'Service Unavailable', status: '503' });
    expect((await call('GET', `${R}/releases`)).status).toBe(200);
    const limited = await call('GET', `${R}/issues`);
    expect(limited).toMatchObject({ status: 403, json: { message: SECONDARY_RATE_LIMIT_MESSAGE } });
    expect(limited.headers.get('retry-after')).toBe('7');
    await expect(call('POST', `${R}/issues`, { title: 't' })).rejects.toThrow(/fetch failed/);
    expect(gh.state.issues.size).toBe(0);
    gh.faults.push({ match: { method: 'POST' }, drop: true, after: true });
    await expect(call('POST', `${R}/issues`, { title: 't' })).rejects.toThrow(/fetch failed/);
    expect(gh.state.issues.size).toBe(1); // applied, then dropped: the ambiguous case
    gh.faults.push({ match: { method: 'GET' }, delayMs: 150 });
    const started = Date.now();
    expect((await call('GET', `${R}/issues`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(gh.faults).toHaveLength(0);
    expect(gh.requests.map((r) => r.status)).toContain('dropped');
  });
});

describe('the committed OpenAPI subset', () => {
  it('is what scripts/openapi-subset.ts generates from @octokit/openapi', () => {
    const require = createRequire(join(dirname(SUBSET_FILE), '../package.json'));
    const specFile = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated/api.github.com.json');
    const generated = `${JSON.stringify(buildSubset(JSON.parse(readFileSync(specFile, 'utf8'))), null, 1)}\n`;
    expect(generated === readFileSync(SUBSET_FILE, 'utf8')).toBe(true);
    expect(generated).not.toContain('"nullable"');
  });
});
