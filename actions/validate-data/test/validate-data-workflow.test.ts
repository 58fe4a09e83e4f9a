import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { type LocalGitHub, startLocalGitHub } from '../../../test/github-api/src/index.ts';
import { REPO_ROOT, runAction } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';

const FILE = join(REPO_ROOT, 'workflows-examples/validate-data.yml');
const stepSchema = z.looseObject({ uses: z.string().optional(), with: z.record(z.string(), z.string()).optional() });
const workflowSchema = z.looseObject({ jobs: z.record(z.string(), z.looseObject({ steps: z.array(stepSchema) })) });

describe('workflows-examples/validate-data.yml', () => {
  let server: LocalGitHub;
  let workspace: string;
  beforeAll(async () => {
    server = await startLocalGitHub();
    workspace = mkdtempSync(join(tmpdir(), 'cairn-validate-workflow-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it("parses with GitHub's workflow parser, with least permissions and pinned actions", async () => {
    const parsedWorkflow = await parseWorkflowFile(FILE);
    expect(parsedWorkflow.errors).toEqual([]);
    expect(parsedWorkflow.jobs[0]?.id).toBe('validate');
    const uses = parsedWorkflow.jobs[0]?.uses ?? [];
    expect(uses).toContain('./actions/validate-data');
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    const text = readFileSync(FILE, 'utf8');
    expect(text).toContain('contents: read');
    expect(text).toContain('pull-requests: write');
  });

  it('its validate-data step runs through the harness: good data passes, a bad row fails with an annotation', async () => {
    const workflow = workflowSchema.parse(parse(readFileSync(FILE, 'utf8')));
    const inputs = workflow.jobs.validate?.steps.find((s) => s.uses === './actions/validate-data')?.with ?? {};
    mkdirSync(join(workspace, 'data'), { recursive: true });
    mkdirSync(join(workspace, 'contracts'), { recursive: true });
    writeFileSync(
      join(workspace, 'contracts/customers.yaml'),
      'table: { strict: true }\ncolumns:\n  id: { type: integer, unique: true }\n  zip: { type: string, regex: "^[0-9]{5}$" }\n  plan: { in: [free, pro] }\n',
    );
    writeFileSync(join(workspace, 'data/customers.csv'), 'id,zip,plan\n1,00501,free\n2,12345,pro\n');
    const run = () =>
      runAction({
        action: 'validate-data',
        workspace,
        inputs,
        github: { repository: `${server.owner}/${server.repo}`, apiUrl: server.url, token: server.token },
        timeoutMs: 60_000,
      });
    const good = await run();
    expect(good.exitCode).toBe(0);
    expect(good.outputs.passed).toBe('true');
    writeFileSync(join(workspace, 'data/extra.csv'), 'id,zip,plan\n3,501,team\n3,99999,free\n');
    const bad = await run();
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs).toMatchObject({ passed: 'false', errors: '3' });
    expect(bad.annotations.filter((a) => a.file === 'data/extra.csv').map((a) => [a.title, a.line])).toEqual([
      ['Contract id.unique', 2],
      ['Contract zip.regex', 2],
      ['Contract plan.in', 2],
    ]);
  });
});
