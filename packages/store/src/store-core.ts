import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Logger, SystemError, silentLogger, UserError } from '@cairn/core';
import { buildCommit, type Identity, parseIdentity } from './commit.ts';
import { authConfigEnv, baseGitEnv, type GitContext, runGit } from './git-process.ts';
import { FORMAT_FILE, STORE_FORMAT } from './layout.ts';
import { inspectLocalRemote, type LocalRemote, pushRequired, readLocalRef, updateLocal } from './local-remote.ts';
import { ObjectDatabase } from './objects.ts';
import {
  fetchTip,
  LOCAL_UPLOAD_PACK,
  type PushOutcome,
  parseRemote,
  pushCommit,
  type RemoteSpec,
  type TipResult,
} from './remote.ts';
import { editTree, Snapshot } from './snapshot.ts';
import { parseJsonFile, Transaction } from './transaction.ts';

export const DEFAULT_BRANCH = 'mlops-metadata';
export const DEFAULT_AUTHOR = 'cairn <cairn@users.noreply.github.com>';

export interface StoreOptions {
  /** A bare repository path, a file:// URL, or an https (or ssh) git URL. */
  remote: string;
  branch?: string;
  /** For https remotes: sent as an http extraheader through the environment, never printed. */
  token?: string;
  logger?: Logger;
  /** Parent directory for the private cache repository (default RUNNER_TEMP or the OS temp dir). */
  workDir?: string;
  /** "Name <email>" for commits. */
  author?: string;
  /** Attempts per write when other writers get in first (default 12). */
  maxAttempts?: number;
  /**
   * For a bare repository on this machine (default true; see local-remote.ts): read the tip and
   * objects from it directly, and write objects into it then move the branch with a
   * compare-and-swap `git update-ref` instead of `git push`. Remotes with receive hooks still
   * get `git push`. False: fetch and push exactly as for a network remote.
   */
  localFastPath?: boolean;
}

export interface StoreStats {
  commits: number;
  /** Writes that lost the race (a rejected push or a failed compare-and-swap) and were re-applied. */
  rejectedPushes: number;
  /** Of commits: made through the local fast path (update-ref) rather than git push. */
  localCommits: number;
  /** Time spent publishing commits: git push (client and remote side) or the local fast path. */
  pushMs: number;
  /** Fetches of the branch tip (a refresh that finds the local branch unchanged needs none). */
  tipFetches: number;
  fetches: number;
  objectsFetched: number;
}

/** Called with the transaction; its result is what transact resolves to. */
export type Mutation<T> = (tx: Transaction) => Promise<T>;

/**
 * The engine under the metadata store: a private bare cache repository that is a shallow,
 * treeless partial clone of the branch tip; reads through it; writes as commits built with
 * plumbing and pushed without force, re-applied on the new tip when the push is rejected.
 * The user's repository (work tree, index, HEAD) is never touched.
 */
export class StoreCore {
  readonly branch: string;
  readonly logger: Logger;
  readonly cacheDir: string;
  readonly remote: RemoteSpec;
  protected readonly db: ObjectDatabase;
  private readonly ctx: GitContext;
  private readonly identity: Identity;
  private readonly maxAttempts: number;
  private tip: Snapshot | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private counters = { commits: 0, rejectedPushes: 0, localCommits: 0, pushMs: 0, tipFetches: 0 };
  private readonly localFastPath: boolean;
  private local: Promise<LocalRemote | undefined> | undefined;

