/**
 * Builds each action's `dist/` with @vercel/ncc (one self-contained ESM bundle per action) and
 * regenerates the README tables. With --check, builds into a temp directory instead and fails when a
 * committed dist or README differs from what the sources produce, naming the action and file.
 * Usage: node scripts/build-actions.ts [--check] [action ...]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, resolveActionNames } from './action-dirs.ts';
import { syncReadmes } from './action-readme.ts';

/** Two cores on CI and on the dev machines: at most two ncc processes at once. */
const PARALLEL = 2;

const nccCli = join(
  createRequire(join(REPO_ROOT, 'package.json')).resolve('@vercel/ncc/package.json'),
  '..',
  'dist/ncc/cli.js',
);

interface BuildResult {
  name: string;
  ok: boolean;
  log: string;
}

function ncc(actionDir: string, outDir: string): Promise<{ ok: boolean; log: string }> {
  return new Promise((done) => {
    // --no-cache: a build must depend on the sources only, never on a warm cache.
    const args = [nccCli, 'build', 'src/index.ts', '-o', outDir, '--license', 'licenses.txt', '--no-cache', '--quiet'];
    const child = spawn(process.execPath, args, { cwd: actionDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.on('error', (error) => done({ ok: false, log: `${log}${error.message}` }));
    child.on('close', (code) => done({ ok: code === 0, log }));
  });
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else out.push(relative(base, path));
  }
  return out.sort();
}

/** Differences between a committed dist and a fresh build, one message per file. */
export async function compareDist(name: string, committed: string, fresh: string): Promise<string[]> {
  const problems: string[] = [];
  const [have, want] = await Promise.all([listFiles(committed), listFiles(fresh)]);
  const how = `run \`pnpm run build ${name}\` (or \`node scripts/build-actions.ts ${name}\`) and commit actions/${name}/dist`;
  for (const file of want) {
    if (!have.includes(file)) {
      problems.push(`actions/${name}/dist/${file} is missing; ${how}`);
      continue;
    }
    const [a, b] = await Promise.all([readFile(join(committed, file)), readFile(join(fresh, file))]);
    if (!a.equals(b)) problems.push(`actions/${name}/dist/${file} differs from a fresh build; ${how}`);
  }
  for (const file of have) {
    if (!want.includes(file)) problems.push(`actions/${name}/dist/${file} is not produced by the build; delete it`);
  }
  return problems;
}

async function buildOne(name: string, check: boolean, problems: string[]): Promise<BuildResult> {
  const actionDir = join(REPO_ROOT, 'actions', name);
  const out = await mkdtemp(join(tmpdir(), `cairn-build-${name}-`));
  try {
    const { ok, log } = await ncc(actionDir, out);
    if (!ok) return { name, ok, log };
    const dist = join(actionDir, 'dist');
    if (check) {
      problems.push(...(await compareDist(name, dist, out)));
    } else {
      await rm(dist, { recursive: true, force: true });
      await cp(out, dist, { recursive: true });
    }
    return { name, ok, log };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function buildActions(names: readonly string[], check: boolean): Promise<string[]> {
  const problems: string[] = [];
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const started = Date.now();
      const result = await buildOne(name, check, problems);
      if (!result.ok) {
        problems.push(`actions/${name}: ncc build failed (type errors or a missing dependency):\n${result.log.trim()}`);
      } else {
        process.stderr.write(`${check ? 'checked' : 'built'} actions/${name} in ${Date.now() - started} ms\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, names.length) }, worker));
  problems.push(...syncReadmes(names, check));
  return problems;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  try {
    const names = resolveActionNames(args.filter((a) => !a.startsWith('--')));
    const problems = await buildActions(names, check);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    if (problems.length > 0) {
      process.stderr.write(`build-actions: ${problems.length} problem(s)\n`);
      process.exitCode = 1;
    }
  } catch (error) {
    process.stderr.write(`build-actions: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
