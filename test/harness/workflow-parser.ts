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
