/**
 * Generates test/github-api/openapi/github-subset.json: the operations the local GitHub API implements,
 * cut from GitHub's published OpenAPI description (npm `@octokit/openapi`,
 * `generated/api.github.com.json`), with every schema they reference, rewritten for ajv:
 * OpenAPI 3.0 `nullable: true` becomes a JSON-Schema type union (ajv does not know `nullable`).
 *
 *   node scripts/openapi-subset.ts           regenerate the committed file
 *   node scripts/openapi-subset.ts --check   exit 1 when the committed file is not what the spec gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'test/github-api/openapi/github-subset.json');

/** The operations the local API serves (and the GitHub adapter calls). Keep sorted. */
export const OPERATION_IDS = [
  'actions/create-workflow-dispatch',
  'actions/get-reviews-for-run',
  'issues/create',
  'issues/create-comment',
  'issues/create-label',
  'issues/get',
  'issues/list-comments',
  'issues/list-for-repo',
  'issues/update',
  'issues/update-comment',
  'pulls/get',
  'repos/create-deployment',
  'repos/create-deployment-status',
  'repos/create-dispatch-event',
  'repos/create-release',
  'repos/delete-release-asset',
  'repos/get-release',
  'repos/get-release-asset',
  'repos/get-release-by-tag',
  'repos/list-deployment-statuses',
  'repos/list-deployments',
  'repos/list-pull-requests-associated-with-commit',
  'repos/list-release-assets',
  'repos/list-releases',
  'repos/update-release',
  'repos/upload-release-asset',
] as const;

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function specPath(): string {
  const require = createRequire(join(root, 'test/github-api/package.json'));
  const pkg = require.resolve('@octokit/openapi/package.json');
  return join(dirname(pkg), 'generated/api.github.com.json');
}

/** `nullable: true` (OpenAPI 3.0) to a type union ajv understands; examples dropped (size, noise). */
function rewrite(node: Json, isPropertyMap = false): Json {
  if (Array.isArray(node)) return node.map((item) => rewrite(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (isPropertyMap) {
      // Keys of a `properties` map are field names (a field may be called "examples"): keep them all.
      out[key] = rewrite(value);
      continue;
    }
    if (key === 'example' || key === 'examples' || key === 'nullable') continue;
    out[key] = rewrite(value, key === 'properties');
  }
  if (isPropertyMap) return out;
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  const { description, ...rest } = out;
  const union: JsonObject = { anyOf: [rest, { type: 'null' }] };
  if (description !== undefined) union.description = description;
  return union;
}

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
}

function resolvePointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}: only local references are expected`);
  let node: Json = spec;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) || !(key in node)) throw new Error(`Dangling $ref ${ref} in the OpenAPI description`);
    node = node[key] as Json;
  }
  return node;
}

export function buildSubset(spec: JsonObject): JsonObject {
  const paths: JsonObject = {};
  const found = new Set<string>();
  const specPaths = spec.paths;
  if (!isObject(specPaths)) throw new Error('The OpenAPI description has no paths');
  for (const [path, item] of Object.entries(specPaths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== 'string') continue;
      if (!(OPERATION_IDS as readonly string[]).includes(op.operationId)) continue;
      found.add(op.operationId);
      const kept = isObject(paths[path]) ? (paths[path] as JsonObject) : {};
      const { operationId, parameters, requestBody, responses, servers } = op;
      const slim: JsonObject = { operationId };
      if (parameters !== undefined) slim.parameters = parameters;
      if (requestBody !== undefined) slim.requestBody = requestBody;
      if (responses !== undefined) slim.responses = responses;
      if (servers !== undefined) slim.servers = servers;
      kept[method] = slim;
      paths[path] = kept;
    }
  }
  const missing = OPERATION_IDS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`Operations not in the OpenAPI description: ${missing.join(', ')}`);

  // Transitive closure of component references.
  const components: Record<string, JsonObject> = {};
  const seen = new Set<string>();
  const queue = new Set<string>();
  collectRefs(paths, queue);
  while (queue.size > 0) {
    const [ref] = queue;
    if (ref === undefined) break;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , section, name] = ref.split('/');
    if (section === undefined || name === undefined) throw new Error(`Unexpected $ref ${ref}`);
    if (section === 'examples') continue;
    const value = resolvePointer(spec, ref);
    components[section] ??= {};
    (components[section] as JsonObject)[name] = value;
    const next = new Set<string>();
    collectRefs(value, next);
    for (const r of next) if (!seen.has(r)) queue.add(r);
  }
  const sortedComponents: JsonObject = {};
  for (const section of Object.keys(components).sort()) {
    const entries = components[section] as JsonObject;
    const sorted: JsonObject = {};
    for (const name of Object.keys(entries).sort()) sorted[name] = entries[name] as Json;
    sortedComponents[section] = sorted;
  }
  const sortedPaths: JsonObject = {};
  for (const path of Object.keys(paths).sort()) sortedPaths[path] = paths[path] as Json;
  const info = isObject(spec.info) ? spec.info : {};
  return rewrite({
    openapi: spec.openapi ?? '3.0.3',
    info: {
      title: 'GitHub REST API (subset used by Cairn)',
      version: info.version ?? 'unknown',
      'x-generated-by': 'scripts/openapi-subset.ts from @octokit/openapi generated/api.github.com.json',
    },
    paths: sortedPaths,
    components: sortedComponents,
  }) as JsonObject;
}

function main(): void {
  const spec = JSON.parse(readFileSync(specPath(), 'utf8')) as JsonObject;
  const text = `${JSON.stringify(buildSubset(spec), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing file: reported below
    }
    if (current !== text) {
      process.stderr.write(
        `${target} is not current with @octokit/openapi. Run: node scripts/openapi-subset.ts and commit the result.\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${target} is current.\n`);
    return;
  }
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target} (${text.length} bytes, ${OPERATION_IDS.length} operations)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
