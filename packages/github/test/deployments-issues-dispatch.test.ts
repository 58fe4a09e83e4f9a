import { afterEach, describe, expect, it } from 'vitest';
import {
  closeIssue,
  commentOnIssue,
  createDeployment,
  getRunApprovals,
  repositoryDispatch,
  setDeploymentStatus,
  upsertIssue,
  workflowDispatch,
} from '../src/index.ts';
import { type Setup, SHA, setup } from './helpers.ts';

let ctx: Setup;
afterEach(async () => {
  ctx.server.assertNoUnhandled();
  await ctx.server.close();
});

const RUN_URL = 'https://github.com/octo-org/ml-project/actions/runs/42';

describe('deployments', () => {
  it('creates one deployment per key (auto_merge off, no required contexts) and posts statuses with the log URL', async () => {
    ctx = await setup({ permissions: { deployments: 'write', actions: 'read' } });
    const options = { ref: SHA, environment: 'production', key: '42-1-mnist@7', description: 'mnist v7' };
    const deployment = await createDeployment(ctx.gh, options);
    // a re-run of the same attempt finds it instead of creating a second one
    expect((await createDeployment(ctx.gh, options)).id).toBe(deployment.id);
    expect(ctx.server.state.deployments).toHaveLength(1);
    await setDeploymentStatus(ctx.gh, deployment, { state: 'in_progress', logUrl: RUN_URL });
    await setDeploymentStatus(ctx.gh, deployment, { state: 'success', logUrl: RUN_URL, description: 'x'.repeat(300) });
    await setDeploymentStatus(ctx.gh, deployment, { state: 'success', logUrl: RUN_URL, description: 'x'.repeat(300) });
    const statuses = ctx.server.state.deploymentStatuses.filter((s) => s.deploymentId === deployment.id);
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(statuses[1]?.description).toHaveLength(140);
    expect(statuses[1]?.logUrl).toBe(RUN_URL);
    // A later successful deployment makes the earlier one inactive, as on GitHub.
    const next = await createDeployment(ctx.gh, { ...options, key: '43-1-mnist@8' });
    await setDeploymentStatus(ctx.gh, next, { state: 'success', logUrl: RUN_URL });
    expect(ctx.server.state.deploymentStatuses.filter((s) => s.deploymentId === deployment.id).at(-1)?.state).toBe(
      'inactive',
    );
  });

  it('reads who approved the run, with their comment', async () => {
    ctx = await setup({ permissions: { actions: 'read' } });
    ctx.server.addApproval(42, {
      environments: ['production'],
      state: 'approved',
      user: 'release-manager',
      comment: 'ship it',
    });
    expect(await getRunApprovals(ctx.gh, 42)).toEqual([
      { user: 'release-manager', state: 'approved', comment: 'ship it', environments: ['production'] },
    ]);
    expect(await getRunApprovals(ctx.gh, 43)).toEqual([]);
  });

  it('needs deployments: write and actions: read, and names them', async () => {
    ctx = await setup({ permissions: { contents: 'write' } });
    await expect(createDeployment(ctx.gh, { ref: SHA, environment: 'prod', key: 'k' })).rejects.toThrow(
      /`deployments: write`/,
    );
    await expect(getRunApprovals(ctx.gh, 1)).rejects.toThrow(/`actions: read`/);
  });
});

describe('issues', () => {
  it('opens, updates, comments on and closes one issue per key', async () => {
    ctx = await setup({ permissions: { issues: 'write' } });
    const opts = {
      key: 'drift/transactions',
      label: 'cairn-drift',
      title: 'Drift in transactions',
      body: '3 columns drifted',
    };
    const created = await upsertIssue(ctx.gh, opts);
    expect(created.outcome).toBe('created');
    // a pull request and an unrelated issue with the same label are ignored
    ctx.server.addPullRequest({ headSha: SHA });
    await upsertIssue(ctx.gh, { ...opts, key: 'drift/other', title: 'Other' });
    expect((await upsertIssue(ctx.gh, opts)).outcome).toBe('unchanged');
    const updated = await upsertIssue(ctx.gh, { ...opts, body: '5 columns drifted' });
    expect(updated).toMatchObject({ outcome: 'updated', issue: { number: created.issue.number } });
    await commentOnIssue(ctx.gh, created.issue.number, 'night-2026-01-02', 'still drifting');
    await commentOnIssue(ctx.gh, created.issue.number, 'night-2026-01-02', 'still drifting');
    expect(ctx.server.state.comments.filter((c) => c.issueNumber === created.issue.number)).toHaveLength(1);
    const closed = await closeIssue(ctx.gh, { key: opts.key, label: opts.label, comment: 'drift cleared' });
    expect(closed?.state).toBe('closed');
    expect(ctx.server.state.issues.get(created.issue.number)?.stateReason).toBe('completed');
    expect(await closeIssue(ctx.gh, { key: opts.key, label: opts.label })).toBeUndefined();
    // the next drift opens a fresh issue
    expect((await upsertIssue(ctx.gh, opts)).issue.number).not.toBe(created.issue.number);
    expect(ctx.server.state.labels.has('cairn-drift')).toBe(true);
  });
});

describe('dispatch', () => {
  it('sends repository_dispatch and workflow_dispatch with run details', async () => {
    ctx = await setup({ permissions: { contents: 'write', actions: 'write' } });
    await repositoryDispatch(ctx.gh, { eventType: 'retrain', clientPayload: { dataset: 'transactions' } });
    const run = await workflowDispatch(ctx.gh, {
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: { reason: 'drift', epochs: 3 },
    });
    expect(run.runId).toBeTypeOf('number');
    expect(run.htmlUrl).toContain(`/actions/runs/${run.runId}`);
    expect(ctx.server.state.dispatches).toEqual([
      { kind: 'repository', eventType: 'retrain', clientPayload: { dataset: 'transactions' } },
      {
        kind: 'workflow',
        workflowId: 'retrain.yml',
        ref: 'main',
        inputs: { reason: 'drift', epochs: '3' },
        runId: run.runId,
      },
    ]);
  });

  it('checks GitHub limits before calling, and says an ambiguous dispatch may have started', async () => {
    ctx = await setup();
    await expect(repositoryDispatch(ctx.gh, { eventType: 'x'.repeat(101) })).rejects.toThrow(/1 to 100 characters/);
    const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    await expect(repositoryDispatch(ctx.gh, { eventType: 'e', clientPayload: payload })).rejects.toThrow(
      /at most 10 top-level keys/,
    );
    const inputs = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`i${i}`, 'v']));
    await expect(workflowDispatch(ctx.gh, { workflow: 'w.yml', ref: 'main', inputs })).rejects.toThrow(
      /at most 25 inputs/,
    );
    ctx.server.faults.push({ match: { operationId: 'repos/create-dispatch-event' }, drop: true, after: true });
    await expect(repositoryDispatch(ctx.gh, { eventType: 'retrain' })).rejects.toThrow(/may or may not have started/);
    expect(ctx.server.state.dispatches).toHaveLength(1); // not sent twice
    expect(ctx.server.requests.filter((r) => r.operationId === 'repos/create-dispatch-event')).toHaveLength(1);
  });
});
