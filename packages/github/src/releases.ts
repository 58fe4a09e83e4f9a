/**
 * Releases as an object store: create a draft, upload assets, publish. Idempotent by tag: a re-run
 * finds its own draft and completes it. Asset uploads go to the release's `upload_url` (GitHub:
 * uploads.github.com; GHES: /api/uploads), an asset that already exists with the same sha256 is kept,
 * and a different or half-uploaded one is replaced. Downloads are verified against sha256.
 */
import { createHash } from 'node:crypto';
import { SystemError, UserError } from '@cairn/core';
import type { GitHub } from './client.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { call, isAlreadyExists } from './errors.ts';

export interface ReleaseInfo {
  id: number;
  tag_name: string;
  draft: boolean;
  upload_url: string;
  html_url: string;
  assets?: AssetInfo[];
}

export interface AssetInfo {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
  browser_download_url: string;
}

export interface EnsureReleaseOptions {
  tag: string;
  name?: string;
  body?: string;
  targetCommitish?: string;
  prerelease?: boolean;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The release for a tag, drafts included (GET /releases/tags/{tag} hides drafts, so list them). */
export async function findReleaseByTag(gh: GitHub, tag: string): Promise<ReleaseInfo | undefined> {
  return call(gh, 'release', `find the release for tag ${tag}`, async () => {
    const pages = gh.octokit.paginate.iterator(gh.octokit.rest.repos.listReleases, {
      owner: gh.owner,
      repo: gh.repo,
      per_page: 100,
    });
    let found: ReleaseInfo | undefined;
    for await (const page of pages) {
      for (const release of page.data) {
        // Prefer the published release; otherwise the oldest draft (ours from an earlier attempt).
        if (release.tag_name !== tag) continue;
        if (!release.draft) return release;
        found = release;
      }
    }
    return found;
  });
}

/** The release for the tag: an existing one (draft or published) or a new draft. */
export async function ensureDraftRelease(gh: GitHub, options: EnsureReleaseOptions): Promise<ReleaseInfo> {
  const existing = await findReleaseByTag(gh, options.tag);
  if (existing) {
    gh.logger.info(`Release ${options.tag} exists (${existing.draft ? 'draft' : 'published'}); reusing it.`);
    return existing;
  }
  return call(gh, 'release', `create the draft release ${options.tag}`, () =>
    createOnce<ReleaseInfo>(gh, {
      what: `create the draft release ${options.tag}`,
      find: () => findReleaseByTag(gh, options.tag),
      create: async () =>
        (
          await gh.octokit.rest.repos.createRelease({
            owner: gh.owner,
            repo: gh.repo,
            tag_name: options.tag,
            name: options.name ?? options.tag,
            body: options.body ?? '',
            draft: true,
            prerelease: options.prerelease ?? false,
            ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
            request: NO_RETRY,
          })
        ).data,
    }),
  );
}

export async function listAssets(gh: GitHub, releaseId: number): Promise<AssetInfo[]> {
  return call(gh, 'release', `list the assets of release ${releaseId}`, () =>
    gh.octokit.paginate(gh.octokit.rest.repos.listReleaseAssets, {
      owner: gh.owner,
      repo: gh.repo,
      release_id: releaseId,
      per_page: 100,
    }),
  );
}

async function deleteAsset(gh: GitHub, asset: AssetInfo, why: string): Promise<void> {
  gh.logger.info(`Deleting release asset ${asset.name} (${why}).`);
  await call(gh, 'release', `delete the release asset ${asset.name}`, () =>
    gh.octokit.rest.repos.deleteReleaseAsset({ owner: gh.owner, repo: gh.repo, asset_id: asset.id }),
  );
}

function complete(asset: AssetInfo | undefined, digest: string, size: number): boolean {
  return (
    asset !== undefined && asset.state === 'uploaded' && asset.size === size && asset.digest === `sha256:${digest}`
  );
}

export interface UploadAssetOptions {
  name: string;
  data: Uint8Array;
  contentType?: string;
  label?: string;
  /**
   * The release's assets as the caller listed them before a series of uploads: the first check
   * looks there instead of listing the release again (one request per asset otherwise). Retries
   * and conflicts always list afresh.
   */
  existing?: readonly AssetInfo[];
}

/** Uploads an asset once: kept if already there with the same sha256; replaced if different or half-uploaded. */
export async function uploadReleaseAsset(
  gh: GitHub,
  release: ReleaseInfo,
  options: UploadAssetOptions,
): Promise<AssetInfo> {
  const digest = sha256(options.data);
  const size = options.data.length;
  const what = `upload ${options.name} to release ${release.tag_name}`;
  const findComplete = async (known?: readonly AssetInfo[]): Promise<AssetInfo | undefined> => {
    const assets = known ?? (await listAssets(gh, release.id));
    const asset = assets.find((a) => a.name === options.name);
    if (complete(asset, digest, size)) return asset;
    if (asset) await deleteAsset(gh, asset, asset.state === 'uploaded' ? 'different content' : `state ${asset.state}`);
    return undefined;
  };
  const present = await findComplete(options.existing);
  if (present) {
    gh.logger.info(`Release asset ${options.name} is already uploaded with sha256 ${digest}.`);
    return present;
  }
  return call(gh, 'release', what, () =>
    createOnce<AssetInfo>(gh, {
      what,
      find: () => findComplete(),
      create: async () => {
        try {
          const { data } = await gh.octokit.request({
            method: 'POST',
            url: release.upload_url,
            name: options.name,
            ...(options.label ? { label: options.label } : {}),
            data: options.data,
            headers: { 'content-type': options.contentType ?? 'application/octet-stream', 'content-length': size },
            request: NO_RETRY,
          });
          return data as AssetInfo;
        } catch (error) {
          // 422 already_exists: a concurrent or earlier upload owns the name; keep it if identical.
          if (!isAlreadyExists(error)) throw error;
          const found = await findComplete();
          if (found) return found;
          throw new SystemError(
            `GitHub reports asset ${options.name} already exists on ${release.tag_name}, but it could not be matched or replaced; re-run the step.`,
          );
        }
      },
    }),
  );
}

/** Publishes a draft (no-op when already published). */
export async function publishRelease(gh: GitHub, release: ReleaseInfo): Promise<ReleaseInfo> {
  if (!release.draft) return release;
  const { data } = await call(gh, 'release', `publish release ${release.tag_name}`, () =>
    gh.octokit.rest.repos.updateRelease({ owner: gh.owner, repo: gh.repo, release_id: release.id, draft: false }),
  );
  return data;
}

/** Downloads an asset and checks its sha256 (retrying once on a mismatch, then failing). */
export async function downloadReleaseAsset(
  gh: GitHub,
  asset: Pick<AssetInfo, 'id' | 'name'>,
  expectedSha256: string,
): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(expectedSha256)) {
    throw new UserError(
      `Expected sha256 for ${asset.name} must be 64 lowercase hex characters, got "${expectedSha256}".`,
    );
  }
  let actual = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const { data } = await call(gh, 'release-download', `download release asset ${asset.name}`, () =>
      gh.octokit.rest.repos.getReleaseAsset({
        owner: gh.owner,
        repo: gh.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
      }),
    );
    const bytes = Buffer.from(data as unknown as ArrayBuffer);
    actual = sha256(bytes);
    if (actual === expectedSha256) return bytes;
    gh.logger.warning(
      `Release asset ${asset.name} has sha256 ${actual}, expected ${expectedSha256}; downloading again.`,
    );
  }
  throw new SystemError(
    `Release asset ${asset.name} failed its integrity check: sha256 ${actual}, expected ${expectedSha256}. The asset may have been replaced; do not use it.`,
  );
}
