import { randomBytes } from 'node:crypto';

/**
 * The GitHub context a job step sees, with defaults a test can override field by field. The names
 * are the runner's `GITHUB_*` variables (REFERENCE.md §1).
 */
export interface GithubContext {
  repository: string;
  sha: string;
  ref: string;
  headRef: string;
  baseRef: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  runNumber: string;
  job: string;
  workflow: string;
  actor: string;
  apiUrl: string;
  serverUrl: string;
  graphqlUrl: string;
  /** The value of `${{ github.token }}`; the runner masks it. */
  token: string;
}

export function defaultGithubContext(): GithubContext {
  return {
    repository: 'cairn-test/demo',
    sha: 'a3c1f5e2b4d6a8c0e1f3a5b7c9d1e3f5a7b9c1d3',
    ref: 'refs/heads/main',
    headRef: '',
    baseRef: '',
    eventName: 'push',
    runId: '4242',
    runAttempt: '1',
    runNumber: '7',
    job: 'train',
    workflow: 'CI',
    actor: 'octocat',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    graphqlUrl: 'https://api.github.com/graphql',
    // Shaped like an installation token; random per run so leak checks cannot pass by accident.
    token: `ghs_${randomBytes(18).toString('hex')}`,
  };
}

/** A push or pull_request payload shaped like GitHub's, enough for `@actions/github`'s context. */
export function defaultEventPayload(github: GithubContext): Record<string, unknown> {
  const [owner = '', name = ''] = github.repository.split('/');
  const repository = { full_name: github.repository, name, owner: { login: owner }, default_branch: 'main' };
  const sender = { login: github.actor };
  if (github.eventName === 'pull_request' || github.eventName === 'pull_request_target') {
    return {
      action: 'synchronize',
      number: 1,
      pull_request: {
        number: 1,
        head: { ref: github.headRef || 'feature', sha: github.sha },
        base: { ref: github.baseRef || 'main' },
      },
      repository,
      sender,
    };
  }
  return { ref: github.ref, after: github.sha, repository, sender };
}

export interface StageFiles {
  output: string;
  env: string;
  state: string;
  summary: string;
  path: string;
}

/** Environment variables for one stage, before inputs, state and per-test overrides. */
export function runnerEnvironment(options: {
  github: GithubContext;
  eventPath: string;
  workspace: string;
  runnerTemp: string;
  actionPath: string;
  actionId: string;
  files: StageFiles;
}): Record<string, string> {
  const { github, files } = options;
  const base: Record<string, string> = {};
  // Only what a hosted runner also has; the test process's own GITHUB_*/INPUT_* never leak in.
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SYSTEMROOT']) {
    const value = process.env[key];
    if (value !== undefined) base[key] = value;
  }
  const refName = github.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
  return {
    ...base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository.split('/')[0] ?? '',
    GITHUB_SHA: github.sha,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: github.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: github.headRef,
    GITHUB_BASE_REF: github.baseRef,
    GITHUB_EVENT_NAME: github.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_RUN_ID: github.runId,
    GITHUB_RUN_ATTEMPT: github.runAttempt,
    GITHUB_RUN_NUMBER: github.runNumber,
    GITHUB_JOB: github.job,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_ACTOR: github.actor,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_ACTION: options.actionId,
    GITHUB_ACTION_PATH: options.actionPath,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: options.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
}

/** Flat context for evaluating `${{ ... }}` in action.yml defaults. */
export function expressionContext(
  github: GithubContext,
  runnerTemp: string,
  workspace: string,
): Record<string, string> {
  return {
    'github.token': github.token,
    'github.repository': github.repository,
    'github.repository_owner': github.repository.split('/')[0] ?? '',
    'github.sha': github.sha,
    'github.ref': github.ref,
    'github.head_ref': github.headRef,
    'github.base_ref': github.baseRef,
    'github.event_name': github.eventName,
    'github.run_id': github.runId,
    'github.run_attempt': github.runAttempt,
    'github.run_number': github.runNumber,
    'github.job': github.job,
    'github.workflow': github.workflow,
    'github.actor': github.actor,
    'github.api_url': github.apiUrl,
    'github.server_url': github.serverUrl,
    'github.graphql_url': github.graphqlUrl,
    'github.workspace': workspace,
    'runner.temp': runnerTemp,
    'runner.os': 'Linux',
    'runner.arch': 'X64',
  };
}
