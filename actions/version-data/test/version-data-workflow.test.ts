import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { type LocalGitHub, startLocalGitHub } from '../../../test/github-api/src/index.ts';
import { REPO_ROOT, runAction } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';

const FILE = join(REPO_ROOT, 'workflows-examples/version-data.yml');
const stepSchema = z.looseObject({ uses: z.string().optional(), with: z.record(z.string(), z.string()).optional() });
const workflowSchema = z.looseObject({
  jobs: z.record(
    z.string(),
    z.looseObject({ steps: z.array(stepSchema), permissions: z.record(z.string(), z.string()) }),
  ),
});

describe('workflows-examples/version-data.yml', () => {
  let dir: string;
  let server: LocalGitHub;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-version-data-wf-'));
    server = await startLocalGitHub();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("parses with GitHub's workflow parser without errors, with per-job permissions and pinned actions", async () => {
    const parsedWorkflow = await parseWorkflowFile(FILE);
    expect(parsedWorkflow.errors).toEqual([]);
    expect(parsedWorkflow.jobs.map((j) => j.id)).toEqual(['version', 'train']);
    const uses = parsedWorkflow.jobs.flatMap((job) => job.uses);
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    const workflow = workflowSchema.parse(parse(readFileSync(FILE, 'utf8')));
    expect(workflow.jobs.train?.permissions).toEqual({ contents: 'read' });
  });

  it('its steps run through the harness: version, then the train job restores that version byte for byte', async () => {
    const workflow = workflowSchema.parse(parse(readFileSync(FILE, 'utf8')));
    const versionStep = workflow.jobs.version?.steps.find((s) => s.uses === './actions/version-data');
    const pullStep = workflow.jobs.train?.steps.find((s) => s.uses === './actions/version-data');
    const remote = join(dir, 'metadata.git');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    const workspace = join(dir, 'ws');
    mkdirSync(join(workspace, 'data'), { recursive: true });
    const csv = 'id,zip\n1,00501\n2,90210\n';
    writeFileSync(join(workspace, 'data/customers.csv'), csv);
    const github = { repository: `${server.owner}/${server.repo}`, apiUrl: server.url, token: server.token };

    const pushed = await runAction({
      action: 'version-data',
      workspace,
      inputs: { ...versionStep?.with, 'metadata-remote': remote },
      github,
      timeoutMs: 60_000,
    });
    expect(pushed.exitCode, pushed.stderr).toBe(0);
    expect(pushed.outputs).toMatchObject({ version: '1', changed: 'true' });

    // The train job's `version: ${{ needs.version.outputs.version }}`, as the runner evaluates it.
    const pullInputs = Object.fromEntries(
      Object.entries(pullStep?.with ?? {}).map(([k, v]) => [
        k,
        v.replace(/\$\{\{\s*needs\.version\.outputs\.version\s*\}\}/, pushed.outputs.version ?? ''),
      ]),
    );
    const fresh = join(dir, 'ws-train');
    mkdirSync(fresh);
    const pulled = await runAction({
      action: 'version-data',
      workspace: fresh,
      inputs: { ...pullInputs, 'metadata-remote': remote },
      github,
      timeoutMs: 60_000,
    });
    expect(pulled.exitCode, pulled.stderr).toBe(0);
    expect(pulled.outputs.version).toBe('1');
    expect(readFileSync(join(fresh, 'restored/customers.csv'), 'utf8')).toBe(csv);
  });
});
