import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareDist } from '../../scripts/build-actions.ts';

describe('compareDist (the --check of scripts/build-actions.ts)', () => {
  let root: string;
  let committed: string;
  let fresh: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cairn-dist-'));
    committed = join(root, 'committed');
    fresh = join(root, 'fresh');
    for (const dir of [committed, fresh]) {
      await mkdir(join(dir, 'sub'), { recursive: true });
      await writeFile(join(dir, 'index.js'), 'console.log(1);\n');
      await writeFile(join(dir, 'sub', 'asset.bin'), Buffer.from([0, 1, 2]));
    }
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('passes when every file matches byte for byte', async () => {
    expect(await compareDist('track-run', committed, fresh)).toEqual([]);
  });

  it('names the action and file that differ, are missing, or are extra', async () => {
    await writeFile(join(committed, 'index.js'), 'console.log(2);\n');
    await rm(join(committed, 'sub', 'asset.bin'));
    await writeFile(join(committed, 'stale.js'), '');
    const problems = await compareDist('track-run', committed, fresh);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^actions\/track-run\/dist\/index\.js differs from a fresh build; run `pnpm run build/);
    expect(problems[1]).toMatch(/^actions\/track-run\/dist\/sub\/asset\.bin is missing/);
    expect(problems[2]).toBe('actions/track-run/dist/stale.js is not produced by the build; delete it');
  });

  it('reports every file as missing when nothing was committed', async () => {
    const problems = await compareDist('check-drift', join(root, 'none'), fresh);
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'actions/check-drift/dist/index.js',
      'actions/check-drift/dist/sub/asset.bin',
    ]);
  });
});
