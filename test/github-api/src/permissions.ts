/**
 * Which `permissions:` a GITHUB_TOKEN needs for each implemented operation (GitHub docs, "Permissions
 * required for GitHub Apps", and REFERENCE.md §2). Any one alternative suffices.
 */
export type Level = 'read' | 'write';
export type Permissions = Partial<Record<string, Level | 'none'>>;

export const OPERATION_PERMISSIONS: Record<string, Array<[string, Level]>> = {
  'issues/list-comments': [
    ['issues', 'read'],
    ['pull-requests', 'read'],
  ],
  'issues/create-comment': [
    ['issues', 'write'],
    ['pull-requests', 'write'],
  ],
  'issues/update-comment': [
    ['issues', 'write'],
    ['pull-requests', 'write'],
  ],
  'issues/get': [['issues', 'read']],
  'issues/list-for-repo': [['issues', 'read']],
  'issues/create': [['issues', 'write']],
  'issues/update': [['issues', 'write']],
  'issues/create-label': [['issues', 'write']],
  'pulls/get': [['pull-requests', 'read']],
  'repos/list-pull-requests-associated-with-commit': [['pull-requests', 'read']],
  'repos/list-releases': [['contents', 'read']],
  'repos/get-release': [['contents', 'read']],
  'repos/get-release-by-tag': [['contents', 'read']],
  'repos/list-release-assets': [['contents', 'read']],
  'repos/get-release-asset': [['contents', 'read']],
  'repos/create-release': [['contents', 'write']],
  'repos/update-release': [['contents', 'write']],
  'repos/upload-release-asset': [['contents', 'write']],
  'repos/delete-release-asset': [['contents', 'write']],
  'repos/create-deployment': [['deployments', 'write']],
  'repos/create-deployment-status': [['deployments', 'write']],
  'repos/list-deployments': [['deployments', 'read']],
  'repos/list-deployment-statuses': [['deployments', 'read']],
  'actions/get-reviews-for-run': [['actions', 'read']],
  'actions/create-workflow-dispatch': [['actions', 'write']],
  'repos/create-dispatch-event': [['contents', 'write']],
};

export function allows(granted: Permissions | 'write-all', operationId: string): boolean {
  const needs = OPERATION_PERMISSIONS[operationId];
  if (!needs) throw new Error(`No permission rule for ${operationId}: add it to test/github-api/src/permissions.ts`);
  if (granted === 'write-all') return true;
  return needs.some(([scope, level]) => {
    const have = granted[scope];
    return have === 'write' || (have === 'read' && level === 'read');
  });
}
