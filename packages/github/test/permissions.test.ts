import { silentLogger } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { OPERATION_PERMISSIONS } from '../../../test/github-api/src/index.ts';
import { createGitHubClient } from '../src/client.ts';
import {
  CAPABILITY_PERMISSIONS,
  clientOptionsFromEnv,
  permissionsYaml,
  readRunnerGitHubEnv,
  renderPermissionsTable,
  requiredPermissions,
} from '../src/index.ts';

describe('permissions table', () => {
  it('renders a README table with one row per capability', () => {
    const table = renderPermissionsTable(['pr-comment', 'release']);
    expect(table.split('\n')).toEqual([
      '| Capability | Permission | Why |',
      '|---|---|---|',
      '| Sticky pull-request comment | `pull-requests: write` (or `issues: write`) | find, create and edit the report comment on the pull request |',
      '| Release assets (upload) | `contents: write` | create a draft release, upload assets, publish it |',
    ]);
    expect(renderPermissionsTable().split('\n')).toHaveLength(2 + Object.keys(CAPABILITY_PERMISSIONS).length);
  });

  it('merges capabilities into the strongest level per scope, as a commented YAML block', () => {
    expect(requiredPermissions(['release-download', 'release', 'run-approvals'])).toEqual({
      contents: 'write',
      actions: 'read',
    });
    expect(permissionsYaml(['deployment', 'run-approvals', 'release-download'])).toBe(
      [
        'permissions:',
        '  actions: read  # environment approvals',
        '  contents: read  # release assets (download)',
        '  deployments: write  # deployments',
      ].join('\n'),
    );
  });

  it('agrees with the local API on what each capability needs', () => {
    // Every scope the package claims must be a scope the local API enforces for some operation.
    const enforced = new Set(Object.values(OPERATION_PERMISSIONS).flatMap((alts) => alts.map(([scope]) => scope)));
    for (const entry of Object.values(CAPABILITY_PERMISSIONS)) {
      for (const scope of Object.keys(entry.needs)) expect(enforced.has(scope)).toBe(true);
    }
  });
});

describe('runner environment', () => {
  it('reads GITHUB_API_URL (GHES too) and builds the run URL', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_API_URL: 'https://ghe.acme.test/api/v3/',
      GITHUB_SERVER_URL: 'https://ghe.acme.test',
      GITHUB_RUN_ID: '99',
    };
    expect(readRunnerGitHubEnv(env)).toMatchObject({
      apiUrl: 'https://ghe.acme.test/api/v3',
      runUrl: 'https://ghe.acme.test/acme/models/actions/runs/99',
    });
    const gh = createGitHubClient(clientOptionsFromEnv('t0ken-value', silentLogger, env));
    expect([gh.apiUrl, gh.owner, gh.repo]).toEqual(['https://ghe.acme.test/api/v3', 'acme', 'models']);
    expect(() => readRunnerGitHubEnv({})).toThrow(/GITHUB_REPOSITORY is not set/);
    expect(() => createGitHubClient({ token: 't', repository: 'nope', logger: silentLogger })).toThrow(/owner\/repo/);
  });
});
