import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { SystemError } from '@cairn/core';
import { type GitContext, runGit } from './git-process.ts';
import type { PushOutcome } from './remote.ts';

/**
 * The fast path for a remote that is a bare repository on this machine (a path or a file:// URL,
 * the embedded default). Reads: the branch tip comes from the ref files and objects from one
 * `git cat-file --batch` in the remote (see ObjectDatabase.useLocalSource), instead of a git
 * fetch per tree level. Writes: `git push` into it runs git-receive-pack, whose connectivity
 * check (`rev-list --objects --not --all`) walks the old tip's whole tree, which grows with the
 * number of records (measured 96 ms at 1k runs, 455 ms at 100k). Here the store does what
 * receive-pack would, minus that walk:
 *
 * 1. the commit's new objects go into the remote's object store as loose objects, each written
 *    to a `tmp_obj_*` file and renamed into place (git's own temp prefix, so `git fsck` ignores
 *    and `git gc` prunes one a killed writer leaves behind);
 * 2. only then the ref moves, with a compare-and-swap
 *    `git update-ref -m <msg> refs/heads/<branch> <new> <old>`: a non-force update that fails
 *    when the branch is no longer at the tip the mutation was applied to (the same signal as a
 *    rejected push: refresh, re-apply, retry).
 *
 * Connectivity holds by construction: every object the new commit references is either one of
 * the objects written in step 1 or reachable from <old>, which the compare-and-swap proves is
 * still the tip. The remote's receive hooks would not run, so a remote with one (or whose config
 * asks receive-pack to fsck objects, or shares the repository between users) gets `git push`.
 */
export interface LocalRemote {
  gitDir: string;
  objectsDir: string;
  hooksDir: string;
  /** Why writes must go through `git push` whatever the hooks (undefined: the fast path may be used). */
  pushReason: string | undefined;
  /** gc.auto: loose objects that make `git gc --auto` repack (0: never). */
  gcAuto: number;
  /** receive.autogc: whether receive-pack would run `git gc --auto` after a push. */
  autoGc: boolean;
  /** Reading refs/heads/<branch> from the files is exact (the "files" ref backend). */
  fileRefs: boolean;
}

/** Hooks git-receive-pack runs; if one of these exists and is executable, writes use `git push`. */
export const RECEIVE_HOOKS = ['pre-receive', 'update', 'proc-receive', 'post-receive', 'post-update'] as const;

const TRUE = /^(true|yes|on|1)$/i;

/**
 * Looks at a local repository once per store: undefined when it is not a plain bare SHA-1
 * repository holding all its objects (then the store fetches and pushes as for any remote).
 */
export async function inspectLocalRemote(env: Record<string, string>, path: string): Promise<LocalRemote | undefined> {
  if (existsSync(join(path, '.git')) || !existsSync(join(path, 'HEAD')) || !existsSync(join(path, 'objects'))) {
    return undefined;
  }
  const listed = await runGit({ gitDir: path, secrets: [], env }, ['config', '--list', '-z'], { allowCodes: [1, 128] });
  if (listed.code !== 0) return undefined;
  const config = new Map<string, string>();
  for (const item of listed.stdout
    .toString('utf8')
    .split('\0')
    .filter((i) => i !== '')) {
    const newline = item.indexOf('\n');
    // A key with no value ("[receive] fsckObjects") is a boolean true.
    if (newline < 0) config.set(item.toLowerCase(), 'true');
    else config.set(item.slice(0, newline).toLowerCase(), item.slice(newline + 1));
  }
  const get = (key: string) => config.get(key) ?? '';
  if (!TRUE.test(get('core.bare')) || !/^(|sha1)$/i.test(get('extensions.objectformat'))) return undefined;
  // A repository that is itself a partial clone may lack objects: let its upload-pack serve them.
  if (get('extensions.partialclone') !== '') return undefined;
  let pushReason: string | undefined;
  const shared = get('core.sharedrepository');
  if (
    TRUE.test(get('receive.fsckobjects')) ||
    (TRUE.test(get('transfer.fsckobjects')) && !config.has('receive.fsckobjects'))
  ) {
    pushReason = 'receive.fsckObjects is set';
  } else if (shared !== '' && !/^(false|umask|0|no|off)$/i.test(shared)) {
    pushReason = 'core.sharedRepository is set';
  } else if (get('receive.procreceiverefs') !== '') {
    pushReason = 'receive.procReceiveRefs is set';
  }
  // For a bare repository hooks run in the repository, so a relative core.hooksPath is relative to it.
  const hooksPath = get('core.hookspath').replace(/^~(?=\/|$)/, homedir());
  const gcAuto = get('gc.auto') === '' ? 6700 : Number(get('gc.auto'));
  return {
    gitDir: path,
    objectsDir: join(path, 'objects'),
    hooksDir: hooksPath === '' ? join(path, 'hooks') : isAbsolute(hooksPath) ? hooksPath : join(path, hooksPath),
    pushReason,
    gcAuto: Number.isFinite(gcAuto) ? gcAuto : 6700,
    autoGc: get('receive.autogc') === '' || TRUE.test(get('receive.autogc')),
    fileRefs: /^(|files)$/i.test(get('extensions.refstorage')),
  };
}

