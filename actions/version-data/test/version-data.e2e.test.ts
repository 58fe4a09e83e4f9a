import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openStore } from '@cairn/store';
import { describe, expect, it } from 'vitest';
import { assertNoSecretLeak, useE2E } from '../../../test/harness/index.ts';

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (statSync(full).isFile()) out[relative(root, full)] = readFileSync(full, 'latin1');
  }
  return out;
}

describe('version-data end to end (harness, local GitHub API releases, bare metadata repo)', () => {
  const e = useE2E({ action: 'version-data', prefix: 'cairn-version-data-e2e-' });

  const uploads = () => e.server.requests.filter((r) => r.operationId === 'repos/upload-release-asset').length;

  it('push records v1, uploads each blob as a release asset, publishes, and writes the manifest output', async () => {
    e.write({
      'data/customers.csv': 'id,zip,spend\n1,00501,10\n2,10001,20.5\n',
      'data/events/2026-01.jsonl': '{"id":1,"kind":"click"}\n{"id":2,"kind":"view"}\n',
      'data/README.txt': 'notes',
    });
    const r = await e.run({ inputs: { name: 'customers', path: 'data', alias: 'training' }, keepTemp: true });
    try {
      expect(r.exitCode, r.stderr + r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ version: '1', changed: 'true' });
      expect(r.outputs['dataset-hash']).toMatch(/^[0-9a-f]{64}$/);
      const manifest = JSON.parse(readFileSync(r.outputs.manifest ?? '', 'utf8'));
      expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
        'README.txt',
        'customers.csv',
        'events/2026-01.jsonl',
      ]);
      expect(manifest.files.find((f: { path: string }) => f.path === 'customers.csv').rows).toBe(2);
      expect(manifest.datasetHash).toBe(r.outputs['dataset-hash']);
    } finally {
      await r.cleanup();
    }
    expect(r.summary).toContain('First version of this dataset.');
    expect(r.summary).toContain('Alias `training` → v1.');
    expect(uploads()).toBe(3);
    expect(e.server.state.releases.every((x) => !x.draft)).toBe(true);
    assertNoSecretLeak(r);
    const store = await openStore({ remote: e.remote });
    const profile = await store.getDatasetProfile('customers', 1);
    await store.close();
    expect(profile?.columns.map((c) => c.name)).toEqual(['id', 'zip', 'spend', 'kind']);
  });

  it('push of unchanged data records nothing and uploads nothing', async () => {
    const before = uploads();
    const r = await e.run({ inputs: { name: 'customers', path: 'data' } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: '1', changed: 'false' });
    expect(uploads()).toBe(before);
    expect(r.summary).toContain('No change');
  });

  it('on a pull request, a changed file becomes v2 with one upload and a sticky comment of what changed', async () => {
    const number = e.server.addPullRequest({ headSha: 'e'.repeat(40), baseRef: 'main' });
    e.write({ 'data/customers.csv': 'id,zip,spend,region\n1,00501,10,n\n2,10001,20.5,s\n3,02134,7,e\n' });
    const before = uploads();
    const r = await e.run({ inputs: { name: 'customers', path: 'data' }, pr: { number } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: '2', changed: 'true' });
    expect(uploads() - before).toBe(1);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('Changes since v1');
    expect(body).toContain('**Columns added:** `region`');
    expect(body).toMatch(/\| `customers\.csv` \| 🟡 modified \| .* \| 3 \| \+1 \|/);
  });

  it('pull restores v1 and latest into empty directories, byte for byte, verified', async () => {
    const v2 = tree(join(e.workspace, 'data'));
    // v1 carries the alias `training` from the first push.
    const r1 = await e.run({ inputs: { mode: 'pull', name: 'customers', path: 'restore-v1', version: 'training' } });
    expect(r1.exitCode, r1.stderr).toBe(0);
    expect(r1.outputs).toMatchObject({ version: '1', changed: 'true' });
    expect(tree(join(e.workspace, 'restore-v1'))['customers.csv']).toBe('id,zip,spend\n1,00501,10\n2,10001,20.5\n');
    const r2 = await e.run({ inputs: { mode: 'pull', name: 'customers', path: 'restore-latest' } });
    expect(r2.exitCode, r2.stderr).toBe(0);
    expect(tree(join(e.workspace, 'restore-latest'))).toEqual(v2);
    // Again into the same directory: everything is already there.
    const r3 = await e.run({ inputs: { mode: 'pull', name: 'customers', path: 'restore-latest' } });
    expect(r3.outputs.changed).toBe('false');
    expect(r3.summary).toContain('0 file(s) downloaded and verified, 3 already present');
  });

  it('local:<dir> storage works without any release', async () => {
    cpSync(join(e.workspace, 'data'), join(e.workspace, 'local-data'), { recursive: true });
    const releases = e.server.state.releases.length;
    const r = await e.run({ inputs: { name: 'local-set', path: 'local-data/*.csv', storage: 'local:blob-store' } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: '1', changed: 'true' });
    const p = await e.run({
      inputs: { mode: 'pull', name: 'local-set', path: 'out-local', storage: 'local:blob-store' },
    });
    expect(p.exitCode, p.stderr).toBe(0);
    expect(Object.keys(tree(join(e.workspace, 'out-local')))).toEqual(['local-data/customers.csv']);
    expect(e.server.state.releases.length).toBe(releases);
  });

  it('bad inputs fail once, naming the input and the fix', async () => {
    const r = await e.run({ inputs: { name: 'customers', path: 'data', storage: 's3://bucket' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(r.stdout + r.stderr).toContain('version-data: input `storage`');
    const v = await e.run({ inputs: { mode: 'pull', name: 'customers', path: 'x', version: '9' } });
    expect(v.exitCode).toBe(1);
    expect(v.stdout + v.stderr).toContain('dataset customers has no version 9');
  });
});
