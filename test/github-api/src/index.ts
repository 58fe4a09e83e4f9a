export type { Fault, FaultMatch } from './faults.ts';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.ts';
export { OPERATION_PERMISSIONS, type Permissions } from './permissions.ts';
export type { PullSeed } from './seed.ts';
export { type LocalGitHub, type LocalGitHubOptions, type RequestLogEntry, startLocalGitHub } from './server.ts';
export type { ApprovalRecord, RepoState } from './state.ts';
