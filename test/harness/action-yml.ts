import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * action.yml of a JavaScript action, validated with zod. The fields are the ones the runner reads
 * (actions/runner `ActionManifestManager`); scalars in `default` are strings to the runner, so
 * numbers and booleans written unquoted are turned into strings as it does.
 */
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

const inputSchema = z.strictObject({
  description: z.string().min(1, 'every input needs a description'),
  required: z.boolean().optional(),
  default: scalar.optional(),
  deprecationMessage: z.string().optional(),
});

const outputSchema = z.strictObject({
  description: z.string().min(1, 'every output needs a description'),
});

const runsSchema = z.strictObject({
  using: z.literal('node24', { error: 'runs.using must be node24 (node20 is removed from runners)' }),
  main: z.string().min(1),
  pre: z.string().min(1).optional(),
  'pre-if': z.string().optional(),
  post: z.string().min(1).optional(),
  'post-if': z.string().optional(),
});

export const actionManifestSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  author: z.string().min(1).optional(),
  branding: z.strictObject({ icon: z.string().min(1), color: z.string().min(1) }).optional(),
  inputs: z.record(z.string(), inputSchema).optional(),
  outputs: z.record(z.string(), outputSchema).optional(),
  runs: runsSchema,
});

export type ActionManifest = z.output<typeof actionManifestSchema>;
export type ActionInput = z.output<typeof inputSchema>;

/** Parses and validates action.yml text; errors name the file and the offending field. */
export function parseActionManifest(text: string, file = 'action.yml'): ActionManifest {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = actionManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${file}: invalid action manifest: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Reads `<dir>/action.yml` (or action.yaml, as the runner also accepts). */
export function loadActionManifest(dir: string): { file: string; manifest: ActionManifest } {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return { file, manifest: parseActionManifest(text, file) };
  }
  throw new Error(`${dir}: no action.yml or action.yaml found`);
}

/** The environment variable the runner uses for an input: spaces to `_`, upper-cased, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/**
 * Evaluates the `${{ context.property }}` expressions that action.yml defaults use, against a flat
 * map such as {"github.token": "...", "runner.temp": "..."}. Anything else is rejected, so a default
 * the harness cannot evaluate fails loudly instead of reaching the action as literal text.
 */
export function evaluateDefault(value: string, context: Readonly<Record<string, string>>, where: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_match, expression: string) => {
    const resolved = context[expression];
    if (resolved === undefined) {
      throw new Error(
        `${where}: the harness cannot evaluate \`\${{ ${expression} }}\`; known: ${Object.keys(context).sort().join(', ')}`,
      );
    }
    return resolved;
  });
}
