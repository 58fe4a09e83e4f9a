/**
 * The `release` backend: blobs as GitHub Release assets named by their sha256. Each push that has
 * new blobs puts them in its own release (draft, upload, publish), so a half-uploaded push is never
 * visible; blobs already in any earlier Cairn data release are reused, across versions and datasets.
 * A blob larger than the part size is split into `<sha256>.part<k>of<n>` assets (GitHub refuses
 * assets of 2 GiB or more), and a push with more assets than a release may hold (1000) rolls over
 * into `<tag>-2`, `<tag>-3`, ... (REFERENCE.md §2).
 */
import { open, writeFile } from 'node:fs/promises';
import { type Logger, type StorageRef, SystemError, UserError } from '@cairn/core';
import {
  type AssetInfo,
  downloadReleaseAsset,
  ensureDraftRelease,
  type GitHub,
  listAssets,
  publishRelease,
  type ReleaseInfo,
  sha256,
  uploadReleaseAsset,
} from '@cairn/github';
import { z } from 'zod';
import {
  type BlobPlacement,
  type BlobSource,
  type BlobStore,
  blobsToStore,
  EMPTY_SHA256,
  type PutResult,
} from './blob-store.ts';

/** 1 GiB: under GitHub's 2 GiB asset limit, and the most one upload holds in memory. */
export const DEFAULT_PART_SIZE = 1 << 30;
/** GitHub: up to 1000 assets per release. */
export const MAX_ASSETS_PER_RELEASE = 1000;
export const DEFAULT_TAG_PREFIX = 'cairn-data';

export interface ReleaseBlobStoreOptions {
  partSize?: number;
  maxAssetsPerRelease?: number;
  tagPrefix?: string;
}

const placementSchema = z.object({
  location: z.string().min(1),
  parts: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().int().nonnegative() })).optional(),
});
const objectsSchema = z.record(z.string(), placementSchema);

interface PlannedAsset {
  name: string;
  blob: BlobSource;
  offset: number;
  size: number;
}

const EMBEDDED_ASSETS_TRUSTED = 100;

const PART_NAME = /^([0-9a-f]{64})\.part(\d+)of(\d+)$/;

export class ReleaseBlobStore implements BlobStore {
  readonly backend = 'release' as const;
  private readonly gh: GitHub;
  private readonly logger: Logger;
  readonly partSize: number;
  readonly maxAssets: number;
  readonly tagPrefix: string;
  private readonly assetCache = new Map<string, { release: ReleaseInfo; assets: AssetInfo[] }>();

  constructor(gh: GitHub, options: ReleaseBlobStoreOptions = {}) {
    this.gh = gh;
    this.logger = gh.logger;
    this.partSize = options.partSize ?? DEFAULT_PART_SIZE;
    this.maxAssets = options.maxAssetsPerRelease ?? MAX_ASSETS_PER_RELEASE;
    this.tagPrefix = options.tagPrefix ?? DEFAULT_TAG_PREFIX;
    if (!Number.isInteger(this.partSize) || this.partSize < 1) {
      throw new UserError(`part size must be a positive whole number of bytes, got ${this.partSize}`);
    }
    if (!Number.isInteger(this.maxAssets) || this.maxAssets < 1 || this.maxAssets > MAX_ASSETS_PER_RELEASE) {
      throw new UserError(`assets per release must be 1..${MAX_ASSETS_PER_RELEASE}, got ${this.maxAssets}`);
    }
  }

  /** Every complete blob in published Cairn data releases: sha256 -> placement. */
  async inventory(): Promise<Map<string, BlobPlacement>> {
    const releases = await this.gh.octokit.paginate(this.gh.octokit.rest.repos.listReleases, {
      owner: this.gh.owner,
      repo: this.gh.repo,
      per_page: 100,
    });
    const found = new Map<string, BlobPlacement>();
    for (const release of releases) {
      if (release.draft || !release.tag_name.startsWith(`${this.tagPrefix}-`)) continue;
      const assets = await this.assetsIn(release);
      this.assetCache.set(release.tag_name, { release, assets });
      const parts = new Map<string, { k: number; n: number; asset: AssetInfo }[]>();
      for (const asset of assets) {
        if (asset.state !== 'uploaded') continue;
        if (/^[0-9a-f]{64}$/.test(asset.name) && asset.digest === `sha256:${asset.name}`) {
          if (!found.has(asset.name)) found.set(asset.name, { location: release.tag_name });
          continue;
        }
        const m = PART_NAME.exec(asset.name);
        if (!m || !asset.digest?.startsWith('sha256:')) continue;
        const list = parts.get(m[1] as string) ?? [];
        list.push({ k: Number(m[2]), n: Number(m[3]), asset });
        parts.set(m[1] as string, list);
      }
      for (const [blob, list] of parts) {
        const n = list[0]?.n ?? 0;
        const complete = list.length === n && list.every((p) => p.n === n) && new Set(list.map((p) => p.k)).size === n;
        if (!complete || found.has(blob)) continue;
        list.sort((a, b) => a.k - b.k);
        found.set(blob, {
          location: release.tag_name,
          parts: list.map((p) => ({
            name: p.asset.name,
            sha256: (p.asset.digest as string).slice('sha256:'.length),
            size: p.asset.size,
          })),
        });
      }
    }
    return found;
  }

  /**
   * A release's assets. Release responses embed them, which saves one request per release (the
   * REST rate limit is 1,000 per hour); with 100 or more embedded, the paginated list is asked for,
   * since GitHub documents no cap for the embedded list.
   */
  private async assetsIn(release: { id: number; assets?: readonly AssetInfo[] }): Promise<AssetInfo[]> {
    if (release.assets && release.assets.length < EMBEDDED_ASSETS_TRUSTED) return [...release.assets];
    return listAssets(this.gh, release.id);
  }

