import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionDirs } from '../../scripts/action-dirs.ts';
import { syncReadmes } from '../../scripts/action-readme.ts';
import { assertNoSecretLeak, loadActionManifest, REPO_ROOT, runAction } from './index.ts';
import { loadWorkflowParser } from './workflow-parser.ts';

const ACTIONS = ['check-drift', 'deploy-model', 'register-model', 'track-run', 'validate-data', 'version-data'];
/**
 * Actions whose behaviour has not landed yet: they must fail with the "not yet available" message and
 * set no outputs. Remove an action from this list in the change that gives it its behaviour.
 */
const PENDING = new Set(
  ACTIONS.filter((name) => !['track-run', 'version-data', 'validate-data', 'check-drift'].includes(name)),
);

describe('the six actions', () => {
  it('are exactly the action folders', () => {
    expect(actionDirs()).toEqual(ACTIONS);
  });

  describe.each(ACTIONS)('%s', (name) => {
    const dir = join(REPO_ROOT, 'actions', name);

    it("parses with GitHub's own action parser, without errors", async () => {
      const { NoOperationTraceWriter, convertActionTemplate, parseAction } = await loadWorkflowParser();
      const file = join(dir, 'action.yml');
      const parsed = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
      expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
      expect(parsed.value).toBeDefined();
      const template = convertActionTemplate(parsed.context, parsed.value!);
      expect(template.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
      expect(template.name).toBe(`Cairn ${name}`);
    });

    it('declares the shared inputs, described inputs and outputs, and a built bundle', () => {
      const { manifest } = loadActionManifest(dir);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
      expect(manifest.inputs?.token?.default).toBe('${{ github.token }}');
      expect(manifest.inputs?.['metadata-branch']?.default).toBe('mlops-metadata');
      expect(manifest.inputs?.['metadata-remote']?.default).toBe('');
      expect(manifest.branding).toBeDefined();
      expect(Object.keys(manifest.outputs ?? {}).length).toBeGreaterThan(0);
      for (const key of [...Object.keys(manifest.inputs ?? {}), ...Object.keys(manifest.outputs ?? {})]) {
        expect(key, 'kebab-case names').toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      }
      expect(existsSync(join(dir, manifest.runs.main)), `${name}: run \`pnpm run build\``).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });
    });

    it.runIf(PENDING.has(name))(
      'runs through the harness: exits 1 with "not yet available" as the one error, and sets no outputs',
      async () => {
        const { manifest } = loadActionManifest(dir);
        // Every required input is given, so the failure is the action's own, not a missing input.
        const inputs = Object.fromEntries(
          Object.entries(manifest.inputs ?? {})
            .filter(([, input]) => input.required)
            .map(([key]) => [key, `value-of-${key}`]),
        );
        const result = await runAction({ action: name, inputs });
        expect(result.exitCode).toBe(1);
        expect(result.annotations).toEqual([
          {
            level: 'error',
            message: `${name}: not yet available in this version of Cairn (tracked in the project's issues); no outputs were set`,
          },
        ]);
        expect(result.outputs).toEqual({});
        expect(result.state).toEqual({});
        expect(result.stderr).toBe('');
        assertNoSecretLeak(result);
      },
    );
  });

  it('are checked by a parser that does report errors (a broken manifest fails)', async () => {
    const { NoOperationTraceWriter, parseAction } = await loadWorkflowParser();
    const broken =
      'name: x\ndescription: y\ninputs:\n  a:\n    descripton: typo\nruns:\n  using: node99\n  main: m.js\n';
    const parsed = parseAction({ name: 'broken/action.yml', content: broken }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('have READMEs whose inputs/outputs tables match action.yml', () => {
    expect(syncReadmes(ACTIONS, true)).toEqual([]);
  });
});
