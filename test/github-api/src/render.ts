/** Records (state.ts) to the JSON GitHub sends, shaped to validate against the OpenAPI description. */
import { nodeId, reactions, repository, type Site, user } from './objects.ts';
import type {
  AssetRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueRecord,
  LabelRecord,
  ReleaseRecord,
  RepoState,
} from './state.ts';

type Json = Record<string, unknown>;

function repoApi(site: Site): string {
  return `${site.api}/repos/${site.owner}/${site.repo}`;
}

function repoWeb(site: Site): string {
  return `${site.web}/${site.owner}/${site.repo}`;
}

export function renderLabel(site: Site, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('label'),
    url: `${repoApi(site)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function renderComment(site: Site, state: RepoState, c: CommentRecord): Json {
  const url = `${repoApi(site)}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('comment'),
    url,
    body: c.body,
    html_url: `${repoWeb(site)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    user: user(site, state.userSeed(c.author)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoApi(site)}/issues/${c.issueNumber}`,
    author_association: c.author.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    reactions: reactions(url),
  };
}

export function renderIssue(site: Site, state: RepoState, issue: IssueRecord): Json {
  const url = `${repoApi(site)}/issues/${issue.number}`;
  const out: Json = {
    id: 7000 + issue.number,
    node_id: nodeId('issue'),
    url,
    repository_url: repoApi(site),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoWeb(site)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: user(site, state.userSeed(issue.author)),
    labels: issue.labels.map((name) => renderLabel(site, state.label(name))),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: state.comments.filter((c) => c.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'MEMBER',
    reactions: reactions(url),
  };
  if (issue.pull) {
    out.pull_request = {
      url: `${repoApi(site)}/pulls/${issue.number}`,
      html_url: `${repoWeb(site)}/pull/${issue.number}`,
      diff_url: `${repoWeb(site)}/pull/${issue.number}.diff`,
      patch_url: `${repoWeb(site)}/pull/${issue.number}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  return out;
}

export function renderPull(site: Site, state: RepoState, issue: IssueRecord, full: boolean): Json {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const url = `${repoApi(site)}/pulls/${issue.number}`;
  const html = `${repoWeb(site)}/pull/${issue.number}`;
  const link = (href: string) => ({ href });
  const baseFull = `${site.owner}/${site.repo}`;
  const headOwner = pull.headRepo.split('/')[0] ?? site.owner;
  const out: Json = {
    url,
    id: 9000 + issue.number,
    node_id: nodeId('pull'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi(site)}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi(site)}/pulls/comments{/number}`,
    comments_url: `${repoApi(site)}/issues/${issue.number}/comments`,
    statuses_url: `${repoApi(site)}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: user(site, state.userSeed(issue.author)),
    body: issue.body,
    labels: issue.labels.map((name) => renderLabel(site, state.label(name))),
    milestone: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: null,
    head: {
      label: `${headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      repo: repository(site, pull.headRepo, pull.headRepo === baseFull ? 1 : 2, state.userSeed(headOwner)),
      user: user(site, state.userSeed(headOwner)),
    },
    base: {
      label: `${site.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: 'b'.repeat(40),
      repo: repository(site, baseFull, 1, state.userSeed(site.owner)),
      user: user(site, state.userSeed(site.owner)),
    },
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoApi(site)}/issues/${issue.number}`),
      comments: link(`${repoApi(site)}/issues/${issue.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoApi(site)}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoApi(site)}/statuses/${pull.headSha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  };
  if (full) {
    Object.assign(out, {
      merged: pull.mergedAt !== null,
      mergeable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: state.comments.filter((c) => c.issueNumber === issue.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    });
  }
  return out;
}

export function uploadUrl(site: Site, release: ReleaseRecord): string {
  // GitHub Enterprise Server shape: https://HOST/api/uploads/repos/...; the client must use this URL.
  return `${site.origin}/api/uploads/repos/${site.owner}/${site.repo}/releases/${release.id}/assets{?name,label}`;
}

export function renderAsset(site: Site, state: RepoState, asset: AssetRecord): Json {
  const release = state.releases.find((r) => r.id === asset.releaseId);
  const { createHash } = process.getBuiltinModule('node:crypto');
  return {
    url: `${repoApi(site)}/releases/assets/${asset.id}`,
    browser_download_url: `${repoWeb(site)}/releases/download/${encodeURIComponent(release?.tag ?? 'untagged')}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('asset'),
    name: asset.name,
    label: asset.label,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.data.length,
    digest: asset.state === 'uploaded' ? `sha256:${createHash('sha256').update(asset.data).digest('hex')}` : null,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: user(site, state.userSeed(asset.uploader)),
  };
}

export function renderRelease(site: Site, state: RepoState, release: ReleaseRecord): Json {
  const url = `${repoApi(site)}/releases/${release.id}`;
  return {
    url,
    html_url: `${repoWeb(site)}/releases/${release.draft ? `tag/untagged-${release.id}` : `tag/${encodeURIComponent(release.tag)}`}`,
    assets_url: `${url}/assets`,
    upload_url: uploadUrl(site, release),
    tarball_url: release.draft ? null : `${repoApi(site)}/tarball/${encodeURIComponent(release.tag)}`,
    zipball_url: release.draft ? null : `${repoApi(site)}/zipball/${encodeURIComponent(release.tag)}`,
    id: release.id,
    node_id: nodeId('release'),
    tag_name: release.tag,
    target_commitish: release.target,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.publishedAt ?? release.createdAt,
    author: user(site, state.userSeed(release.author)),
    assets: state.assets.filter((a) => a.releaseId === release.id).map((a) => renderAsset(site, state, a)),
  };
}

export function renderDeployment(site: Site, state: RepoState, d: DeploymentRecord): Json {
  const url = `${repoApi(site)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('deployment'),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(site, state.userSeed(d.creator)),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(site),
    transient_environment: d.transient,
    production_environment: d.production,
  };
}

export function renderDeploymentStatus(site: Site, state: RepoState, s: DeploymentStatusRecord): Json {
  const deploymentUrl = `${repoApi(site)}/deployments/${s.deploymentId}`;
  const out: Json = {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('status'),
    state: s.state,
    creator: user(site, state.userSeed(s.creator)),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(site),
  };
  // Optional uri fields are left out when empty: "" is not a uri.
  if (s.environmentUrl) out.environment_url = s.environmentUrl;
  if (s.logUrl) out.log_url = s.logUrl;
  return out;
}