/** Why this write must use `git push` (a receive hook that would run, or the config), or undefined. */
export function pushRequired(remote: LocalRemote): string | undefined {
  if (remote.pushReason !== undefined) return remote.pushReason;
  const hook = activeReceiveHook(remote);
  return hook === undefined ? undefined : `it has a ${hook} hook, which must run`;
}

/** The receive hook that would run on a push, if any (checked before every write: hooks can be added). */
export function activeReceiveHook(remote: LocalRemote): string | undefined {
  for (const name of RECEIVE_HOOKS) {
    const file = join(remote.hooksDir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return name;
    } catch {
      // absent or not executable: git would not run it either
    }
  }
  return undefined;
}

/** The commit refs/heads/<branch> points at, read from the ref files (loose, then packed-refs). */
export function readLocalRef(remote: LocalRemote, branch: string): string | undefined {
  const ref = `refs/heads/${branch}`;
  try {
    const loose = readFileSync(join(remote.gitDir, ref), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(loose)) return loose;
  } catch {
    // not a loose ref: git writes packed-refs before deleting a loose ref, so it is there if anywhere
  }
  try {
    for (const line of readFileSync(join(remote.gitDir, 'packed-refs'), 'utf8').split('\n')) {
      if (line.endsWith(` ${ref}`) && /^[0-9a-f]{40} /.test(line)) return line.slice(0, 40);
    }
  } catch {
    // no packed-refs
  }
  return undefined;
}

/**
 * Writes the objects (oid -> zlib-deflated loose object bytes) into the remote, then moves the
 * branch from `old` (undefined: the branch must not exist) to `commit`.
 */
export async function updateLocal(
  env: Record<string, string>,
  remote: LocalRemote,
  branch: string,
  objects: ReadonlyMap<string, Buffer>,
  commit: string,
  old: string | undefined,
  message: string,
): Promise<PushOutcome> {
  for (const [oid, deflated] of objects) writeLooseObject(remote.objectsDir, oid, deflated);
  const ctx: GitContext = { gitDir: remote.gitDir, secrets: [], env };
  const reflog = `cairn: ${message.split('\n')[0] ?? ''}`.slice(0, 200);
  const result = await runGit(
    ctx,
    ['update-ref', '--create-reflog', '-m', reflog, `refs/heads/${branch}`, commit, old ?? '0'.repeat(40)],
    { allowCodes: [1, 128] },
  );
  if (result.code !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-2).join('; ');
    if (/cannot lock ref/i.test(result.stderr) && !/permission denied|read-only/i.test(result.stderr)) {
      return { kind: 'rejected', reason: detail };
    }
    throw new SystemError(`could not update ${branch} in the metadata repository ${remote.gitDir}: ${detail}`);
  }
  if (remote.autoGc) await autoGc(ctx, remote);
  return { kind: 'pushed' };
}

function writeLooseObject(objectsDir: string, oid: string, deflated: Buffer): void {
  const dir = join(objectsDir, oid.slice(0, 2));
  const file = join(dir, oid.slice(2));
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `tmp_obj_cairn_${process.pid}_${randomBytes(6).toString('hex')}`);
  writeFileSync(temp, deflated, { flag: 'wx', mode: 0o444 });
  renameSync(temp, file);
}

/**
 * What receive-pack does after a push (receive.autogc): `git gc --auto`. Its own first test is
 * the number of loose objects in objects/17 against gc.auto / 256 (git builtin/gc.c,
 * too_many_loose_objects); the same test here saves starting git on every write. The objects
 * written here are loose, so the pack count (its other test) does not change.
 */
async function autoGc(ctx: GitContext, remote: LocalRemote): Promise<void> {
  if (remote.gcAuto <= 0) return;
  let loose = 0;
  try {
    loose = readdirSync(join(remote.objectsDir, '17')).filter((n) => /^[0-9a-f]{38}$/.test(n)).length;
  } catch {
    return;
  }
  if (loose <= Math.ceil(remote.gcAuto / 256)) return;
  await runGit(ctx, ['gc', '--auto', '--quiet'], { allowCodes: [1, 128, 255] });
}
