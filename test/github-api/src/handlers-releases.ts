/** Releases and release assets (uploads arrive through the uploads prefix). */
import { byNewest, type Handler, releaseAt, str } from './handler-common.ts';
import { notFound, validationFailed } from './http-error.ts';
import { now } from './objects.ts';
import { renderAsset, renderRelease } from './render.ts';

export const releaseHandlers: Record<string, Handler> = {
  'repos/list-releases': (ctx) => {
    const list = ctx.state.releases
      .filter((r) => ctx.canPush || !r.draft)
      .sort(byNewest)
      .map((r) => renderRelease(ctx.site, ctx.state, r));
    return { status: 200, list };
  },
  'repos/create-release': (ctx) => {
    const tag = String(ctx.body.tag_name);
    const draft = ctx.body.draft === true;
    // GitHub refuses a second published release for a tag; drafts may share a tag.
    if (!draft && ctx.state.releases.some((r) => r.tag === tag && !r.draft)) {
      throw validationFailed('Release', 'tag_name', 'already_exists');
    }
    const release = {
      id: ctx.state.id(),
      tag,
      name: str(ctx.body.name) ?? null,
      body: str(ctx.body.body) ?? null,
      draft,
      prerelease: ctx.body.prerelease === true,
      target: str(ctx.body.target_commitish) ?? 'main',
      author: ctx.login,
      createdAt: now(),
      publishedAt: draft ? null : now(),
    };
    ctx.state.releases.push(release);
    return { status: 201, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/get-release': (ctx) => ({ status: 200, body: renderRelease(ctx.site, ctx.state, releaseAt(ctx)) }),
  'repos/get-release-by-tag': (ctx) => {
    const release = ctx.state.releases.find((r) => r.tag === String(ctx.params.tag) && !r.draft);
    if (!release) throw notFound();
    return { status: 200, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/update-release': (ctx) => {
    const release = releaseAt(ctx);
    const b = ctx.body;
    if (typeof b.tag_name === 'string') release.tag = b.tag_name;
    if (b.name !== undefined) release.name = str(b.name) ?? null;
    if (b.body !== undefined) release.body = str(b.body) ?? null;
    if (typeof b.prerelease === 'boolean') release.prerelease = b.prerelease;
    if (b.draft === false && release.draft) {
      if (ctx.state.releases.some((r) => r.tag === release.tag && !r.draft)) {
        throw validationFailed('Release', 'tag_name', 'already_exists');
      }
      release.draft = false;
      release.publishedAt = now();
    }
    return { status: 200, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/list-release-assets': (ctx) => {
    const release = releaseAt(ctx);
    const list = ctx.state.assets
      .filter((a) => a.releaseId === release.id)
      .map((a) => renderAsset(ctx.site, ctx.state, a));
    return { status: 200, list };
  },
  'repos/upload-release-asset': (ctx) => {
    const release = releaseAt(ctx);
    const name = String(ctx.query.name);
    if (ctx.state.assets.some((a) => a.releaseId === release.id && a.name === name)) {
      throw validationFailed('ReleaseAsset', 'name', 'already_exists');
    }
    const t = now();
    const asset = {
      id: ctx.state.id(),
      releaseId: release.id,
      name,
      label: str(ctx.query.label) ?? null,
      contentType: ctx.contentType || 'application/octet-stream',
      data: ctx.raw,
      state: 'uploaded' as const,
      uploader: ctx.login,
      createdAt: t,
      updatedAt: t,
    };
    ctx.state.assets.push(asset);
    return { status: 201, body: renderAsset(ctx.site, ctx.state, asset) };
  },
  'repos/get-release-asset': (ctx) => {
    const asset = ctx.state.assets.find((a) => a.id === Number(ctx.params.asset_id));
    if (!asset) throw notFound();
    const release = ctx.state.releases.find((r) => r.id === asset.releaseId);
    if (release?.draft && !ctx.canPush) throw notFound();
    if (ctx.accept.includes('application/octet-stream')) {
      // GitHub redirects to a signed storage URL; here the storage lives under /storage on this server.
      return { status: 302, headers: { location: `${ctx.site.origin}/storage/assets/${asset.id}` } };
    }
    return { status: 200, body: renderAsset(ctx.site, ctx.state, asset) };
  },
  'repos/delete-release-asset': (ctx) => {
    const index = ctx.state.assets.findIndex((a) => a.id === Number(ctx.params.asset_id));
    if (index < 0) throw notFound();
    ctx.state.assets.splice(index, 1);
    return { status: 204 };
  },
};
