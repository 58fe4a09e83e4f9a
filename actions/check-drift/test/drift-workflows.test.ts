/**
 * workflows-examples/drift-nightly.yml and drift-pr.yml: valid for GitHub's own parser, least
 * permissions, pinned third-party actions, and their check-drift steps run as written through the
 * harness (the nightly one against a dataset version's stored profile).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LocalBlobStore, pushDataset } from '@cairn/blobs';
import { MemoryLogger } from '@cairn/core';
import { openStore } from '@cairn/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionStepInputs, REPO_ROOT, readExampleWorkflow, useE2E } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';
import { DRIFT_E2E, flightsLike } from './helpers.ts';

function checkDriftStep(file: string): Record<string, string> {
  const inputs = actionStepInputs(readExampleWorkflow(file), 'drift', 'check-drift');
  if (Object.keys(inputs).length === 0) throw new Error(`${file}: no check-drift step with inputs`);
  return inputs;
}

describe.each(['drift-nightly.yml', 'drift-pr.yml'])('workflows-examples/%s', (file) => {
  it("parses with GitHub's workflow parser, with least permissions and pinned actions", async () => {
    const path = join(REPO_ROOT, 'workflows-examples', file);
    const parsedWorkflow = await parseWorkflowFile(path);
    expect(parsedWorkflow.errors).toEqual([]);
    const uses = parsedWorkflow.jobs[0]?.uses ?? [];
    expect(uses).toContain('./actions/check-drift');
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    const permissions = readExampleWorkflow(file).jobs.drift?.permissions ?? {};
    expect(Object.keys(permissions).sort()).toEqual(
      file === 'drift-pr.yml' ? ['contents', 'pull-requests'] : ['contents', 'issues'],
    );
  });
});

describe('the example workflows run through the harness', () => {
  const e = useE2E(DRIFT_E2E);
  beforeAll(async () => {
    // The training data, recorded as version-data records it (with its profile).
    e.write({ 'train/flights.csv': flightsLike(4000, 11, 0) });
    const logger = new MemoryLogger();
    const store = await openStore({ remote: e.remote, logger });
    try {
      await pushDataset(store, {
        name: 'flights',
        target: 'train',
        cwd: e.workspace,
        git: { sha: 'f'.repeat(40) },
        blobs: new LocalBlobStore(join(e.dir, 'blobs'), logger),
        logger,
      });
    } finally {
      await store.close();
    }
    execFileSync('git', ['--git-dir', e.remote, 'rev-parse', 'refs/heads/mlops-metadata']);
  });

  it('drift-nightly: against the stored profile, a drifted batch opens the issue and dispatches retraining', async () => {
    const inputs = checkDriftStep('drift-nightly.yml');
    e.write({ 'data/batch.csv': flightsLike(2000, 12, 30) });
    const r = await e.run({ inputs });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs.drift).toBe('true');
    expect(r.summary).toContain('`flights@1` (stored profile)');
    expect([...e.server.state.issues.values()].filter((i) => i.labels.includes('drift'))).toHaveLength(1);
    expect(e.server.state.dispatches.at(-1)).toMatchObject({
      kind: 'repository',
      eventType: 'retrain',
      clientPayload: { dataset: 'flights', version: '1' },
    });
    e.write({ 'data/batch.csv': flightsLike(2000, 13, 0) });
    const clean = await e.run({ inputs });
    expect(clean.outputs.drift).toBe('false');
    expect(
      [...e.server.state.issues.values()].filter((i) => i.state === 'open' && i.labels.includes('drift')),
    ).toHaveLength(0);
  });

  it('drift-pr: a drifted pull request fails with the sticky comment', async () => {
    const inputs = checkDriftStep('drift-pr.yml');
    e.write({
      'data/reference.csv': flightsLike(1500, 21, 0),
      'data/current.csv': flightsLike(1500, 22, 20),
    });
    const number = e.server.addPullRequest({ headSha: '8'.repeat(40) });
    const r = await e.run({ event: 'pull_request', pr: { number }, inputs });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^check-drift: dataset drift in flights/);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('❌ dataset drift');
  });
});
