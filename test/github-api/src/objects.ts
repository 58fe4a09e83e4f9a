/**
 * Builders for the JSON objects GitHub returns (users, repositories, comments, issues, pulls,
 * releases, assets, deployments). Every field the OpenAPI description marks required is present,
 * so responses validate; values are plausible and point back at this server.
 */
export interface Site {
  /** Scheme, host and port of the server, e.g. http://127.0.0.1:40000. */
  origin: string;
  /** Base of the API: the origin, or origin + /api/v3 in GHES mode (GitHub: https://api.github.com). */
  api: string;
  /** Web base, e.g. http://127.0.0.1:40000/web (GitHub: https://github.com). */
  web: string;
  owner: string;
  repo: string;
}

let nodeCounter = 0;
export function nodeId(kind: string): string {
  nodeCounter += 1;
  return Buffer.from(`${kind}:${nodeCounter}`).toString('base64url');
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface UserSeed {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export function user(site: Site, seed: UserSeed): Record<string, unknown> {
  const url = `${site.api}/users/${encodeURIComponent(seed.login)}`;
  return {
    login: seed.login,
    id: seed.id,
    node_id: Buffer.from(`user:${seed.id}`).toString('base64url'),
    avatar_url: `${site.web}/avatars/${seed.id}`,
    gravatar_id: '',
    url,
    html_url: `${site.web}/${encodeURIComponent(seed.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: seed.type,
    site_admin: false,
  };
}

const REPO_URL_FIELDS = [
  'archive_url',
  'assignees_url',
  'blobs_url',
  'branches_url',
  'collaborators_url',
  'comments_url',
  'commits_url',
  'compare_url',
  'contents_url',
  'contributors_url',
  'deployments_url',
  'downloads_url',
  'events_url',
  'forks_url',
  'git_commits_url',
  'git_refs_url',
  'git_tags_url',
  'hooks_url',
  'issue_comment_url',
  'issue_events_url',
  'issues_url',
  'keys_url',
  'labels_url',
  'languages_url',
  'merges_url',
  'milestones_url',
  'notifications_url',
  'pulls_url',
  'releases_url',
  'stargazers_url',
  'statuses_url',
  'subscribers_url',
  'subscription_url',
  'tags_url',
  'teams_url',
  'trees_url',
];

export function repository(site: Site, fullName: string, id: number, owner: UserSeed): Record<string, unknown> {
  const url = `${site.api}/repos/${fullName}`;
  const html = `${site.web}/${fullName}`;
  const out: Record<string, unknown> = {
    id,
    node_id: Buffer.from(`repo:${id}`).toString('base64url'),
    name: fullName.split('/')[1] ?? fullName,
    full_name: fullName,
    owner: user(site, owner),
    private: false,
    html_url: html,
    description: null,
    fork: fullName !== `${site.owner}/${site.repo}`,
    url,
    clone_url: `${html}.git`,
    git_url: `${html.replace(/^http/, 'git')}.git`,
    ssh_url: `git@localhost:${fullName}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    default_branch: 'main',
    forks: 0,
    forks_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    watchers: 0,
    watchers_count: 0,
    stargazers_count: 0,
    size: 1,
    has_downloads: true,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2026-01-01T00:00:00Z',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
  for (const field of REPO_URL_FIELDS) out[field] = `${url}/${field.replace(/_url$/, '')}`;
  return out;
}

export function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}
