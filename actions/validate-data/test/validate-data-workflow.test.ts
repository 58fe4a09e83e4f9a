import { describe, expect, it } from 'vitest';
import { actionStepInputs, readExampleWorkflow, useE2E } from '../../../test/harness/index.ts';
import { parseWorkflowFile } from '../../../test/harness/workflow-parser.ts';

const FILE = 'validate-data.yml';

describe('workflows-examples/validate-data.yml', () => {
  const e = useE2E({ action: 'validate-data', prefix: 'cairn-validate-workflow-' });

  it("parses with GitHub's workflow parser, with least permissions and pinned actions", async () => {
    const workflow = readExampleWorkflow(FILE);
    const parsedWorkflow = await parseWorkflowFile(workflow.path);
    expect(parsedWorkflow.errors).toEqual([]);
    expect(parsedWorkflow.jobs[0]?.id).toBe('validate');
    const uses = parsedWorkflow.jobs[0]?.uses ?? [];
    expect(uses).toContain('./actions/validate-data');
    for (const u of uses.filter((x) => !x.startsWith('./'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    expect(workflow.text).toContain('contents: read');
    expect(workflow.text).toContain('pull-requests: write');
  });

  it('its validate-data step runs through the harness: good data passes, a bad row fails with an annotation', async () => {
    const inputs = actionStepInputs(readExampleWorkflow(FILE), 'validate', 'validate-data');
    e.write({
      'contracts/customers.yaml':
        'table: { strict: true }\ncolumns:\n  id: { type: integer, unique: true }\n  zip: { type: string, regex: "^[0-9]{5}$" }\n  plan: { in: [free, pro] }\n',
      'data/customers.csv': 'id,zip,plan\n1,00501,free\n2,12345,pro\n',
    });
    const run = () => e.run({ inputs });
    const good = await run();
    expect(good.exitCode).toBe(0);
    expect(good.outputs.passed).toBe('true');
    e.write({ 'data/extra.csv': 'id,zip,plan\n3,501,team\n3,99999,free\n' });
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
