import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionStepInputs, readExampleWorkflow, useE2E } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';

const FILE = 'version-data.yml';

describe('workflows-examples/version-data.yml', () => {
  const e = useE2E({ action: 'version-data', prefix: 'cairn-version-data-wf-' });

  it("parses with GitHub's workflow parser without errors, with per-job permissions and pinned actions", async () => {
    const parsedWorkflow = await parseWorkflowFile(readExampleWorkflow(FILE).path);
    expect(parsedWorkflow.errors).toEqual([]);
    expect(parsedWorkflow.jobs.map((j) => j.id)).toEqual(['version', 'train']);
    const uses = parsedWorkflow.jobs.flatMap((job) => job.uses);
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    const workflow = readExampleWorkflow(FILE);
    expect(Object.values(workflow.jobs).every((job) => job.permissions !== undefined)).toBe(true);
    expect(workflow.jobs.train?.permissions).toEqual({ contents: 'read' });
  });

  it('its steps run through the harness: version, then the train job restores that version byte for byte', async () => {
    const workflow = readExampleWorkflow(FILE);
    const versionInputs = actionStepInputs(workflow, 'version', 'version-data');
    const pullStepInputs = actionStepInputs(workflow, 'train', 'version-data');
    const csv = 'id,zip\n1,00501\n2,90210\n';
    e.write({ 'data/customers.csv': csv });

    const pushed = await e.run({ inputs: versionInputs });
    expect(pushed.exitCode, pushed.stderr).toBe(0);
    expect(pushed.outputs).toMatchObject({ version: '1', changed: 'true' });

    // The train job's `version: ${{ needs.version.outputs.version }}`, as the runner evaluates it.
    const pullInputs = Object.fromEntries(
      Object.entries(pullStepInputs).map(([k, v]) => [
        k,
        v.replace(/\$\{\{\s*needs\.version\.outputs\.version\s*\}\}/, pushed.outputs.version ?? ''),
      ]),
    );
    // The train job's fresh checkout.
    const fresh = join(e.dir, 'ws-train');
    mkdirSync(fresh);
    const pulled = await e.run({ inputs: pullInputs, workspace: fresh });
    expect(pulled.exitCode, pulled.stderr).toBe(0);
    expect(pulled.outputs.version).toBe('1');
    expect(readFileSync(join(fresh, 'restored/customers.csv'), 'utf8')).toBe(csv);
  });
});
