/**
 * GitHub's OpenAPI description (the committed subset, see scripts/openapi-subset.ts) turned into a
 * router and ajv validators for path/query parameters, JSON request bodies and responses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';

const SPEC_ID = 'https://cairn.invalid/github-subset.json';
export const SUBSET_FILE = join(dirname(fileURLToPath(import.meta.url)), '../openapi/github-subset.json');

type Obj = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Obj;
  validate: ValidateFunction;
}

export interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  /** Served on the uploads host (GitHub: uploads.github.com; here: the /api/uploads prefix). */
  uploads: boolean;
  regex: RegExp;
  pathNames: string[];
  parameters: ParameterSpec[];
  /** JSON body validator, when the operation takes a JSON body (compiled on first use). */
  body?: () => ValidateFunction;
  bodyRequired: boolean;
  /** Response validators by status code (2xx and documented errors), compiled on first use. */
  responses: Map<number, (() => ValidateFunction) | 'empty'>;
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(parts: string[]): string {
  return `${SPEC_ID}#/${parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

export class OpenApi {
  readonly operations: OperationSpec[] = [];
  readonly ajv: Ajv;
  readonly basicError: ValidateFunction;
  private readonly spec: Obj;

  constructor(file = SUBSET_FILE) {
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Obj;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
    // ajv-formats is CommonJS: its module.exports is the plugin function.
    const addFormats = createRequire(import.meta.url)('ajv-formats') as FormatsPlugin;
    addFormats(this.ajv);
    this.ajv.addSchema(this.spec, SPEC_ID, undefined, false);
    this.basicError = this.ajv.compile({ $ref: pointer(['components', 'schemas', 'basic-error']) });
    const paths = this.spec.paths;
    if (!isObj(paths))
      throw new Error(`${SUBSET_FILE} has no paths: regenerate it with node scripts/openapi-subset.ts`);
    for (const [path, item] of Object.entries(paths)) {
      if (!isObj(item)) continue;
      for (const [method, op] of Object.entries(item)) {
        if (isObj(op)) this.operations.push(this.compileOperation(path, method, op));
      }
    }
  }

  /** Compiling every schema up front takes seconds; most tests touch a few operations. */
  private lazy(ref: string): () => ValidateFunction {
    let compiled: ValidateFunction | undefined;
    return () => {
      compiled ??= this.ajv.compile({ $ref: ref });
      return compiled;
    };
  }

  private resolve(node: unknown): Obj {
    if (isObj(node) && typeof node.$ref === 'string') {
      let current: unknown = this.spec;
      for (const part of node.$ref.slice(2).split('/')) {
        current = isObj(current) ? current[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
      }
      if (!isObj(current)) throw new Error(`Dangling $ref ${node.$ref} in ${SUBSET_FILE}`);
      return current;
    }
    if (!isObj(node)) throw new Error('Expected an object in the OpenAPI description');
    return node;
  }

  private compileOperation(path: string, method: string, op: Obj): OperationSpec {
    const pathNames: string[] = [];
    const source = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      pathNames.push(name);
      return '([^/]+)';
    });
    const parameters: ParameterSpec[] = [];
    const rawParams = Array.isArray(op.parameters) ? op.parameters : [];
    for (const raw of rawParams) {
      const param = this.resolve(raw);
      const schema = isObj(param.schema) ? param.schema : {};
      parameters.push({
        name: String(param.name),
        in: param.in as ParameterSpec['in'],
        required: param.required === true,
        schema,
        validate: this.ajv.compile(schema),
      });
    }
    const base = ['paths', path, method];
    let body: (() => ValidateFunction) | undefined;
    let bodyRequired = false;
    if (isObj(op.requestBody)) {
      const content = op.requestBody.content;
      bodyRequired = op.requestBody.required === true;
      if (isObj(content) && isObj(content['application/json'])) {
        body = this.lazy(pointer([...base, 'requestBody', 'content', 'application/json', 'schema']));
      }
    }
    const responses = new Map<number, (() => ValidateFunction) | 'empty'>();
    if (isObj(op.responses)) {
      for (const [status, rawResponse] of Object.entries(op.responses)) {
        const response = this.resolve(rawResponse);
        const content = response.content;
        if (isObj(content) && isObj(content['application/json'])) {
          const json = content['application/json'];
          const schema = isObj(json.schema) ? json.schema : {};
          const ref =
            typeof schema.$ref === 'string'
              ? `${SPEC_ID}${schema.$ref}`
              : isObj(rawResponse) && typeof rawResponse.$ref === 'string'
                ? `${SPEC_ID}${rawResponse.$ref}/content/application~1json/schema`
                : pointer([...base, 'responses', status, 'content', 'application/json', 'schema']);
          responses.set(Number(status), this.lazy(ref));
        } else {
          responses.set(Number(status), 'empty');
        }
      }
    }
    const spec: OperationSpec = {
      operationId: String(op.operationId),
      method: method.toUpperCase(),
      path,
      uploads: Array.isArray(op.servers),
      regex: new RegExp(`^${source}$`),
      pathNames,
      parameters,
      bodyRequired,
      responses,
    };
    if (body) spec.body = body;
    return spec;
  }

  /** The operation for a method and API path (without query), with its raw path parameters. */
  match(
    method: string,
    path: string,
    uploads: boolean,
  ): { op: OperationSpec; params: Record<string, string> } | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const op of this.operations) {
      if (op.uploads !== uploads) continue;
      const m = op.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (op.method !== method) continue;
      const params: Record<string, string> = {};
      op.pathNames.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { op, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

/** GitHub-style phrasing of the first schema errors ("For 'properties/body', 5 is not a string."). */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined, data: unknown): string[] {
  const out: string[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'required') {
      out.push(`"${String(error.params.missingProperty)}" wasn't supplied.`);
      continue;
    }
    if (['anyOf', 'oneOf', 'if'].includes(error.keyword) && out.length > 0) continue;
    const where = error.instancePath ? `properties${error.instancePath}` : 'the request body';
    const value = valueAt(data, error.instancePath);
    const phrase =
      error.keyword === 'type' ? `is not ${articled(String(error.params.type))}` : (error.message ?? 'is invalid');
    out.push(`For '${where}', ${JSON.stringify(value)} ${phrase}.`);
  }
  return [...new Set(out)].slice(0, 5);
}

function valueAt(data: unknown, instancePath: string): unknown {
  let current = data;
  for (const part of instancePath.split('/').slice(1)) {
    current = isObj(current) ? current[part] : Array.isArray(current) ? current[Number(part)] : undefined;
  }
  return current;
}

function articled(type: string): string {
  const words = type.split(',');
  return words.map((w) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`)).join(' or ');
}
