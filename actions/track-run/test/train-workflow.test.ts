import { describe, expect, it } from 'vitest';
import { actionStepInputs, readExampleWorkflow, useE2E } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';

/** Replaces the `${{ github.event_name }}` expressions the step uses, as the runner would. */
function evaluate(value: string, eventName: string): string {
  return value.replace(/\$\{\{\s*github\.event_name\s*\}\}/g, eventName);
}

describe('workflows-examples/train.yml', () => {
  const e = useE2E({ action: 'track-run', prefix: 'cairn-track-e2e-', workflow: 'Train model' });

  it("parses with GitHub's workflow parser without errors, with least permissions and pinned actions", async () => {
    const parsedWorkflow = await parseWorkflowFile(readExampleWorkflow('train.yml').path);
    expect(parsedWorkflow.errors).toEqual([]);
    expect(parsedWorkflow.jobs[0]?.id).toBe('train');
    const uses = parsedWorkflow.jobs[0]?.uses ?? [];
    expect(uses).toContain('./actions/track-run');
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
  });

  it('its track-run step runs through the harness: a push records, a PR comments, a failed gate fails', async () => {
    const withInputs = actionStepInputs(readExampleWorkflow('train.yml'), 'train', 'track-run');
    const inputs = (event: string) =>
      Object.fromEntries(Object.entries(withInputs).map(([k, v]) => [k, evaluate(v, event)]));
    // What `python train.py` writes.
    const train = (accuracy: number, rmse: number) =>
      e.write({
        'params.yaml': 'lr: 0.05\ntrees: 200\n',
        'out/metrics.json': JSON.stringify({ accuracy, rmse, latency_ms: 80 }),
        'out/history.jsonl': Array.from({ length: 30 }, (_, i) => JSON.stringify({ step: i, loss: 1 / (i + 1) })).join(
          '\n',
        ),
      });
    train(0.9, 0.3);
    const push = await e.run({ inputs: inputs('push') });
    expect(push.exitCode).toBe(1); // rmse <= baseline + 0.01 fails closed: no baseline yet on main
    expect(push.annotations[0]?.message).toContain('rmse <= baseline + 0.01: no baseline run to compare with');
    train(0.91, 0.29);
    const second = await e.run({ inputs: inputs('push') });
    expect(second.exitCode).toBe(0);

    const number = e.server.addPullRequest({ headSha: '3'.repeat(40) });
    train(0.93, 0.295);
    const pr = await e.run({ event: 'pull_request', pr: { number }, inputs: inputs('pull_request') });
    expect(pr.exitCode).toBe(0);
    const body = e.server.state.comments.find((c) => c.issueNumber === number)?.body ?? '';
    expect(body).toContain('### Experiment churn-model ✅');
    expect(body).toContain('#### Training curve');
    expect(body).toContain('`customers@3`');
    expect(body).toMatch(/\| latency\\_ms \| ↓ lower \|/);

    train(0.8, 0.5);
    const bad = await e.run({ event: 'pull_request', pr: { number }, inputs: inputs('pull_request') });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(/^track-run: 2 of 3 gates failed:/);
    expect(e.server.state.comments.filter((c) => c.issueNumber === number)).toHaveLength(1);
    expect(e.server.state.comments.find((c) => c.issueNumber === number)?.body).toContain('❌ 2 of 3 gates failed.');
  });
});
