/**
 * The token permissions each capability of this package needs, in one place. Action READMEs render
 * this table (renderPermissionsTable), and a 403 names the missing permission and the workflow line
 * to add (see errors.ts). Facts: REFERENCE.md §2 and GitHub docs "Permissions required for GitHub Apps".
 */
export type PermissionScope = 'actions' | 'contents' | 'deployments' | 'issues' | 'pull-requests';
export type PermissionLevel = 'read' | 'write';

export interface CapabilityPermission {
  title: string;
  /** What the workflow's `permissions:` block needs. */
  needs: Partial<Record<PermissionScope, PermissionLevel>>;
  /** An equivalent grant that also works, if any (e.g. `issues: write` for PR comments). */
  alternative?: Partial<Record<PermissionScope, PermissionLevel>>;
  why: string;
}

export const CAPABILITY_PERMISSIONS = {
  'pr-comment': {
    title: 'Sticky pull-request comment',
    needs: { 'pull-requests': 'write' },
    alternative: { issues: 'write' },
    why: 'find, create and edit the report comment on the pull request',
  },
  'pr-context': {
    title: 'Pull request of a push',
    needs: { 'pull-requests': 'read' },
    why: 'find the open pull request whose head is the pushed commit',
  },
  release: {
    title: 'Release assets (upload)',
    needs: { contents: 'write' },
    why: 'create a draft release, upload assets, publish it',
  },
  'release-download': {
    title: 'Release assets (download)',
    needs: { contents: 'read' },
    why: 'download and verify release assets',
  },
  deployment: {
    title: 'Deployments',
    needs: { deployments: 'write' },
    why: 'create the deployment and its statuses',
  },
  'run-approvals': {
    title: 'Environment approvals',
    needs: { actions: 'read' },
    why: 'read who approved the run for the environment, and their comment',
  },
  issue: {
    title: 'Issues',
    needs: { issues: 'write' },
    why: 'open, update, comment on and close the tracking issue',
  },
  'repository-dispatch': {
    title: 'repository_dispatch',
    needs: { contents: 'write' },
    why: 'start a workflow (for example retraining) with a repository_dispatch event',
  },
  'workflow-dispatch': {
    title: 'workflow_dispatch',
    needs: { actions: 'write' },
    why: 'start a workflow run with workflow_dispatch',
  },
} as const satisfies Record<string, CapabilityPermission>;

export type Capability = keyof typeof CAPABILITY_PERMISSIONS;

function grantText(grant: Partial<Record<PermissionScope, PermissionLevel>>): string {
  return Object.entries(grant)
    .map(([scope, level]) => `${scope}: ${level}`)
    .join(', ');
}

/** The `permissions:` lines a job needs for these capabilities (strongest level per scope). */
export function requiredPermissions(
  capabilities: readonly Capability[],
): Partial<Record<PermissionScope, PermissionLevel>> {
  const out: Partial<Record<PermissionScope, PermissionLevel>> = {};
  for (const capability of capabilities) {
    const needs: Partial<Record<PermissionScope, PermissionLevel>> = CAPABILITY_PERMISSIONS[capability].needs;
    for (const [scope, level] of Object.entries(needs) as Array<[PermissionScope, PermissionLevel]>) {
      if (out[scope] !== 'write') out[scope] = level;
    }
  }
  return out;
}

/** A YAML `permissions:` block for a workflow job, with one comment per line saying why. */
export function permissionsYaml(capabilities: readonly Capability[]): string {
  const perms = requiredPermissions(capabilities);
  const lines = ['permissions:'];
  for (const scope of Object.keys(perms).sort() as PermissionScope[]) {
    const why = capabilities
      .filter((c) => scope in CAPABILITY_PERMISSIONS[c].needs)
      .map((c) => CAPABILITY_PERMISSIONS[c].title.toLowerCase());
    lines.push(`  ${scope}: ${perms[scope]}  # ${why.join(', ')}`);
  }
  return lines.join('\n');
}

/** A markdown table (capability | permission | why) for action READMEs. */
export function renderPermissionsTable(
  capabilities: readonly Capability[] = Object.keys(CAPABILITY_PERMISSIONS) as Capability[],
): string {
  const rows = capabilities.map((c) => {
    const entry: CapabilityPermission = CAPABILITY_PERMISSIONS[c];
    const grant = `\`${grantText(entry.needs)}\`${entry.alternative ? ` (or \`${grantText(entry.alternative)}\`)` : ''}`;
    return `| ${entry.title} | ${grant} | ${entry.why} |`;
  });
  return ['| Capability | Permission | Why |', '|---|---|---|', ...rows].join('\n');
}

/** "issues: write" and the workflow lines to add, for an error message about a 403. */
export function missingPermissionHint(capability: Capability): string {
  const entry: CapabilityPermission = CAPABILITY_PERMISSIONS[capability];
  const needs = grantText(entry.needs);
  const yaml = Object.entries(entry.needs)
    .map(([scope, level]) => `    ${scope}: ${level}`)
    .join('\n');
  return `the token lacks \`${needs}\` (needed to ${entry.why}). Add to the job in your workflow:\n  permissions:\n${yaml}`;
}
