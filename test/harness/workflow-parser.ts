import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

/**
 * Loads `@actions/workflow-parser`, whose dist imports its JSON schemas without the
 * `with { type: 'json' }` attribute that Node requires. vitest hands node_modules to Node's own
 * loader, so a resolve hook adds the attribute for that package's JSON files only.
 * (Alternative for the lead: `server.deps.inline: ['@actions/workflow-parser']` in vitest.config.ts.)
 */
let hooked = false;

export async function loadWorkflowParser() {
  if (!hooked) {
    hooked = true;
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const resolved = nextResolve(specifier, context);
        if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json')) {
          return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
        }
        return resolved;
      },
    });
  }
  const [root, actions] = await Promise.all([
    import('@actions/workflow-parser'),
    import('@actions/workflow-parser/actions/index'),
  ]);
  return { ...root, ...actions };
}

export interface ParsedWorkflowFile {
  /** Every error GitHub's parser reports: parsing, then conversion to a template. */
  errors: string[];
  /** Jobs in order, with the `uses:` of each step. */
  jobs: { id: string; uses: string[] }[];
}

/** Parses a workflow file the way GitHub does (`parseWorkflow` + `convertWorkflowTemplate`). */
export async function parseWorkflowFile(path: string): Promise<ParsedWorkflowFile> {
  const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await loadWorkflowParser();
  const parsed = parseWorkflow({ name: path, content: readFileSync(path, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((x) => x.message);
  if (!parsed.value) return { errors: errors.length ? errors : [`${path}: no workflow parsed`], jobs: [] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  errors.push(...(template.errors ?? []).map((x) => x.Message));
  const jobs = template.jobs.map((job) => ({
    id: job.id.value,
    uses: 'steps' in job ? job.steps.flatMap((s) => ('uses' in s ? [s.uses.value] : [])) : [],
  }));
  return { errors, jobs };
}
