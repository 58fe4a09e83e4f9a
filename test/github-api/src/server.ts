/**
 * The local GitHub REST API: node:http on 127.0.0.1 (random port), stateful, every request and
 * response checked against GitHub's OpenAPI description, token permissions enforced, Link-header
 * pagination, and faults injected on demand. Start it from a test:
 *
 *   const gh = await startLocalGitHub({ permissions: { issues: 'write' } });
 *   ... point the client at gh.url with gh.token ...
 *   gh.assertNoUnhandled(); await gh.close();
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultFaultMessage, type Fault, takeFault } from './faults.ts';
import { handlers, type Reply } from './handlers.ts';
import { ApiError, errorBody } from './http-error.ts';
import type { Site } from './objects.ts';
import { describeSchemaErrors, OpenApi, type OperationSpec } from './openapi.ts';
import { allows, OPERATION_PERMISSIONS, type Permissions } from './permissions.ts';
import { paginate, parseRequest, readBody } from './request.ts';
import { type PullSeed, seedApproval, seedComment, seedPullRequest } from './seed.ts';
import { type ApprovalRecord, BOT, RepoState } from './state.ts';

let sharedApi: OpenApi | undefined;
function openApi(): OpenApi {
  sharedApi ??= new OpenApi();
  return sharedApi;
}

export interface LocalGitHubOptions {
  owner?: string;
  repo?: string;
  /** The token clients must send; a random `ghs_` token by default. */
  token?: string;
  /** The `permissions:` block of the workflow job; everything writable by default. */
  permissions?: Permissions | 'write-all';
  /** Who the token acts as (default github-actions[bot]). */
  login?: string;
  /** Primary rate limit: `limit` requests per `windowMs` (GitHub: 1,000 per hour for a GITHUB_TOKEN). */
  rateLimit?: { limit: number; windowMs: number };
  /** Serve the API under a path, as GitHub Enterprise Server does (`/api/v3`); uploads stay at /api/uploads. */
  apiPrefix?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number | 'dropped';
}

export interface LocalGitHub {
  url: string;
  token: string;
  owner: string;
  repo: string;
  state: RepoState;
  faults: Fault[];
  requests: RequestLogEntry[];
  /** Requests for endpoints this server does not implement (answered 404, like GitHub). */
  unhandled: string[];
  /** Responses this server produced that do not match the OpenAPI description (answered 500). */
  violations: string[];
  setPermissions(permissions: Permissions | 'write-all'): void;
  /** Adds an open pull request (an issue number, as on GitHub) and returns its number. */
  addPullRequest(seed: PullSeed): number;
  /** Adds a comment by any author (a user or another bot) and returns its id. */
  addComment(issueNumber: number, author: string, body: string): number;
  /** Records an environment review for a workflow run, as the review screen would. */
  addApproval(runId: number, approval: ApprovalRecord): void;
  /** Throws, listing them, when any request hit an unimplemented endpoint or a response broke the contract. */
  assertNoUnhandled(): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(text);
}