  private plan(blob: BlobSource): PlannedAsset[] {
    if (blob.size <= this.partSize) return [{ name: blob.sha256, blob, offset: 0, size: blob.size }];
    const n = Math.ceil(blob.size / this.partSize);
    const width = String(n).length;
    return Array.from({ length: n }, (_, i) => ({
      name: `${blob.sha256}.part${String(i + 1).padStart(width, '0')}of${n}`,
      blob,
      offset: i * this.partSize,
      size: Math.min(this.partSize, blob.size - i * this.partSize),
    }));
  }

  async putAll(blobs: readonly BlobSource[], label: string): Promise<PutResult> {
    const inventory = await this.inventory();
    const unique = blobsToStore(blobs);
    const missing = unique.filter((b) => !inventory.has(b.sha256));
    // Group whole blobs (all of a blob's parts stay in one release) into releases of maxAssets.
    const groups: PlannedAsset[][] = [];
    for (const blob of missing) {
      const assets = this.plan(blob);
      if (assets.length > this.maxAssets) {
        throw new UserError(
          `${blob.path}: ${assets.length} parts exceed ${this.maxAssets} assets per release; raise the part size`,
        );
      }
      const last = groups.at(-1);
      if (last && last.length + assets.length <= this.maxAssets) last.push(...assets);
      else groups.push(assets);
    }
    const objects: Record<string, BlobPlacement> = {};
    for (const blob of unique) {
      const known = inventory.get(blob.sha256);
      if (known) objects[blob.sha256] = known;
    }
    let uploadedBytes = 0;
    for (const [i, group] of groups.entries()) {
      const tag = `${this.tagPrefix}-${label}${i === 0 ? '' : `-${i + 1}`}`;
      const release = await ensureDraftRelease(this.gh, {
        tag,
        body: `Content-addressed blobs of ${label} (Cairn version-data). Asset names are sha256 hashes.`,
      });
      // Listed once per release: each upload checks this list instead of listing the release again.
      const existing = await listAssets(this.gh, release.id);
      for (const asset of group) {
        const data = await readRange(asset.blob.path, asset.offset, asset.size);
        if (asset.name === asset.blob.sha256 && sha256(data) !== asset.blob.sha256) {
          throw new UserError(`${asset.blob.path} changed while it was being versioned: push again`);
        }
        await uploadReleaseAsset(this.gh, release, { name: asset.name, data, existing });
        uploadedBytes += asset.size;
        const placement = objects[asset.blob.sha256] ?? { location: tag };
        if (asset.name !== asset.blob.sha256) {
          placement.parts = [...(placement.parts ?? []), { name: asset.name, sha256: sha256(data), size: asset.size }];
        }
        objects[asset.blob.sha256] = placement;
      }
      await publishRelease(this.gh, release);
      this.logger.info(`Release ${tag}: ${group.length} asset(s) uploaded and published.`);
    }
    const ref: StorageRef = { backend: 'release', location: `${this.gh.owner}/${this.gh.repo}`, objects };
    return { uploaded: missing.length, uploadedBytes, ref };
  }

  private async assetsOf(tag: string): Promise<{ release: ReleaseInfo; assets: AssetInfo[] }> {
    const cached = this.assetCache.get(tag);
    if (cached) return cached;
    const { data: release } = await this.gh.octokit.rest.repos
      .getReleaseByTag({ owner: this.gh.owner, repo: this.gh.repo, tag })
      .catch((error: unknown) => {
        throw new UserError(`release ${tag} that holds the dataset's blobs was not found (was it deleted?)`, {
          cause: error,
        });
      });
    const entry = { release, assets: await this.assetsIn(release) };
    this.assetCache.set(tag, entry);
    return entry;
  }

  async fetchTo(ref: StorageRef, blobSha: string, size: number, dest: string): Promise<void> {
    if (blobSha === EMPTY_SHA256) {
      await writeFile(dest, '');
      return;
    }
    const parsed = objectsSchema.safeParse(ref.objects ?? {});
    if (!parsed.success) {
      throw new UserError('the version record has an unreadable storage.objects map; it was not written by Cairn');
    }
    const placement = parsed.data[blobSha] ?? (await this.inventory()).get(blobSha);
    if (!placement) {
      throw new UserError(`blob ${blobSha} (${size} bytes) is in no Cairn data release of ${ref.location}`);
    }
    const { assets } = await this.assetsOf(placement.location);
    const wanted = placement.parts ?? [{ name: blobSha, sha256: blobSha, size }];
    const file = await open(dest, 'w');
    try {
      for (const part of wanted) {
        const asset = assets.find((a) => a.name === part.name);
        if (!asset) throw new UserError(`asset ${part.name} is missing from release ${placement.location}`);
        const bytes = await downloadReleaseAsset(this.gh, asset, part.sha256);
        await file.write(bytes);
      }
    } finally {
      await file.close();
    }
  }
}

/** Reads `size` bytes at `offset` of a file. */
async function readRange(path: string, offset: number, size: number): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new UserError(`${path}: cannot open the file to upload it (${(error as Error).message})`, { cause: error });
  });
  try {
    const buffer = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(buffer, done, size - done, offset + done);
      if (bytesRead === 0) throw new SystemError(`${path} became shorter while it was being uploaded: push again`);
      done += bytesRead;
    }
    return buffer;
  } finally {
    await handle.close();
  }
}
