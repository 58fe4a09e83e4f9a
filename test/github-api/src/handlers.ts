/** One handler per implemented operation (by operationId), over RepoState. */
import type { Handler } from './handler-common.ts';
import { deploymentHandlers } from './handlers-deployments.ts';
import { issueHandlers } from './handlers-issues.ts';
import { releaseHandlers } from './handlers-releases.ts';

export type { HandlerContext, Reply } from './handler-common.ts';

export const handlers: Record<string, Handler> = { ...issueHandlers, ...releaseHandlers, ...deploymentHandlers };