export async function startLocalGitHub(options: LocalGitHubOptions = {}): Promise<LocalGitHub> {
  const api = openApi();
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'ml-project';
  const token = options.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
  const login = options.login ?? BOT.login;
  let permissions: Permissions | 'write-all' = options.permissions ?? 'write-all';
  const state = new RepoState();
  const faults: Fault[] = [];
  const requests: RequestLogEntry[] = [];
  const unhandled: string[] = [];
  const violations: string[] = [];
  const rateLimit = options.rateLimit ?? { limit: 1000, windowMs: 3_600_000 };
  let windowStart = Date.now();
  let used = 0;
  const site: Site = { origin: '', api: '', web: '', owner, repo };
  const prefix = (options.apiPrefix ?? '').replace(/\/+$/, '');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', site.origin);
    const entry: RequestLogEntry = { method, path: url.pathname, operationId: undefined, status: 200 };
    requests.push(entry);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      send(res, status, body, headers);
    };
    const drop = () => {
      entry.status = 'dropped';
      req.socket.destroy();
    };

    // Asset storage (GitHub: a signed objects.githubusercontent.com URL): raw bytes, no API semantics.
    const storage = /^\/storage\/assets\/(\d+)$/.exec(url.pathname);
    if (storage && method === 'GET') {
      const asset = state.assets.find((a) => a.id === Number(storage[1]));
      if (!asset) return reply(404, undefined);
      const fault = takeFault(faults, method, url.pathname, undefined);
      if (fault?.drop) return drop();
      const data = Buffer.from(asset.data);
      if (fault?.corrupt && data.length > 0) data[0] = (data[0] ?? 0) ^ 0xff;
      entry.status = 200;
      res.writeHead(200, { 'content-type': asset.contentType, 'content-length': String(data.length) });
      res.end(data);
      return;
    }

    const uploads = url.pathname.startsWith('/api/uploads/');
    const underPrefix = url.pathname.startsWith(`${prefix}/`);
    const apiPath = uploads ? url.pathname.slice('/api/uploads'.length) : url.pathname.slice(prefix.length);
    const found = uploads || underPrefix ? api.match(method, apiPath, uploads) : undefined;
    if (found === undefined || found === 'method-not-allowed') {
      unhandled.push(`${method} ${url.pathname}${url.search}`);
      return reply(404, errorBody(404, 'Not Found'));
    }
    const { op, params } = found;
    entry.operationId = op.operationId;

    const auth = req.headers.authorization ?? '';
    const presented = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!presented) return reply(401, errorBody(401, 'Requires authentication'));
    if (presented !== token) return reply(401, errorBody(401, 'Bad credentials'));

    const fault = takeFault(faults, method, apiPath, op.operationId);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    fault?.effect?.(state);
    if (fault && !fault.after) {
      if (fault.drop) return drop();
      if (fault.status) return replyFault(fault);
    }

    // The window opens at the first request after the previous one closed.
    if (used === 0 || Date.now() >= windowStart + rateLimit.windowMs) {
      windowStart = Date.now();
      used = 0;
    }
    const exhausted = used >= rateLimit.limit;
    if (!exhausted) used += 1;
    const rateHeaders = {
      'x-ratelimit-limit': String(rateLimit.limit),
      'x-ratelimit-remaining': String(rateLimit.limit - used),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.ceil((windowStart + rateLimit.windowMs) / 1000)),
      'x-ratelimit-resource': 'core',
    };
    if (exhausted) {
      return reply(
        403,
        errorBody(
          403,
          'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.',
        ),
        rateHeaders,
      );
    }

    if (!allows(permissions, op.operationId)) {
      const accepted = (OPERATION_PERMISSIONS[op.operationId] ?? []).map(([s, l]) => `${s.replace('-', '_')}=${l}`);
      return reply(403, errorBody(403, 'Resource not accessible by integration'), {
        ...rateHeaders,
        'x-accepted-github-permissions': accepted.join('; '),
      });
    }

    let result: Reply;
    try {
      const parsed = parseRequest(op, params, url, raw, req);
      if (String(parsed.params.owner) !== owner || String(parsed.params.repo) !== repo)
        throw new ApiError(404, 'Not Found');
      const ctx = {
        handler: {
          ...parsed,
          site,
          state,
          raw,
          login,
          canPush: permissions === 'write-all' || permissions.contents === 'write',
        },
      };
      const handler = handlers[op.operationId];
      if (!handler) throw new Error(`No handler for ${op.operationId}`);
      if (fault?.halfUpload && op.operationId === 'repos/upload-release-asset') {
        result = handler({ ...ctx.handler, raw: raw.subarray(0, Math.floor(raw.length / 2)) });
        const last = state.assets.at(-1);
        if (last) last.state = 'open';
        return drop();
      }
      result = handler(ctx.handler);
    } catch (error) {
      if (error instanceof ApiError) {
        const body = errorBody(error.status, error.message, error.errors);
        return reply(error.status, checked(op, error.status, body), { ...rateHeaders, ...error.headers });
      }
      throw error;
    }
    if (fault?.after) {
      if (fault.drop) return drop();
      if (fault.status) return replyFault(fault);
    }
    if ('raw' in result) {
      entry.status = result.status;
      res.writeHead(result.status, result.headers);
      res.end(result.raw);
      return;
    }
    if ('list' in result) {
      const { items, link } = paginate(result.list, url, site.api, apiPath);
      return reply(200, checked(op, 200, items), { ...rateHeaders, ...(link ? { link } : {}) });
    }
    return reply(result.status, result.body === undefined ? undefined : checked(op, result.status, result.body), {
      ...rateHeaders,
      ...(result.headers ?? {}),
    });

    function replyFault(f: Fault): void {
      const status = f.status ?? 500;
      const headers: Record<string, string> = { ...(f.headers ?? {}) };
      if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
      reply(status, errorBody(status, f.message ?? defaultFaultMessage(status, f.retryAfter)), headers);
    }
  }

  /** Validates a response body; a mismatch is recorded and turned into a 500 so the test notices. */
  function checked(op: OperationSpec, status: number, body: unknown): unknown {
    const entry = op.responses.get(status);
    const validator = entry === 'empty' ? undefined : entry ? entry() : status >= 400 ? api.basicError : undefined;
    if (validator === undefined) return body;
    if (validator(body)) return body;
    const detail = describeSchemaErrors(validator.errors, body).join(' ');
    violations.push(`${op.operationId} ${status}: ${detail}`);
    throw new ContractViolation(
      `Local API response for ${op.operationId} ${status} breaks the OpenAPI description: ${detail}`,
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof ContractViolation)) violations.push(`internal error: ${message}`);
      if (!res.headersSent) send(res, 500, errorBody(500, message));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  site.origin = `http://127.0.0.1:${port}`;
  site.api = `${site.origin}${prefix}`;
  site.web = `${site.origin}/web`;

  return {
    url: site.api,
    token,
    owner,
    repo,
    state,
    faults,
    requests,
    unhandled,
    violations,
    setPermissions(next) {
      permissions = next;
    },
    addPullRequest: (seed) => seedPullRequest(state, `${owner}/${repo}`, seed),
    addComment: (issueNumber, author, body) => seedComment(state, issueNumber, author, body),
    addApproval: (runId, approval) => seedApproval(state, runId, approval),
    assertNoUnhandled() {
      const problems = [
        ...unhandled.map((u) => `unimplemented endpoint: ${u}`),
        ...violations.map((v) => `contract violation: ${v}`),
      ];
      if (problems.length > 0) throw new Error(`Local GitHub API saw problems:\n${problems.join('\n')}`);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

class ContractViolation extends Error {}