  protected constructor(options: StoreOptions, cacheDir: string, ctx: GitContext, remote: RemoteSpec) {
    this.branch = options.branch ?? DEFAULT_BRANCH;
    this.logger = options.logger ?? silentLogger;
    this.cacheDir = cacheDir;
    this.ctx = ctx;
    this.remote = remote;
    this.db = new ObjectDatabase(ctx);
    this.identity = parseIdentity(options.author ?? DEFAULT_AUTHOR);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 12);
    this.localFastPath = options.localFastPath ?? true;
  }

  /** Creates the private cache repository and reads the branch tip (checking the remote is reachable). */
  protected static async prepare(
    options: StoreOptions,
  ): Promise<{ cacheDir: string; ctx: GitContext; remote: RemoteSpec }> {
    const branch = options.branch ?? DEFAULT_BRANCH;
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..') || branch.endsWith('.lock')) {
      throw new UserError(`invalid metadata branch name ${JSON.stringify(branch)}`);
    }
    const secrets = options.token ? [options.token] : [];
    const remote = parseRemote(options.remote, secrets);
    const parent = options.workDir ?? process.env.RUNNER_TEMP ?? tmpdir();
    const cacheDir = await mkdtemp(join(parent, 'cairn-store-'));
    const env = baseGitEnv();
    if (options.token && !remote.local) Object.assign(env, authConfigEnv(remote.url, options.token));
    const ctx: GitContext = { gitDir: cacheDir, secrets, env };
    await runGit(ctx, ['init', '--quiet', '--bare', cacheDir]);
    // One write of the config file instead of a git process per key; no secret goes in here.
    const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const config = [
      '[remote "origin"]',
      `\turl = ${quoted(remote.url)}`,
      '\tpromisor = true',
      '\tpartialclonefilter = tree:0',
      ...(remote.local ? [`\tuploadpack = ${quoted(LOCAL_UPLOAD_PACK)}`] : []),
      '[gc]',
      '\tauto = 0',
      '[maintenance]',
      '\tauto = false',
      '[fetch]',
      '\twriteCommitGraph = false',
      '\tunpackLimit = 1',
      '[core]',
      '\tlogAllRefUpdates = false',
      '[protocol]',
      '\tversion = 2',
      '',
    ];
    await appendFile(join(cacheDir, 'config'), config.join('\n'));
    return { cacheDir, ctx, remote };
  }

  get stats(): StoreStats {
    return { ...this.counters, ...this.db.stats };
  }

  /** Re-reads the branch tip from the remote. */
  async refresh(): Promise<Snapshot> {
    // A local bare repository: the ref files are exact, its objects are read directly.
    const local = await this.localRemote();
    const localTip = local?.fileRefs ? readLocalRef(local, this.branch) : undefined;
    let tip: TipResult;
    if (localTip !== undefined) {
      tip = { kind: 'found', commit: localTip };
    } else {
      this.counters.tipFetches++;
      tip = await fetchTip(this.ctx, this.remote, this.branch);
      this.db.scanPacks();
    }
    if (tip.kind === 'missing') {
      this.tip = new Snapshot(this.db, undefined, undefined);
      return this.tip;
    }
    if (tip.commit === this.tip?.commit) return this.tip;
    const { data } = await this.db.read(tip.commit);
    const root = /^tree ([0-9a-f]{40})$/m.exec(data.toString('utf8'))?.[1];
    if (!root) throw new SystemError(`commit ${tip.commit} of ${this.branch} has no tree`);
    const snapshot = new Snapshot(this.db, tip.commit, root);
    await this.checkFormat(snapshot);
    this.tip = snapshot;
    return snapshot;
  }

  /** The last tip read (fetched on first use). */
  async snapshot(): Promise<Snapshot> {
    return this.tip ?? (await this.refresh());
  }

  private async checkFormat(snapshot: Snapshot): Promise<void> {
    const text = (await snapshot.readBuffer(FORMAT_FILE))?.toString('utf8');
    const value = parseJsonFile(text, FORMAT_FILE, this.logger);
    const format = (value as { format?: unknown } | undefined)?.format;
    if (typeof format !== 'number') {
      throw new UserError(
        `branch ${this.branch} of ${this.remote.display} exists but is not a Cairn metadata branch (no valid ${FORMAT_FILE}); choose another branch name`,
      );
    }
    if (format > STORE_FORMAT) {
      throw new UserError(
        `branch ${this.branch} of ${this.remote.display} uses store format ${format}, but this Cairn reads up to ${STORE_FORMAT}: upgrade Cairn (the actions' @ref or the cairn CLI) to use it`,
      );
    }
  }

  /** Creates the orphan branch with its cairn.json when it does not exist yet. */
  async init(): Promise<{ created: boolean }> {
    let created = false;
    await this.transact('initialise the Cairn metadata branch', async (tx) => {
      created = tx.snapshot.commit === undefined;
    });
    return { created };
  }

  async readJson(path: string): Promise<unknown> {
    const snapshot = await this.snapshot();
    return parseJsonFile((await snapshot.readBuffer(path))?.toString('utf8'), path, this.logger);
  }

  /**
   * Runs a mutation against the branch tip and commits its writes. When another writer pushed
   * first, the tip is fetched again and the mutation runs again on it, with jittered exponential
   * backoff, up to maxAttempts times. A mutation that writes nothing (or only identical bytes)
   * makes no commit. Writes of one store are serialized.
   */
  transact<T>(message: string, mutation: Mutation<T>): Promise<T> {
    const run = this.queue.then(() => this.attemptLoop(message, mutation));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async attemptLoop<T>(message: string, mutation: Mutation<T>): Promise<T> {
    let lastReason = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const started = Date.now();
      const snapshot = await this.refresh();
      const tx = new Transaction(snapshot, this.logger);
      const result = await mutation(tx);
      if (snapshot.commit === undefined) tx.write(FORMAT_FILE, { format: STORE_FORMAT, tool: 'cairn' });
      if (!tx.changed) return result;
      // Everything written from here on is what the new commit adds to its parent's objects.
      this.db.startJournal();
      let root: string | undefined;
      let commit: string;
      let objects: Map<string, Buffer>;
      const text = tx.message ?? message;
      try {
        root = await editTree(this.db, snapshot.root, tx.changes);
        if (root === undefined) throw new SystemError('a write would leave the metadata branch empty');
        if (root === snapshot.root) return result;
        commit = this.db.write('commit', buildCommit(root, snapshot.commit, this.identity, text));
      } finally {
        objects = this.db.takeJournal();
      }
      const pushStarted = performance.now();
      const outcome = await this.publish(commit, snapshot.commit, text, objects);
      this.counters.pushMs += performance.now() - pushStarted;
      if (outcome.kind === 'pushed') {
        this.counters.commits++;
        this.tip = new Snapshot(this.db, commit, root);
        this.logger.debug(`cairn store: ${text} (${commit.slice(0, 12)} on ${this.branch})`);
        return result;
      }
      this.counters.rejectedPushes++;
      lastReason = outcome.reason;
      this.logger.debug(`cairn store: push of "${text}" rejected (${outcome.reason.trim()}), attempt ${attempt}`);
      if (attempt < this.maxAttempts) await backoff(attempt, Date.now() - started);
    }
    throw new SystemError(
      `could not write "${message}" to ${this.branch} of ${this.remote.display} after ${this.maxAttempts} attempts: other writers kept updating it (last: ${lastReason.trim()}); run the step again or raise maxAttempts`,
    );
  }

  /**
   * Publishes a commit whose parent is `old` (undefined: the branch is new): the local fast path
   * when the remote allows it, git push otherwise. 'rejected' means another writer got in first.
   */
  private async publish(
    commit: string,
    old: string | undefined,
    message: string,
    objects: ReadonlyMap<string, Buffer>,
  ): Promise<PushOutcome> {
    const local = await this.localRemote();
    if (local) {
      const reason = pushRequired(local);
      if (reason === undefined) {
        const outcome = await updateLocal(this.ctx.env, local, this.branch, objects, commit, old, message);
        if (outcome.kind === 'pushed') this.counters.localCommits++;
        return outcome;
      }
      this.logger.debug(`cairn store: writing to ${this.remote.display} with git push: ${reason}`);
    }
    return pushCommit(this.ctx, this.remote, this.branch, commit);
  }

  /** The local bare repository when the fast path may be used (inspected once). */
  private localRemote(): Promise<LocalRemote | undefined> {
    if (!this.remote.local || !this.localFastPath) return Promise.resolve(undefined);
    this.local ??= inspectLocalRemote(this.ctx.env, this.remote.url).then((found) => {
      if (found) this.db.useLocalSource({ gitDir: found.gitDir, secrets: [], env: this.ctx.env });
      return found;
    });
    return this.local;
  }

  /** Stops the reader process and deletes the cache repository. */
  async close(): Promise<void> {
    await this.queue;
    await this.db.close();
    await rm(this.cacheDir, { recursive: true, force: true });
  }
}

/**
 * Full jitter, scaled by how long an attempt takes here (so that on a slow link or a busy
 * machine the writers spread out instead of crowding the next round): a random delay up to
 * min(10 s, attempt time * 2^(attempt-1)).
 */
function backoff(attempt: number, attemptMs: number): Promise<void> {
  const ceiling = Math.min(10_000, Math.max(50, attemptMs) * 2 ** (attempt - 1));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
