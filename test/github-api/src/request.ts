/** Parsing and checking one request against its operation, and GitHub's Link-header pagination. */
import type { IncomingMessage } from 'node:http';
import { ApiError } from './http-error.ts';
import { describeSchemaErrors, type OperationSpec } from './openapi.ts';

function coerce(value: string, schema: Record<string, unknown>): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number')
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function paginate(
  list: unknown[],
  url: URL,
  apiBase: string,
  apiPath: string,
): { items: unknown[]; link: string | undefined } {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(list.length / perPage));
  const items = list.slice((page - 1) * perPage, page * perPage);
  const at = (p: number) => {
    const u = new URL(`${apiBase}${apiPath}`);
    for (const [k, v] of url.searchParams) if (k !== 'page') u.searchParams.set(k, v);
    u.searchParams.set('page', String(p));
    return u.toString();
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < last) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) parts.push(`<${at(1)}>; rel="first"`);
  return { items, link: parts.length > 0 ? parts.join(', ') : undefined };
}

export function parseRequest(
  op: OperationSpec,
  params: Record<string, string>,
  url: URL,
  raw: Buffer,
  req: IncomingMessage,
) {
  const typedParams: Record<string, string | number> = {};
  const query: Record<string, unknown> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const value = coerce(params[p.name] ?? '', p.schema);
      // GitHub answers a malformed id in the path with 404, not 422.
      if (!p.validate(value)) throw new ApiError(404, 'Not Found');
      typedParams[p.name] = value as string | number;
    } else if (p.in === 'query') {
      const rawValue = url.searchParams.get(p.name);
      if (rawValue === null) {
        if (p.required) throw new ApiError(422, `Invalid request.\n\n"${p.name}" wasn't supplied.`);
        continue;
      }
      let value = coerce(rawValue, p.schema);
      if (p.name === 'per_page' && typeof value === 'number') value = Math.min(100, value);
      if (!p.validate(value)) {
        throw new ApiError(422, 'Validation Failed', [
          {
            resource: 'Search',
            field: p.name,
            code: 'invalid',
            message: `${p.name} ${JSON.stringify(rawValue)} is invalid`,
          },
        ]);
      }
      query[p.name] = value;
    }
  }
  let body: Record<string, unknown> = {};
  if (op.body) {
    let parsed: unknown;
    if (raw.length === 0) {
      parsed = undefined;
    } else {
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new ApiError(400, 'Problems parsing JSON');
      }
    }
    if (parsed === undefined && op.bodyRequired) throw new ApiError(400, 'Problems parsing JSON');
    if (parsed !== undefined) {
      const validate = op.body();
      if (!validate(parsed)) {
        const lines = describeSchemaErrors(validate.errors, parsed);
        throw new ApiError(422, `Invalid request.\n\n${lines.join('\n')}`);
      }
      body = parsed as Record<string, unknown>;
    }
  }
  const contentType = String(req.headers['content-type'] ?? '');
  if (op.operationId === 'repos/upload-release-asset' && (!contentType || raw.length === 0)) {
    throw new ApiError(422, 'Bad Content-Length or Content-Type: an asset upload needs both');
  }
  return {
    params: typedParams,
    query,
    body,
    contentType,
    accept: String(req.headers.accept ?? ''),
  };
}
