/**
 * The action's inputs, read once into one typed object; every rule is checked before any work and
 * every message names the input and the fix.
 */

import { parseStorageSpec, parseVersionSelector, type StorageSpec } from '@cairn/blobs';
import { aliasSchema, NAME_PATTERN, UserError } from '@cairn/core';
import { runner as core } from '@cairn/github';

export interface VersionDataInputs {
  mode: 'push' | 'pull';
  name: string;
  path: string;
  version: string;
  alias: string | undefined;
  storage: StorageSpec;
  comment: 'auto' | 'never';
  profile: boolean;
  token: string;
  metadataBranch: string;
  metadataRemote: string;
}

export function parseInputs(): VersionDataInputs {
  const mode = core.getInput('mode') || 'push';
  if (mode !== 'push' && mode !== 'pull') throw new UserError(`input \`mode\` must be push or pull, not "${mode}"`);
  const name = core.getInput('name');
  if (!name) throw new UserError('input `name` is required: the dataset name, e.g. customers');
  if (!NAME_PATTERN.test(name)) {
    throw new UserError(
      `input \`name\`: "${name}" is not a valid dataset name; use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  }
  const path = core.getInput('path');
  if (!path) {
    throw new UserError(
      mode === 'push'
        ? 'input `path` is required: the file, directory or glob to version, e.g. data/'
        : 'input `path` is required: the directory to restore the version into',
    );
  }
  const alias = core.getInput('alias');
  if (alias) {
    const checked = aliasSchema.safeParse(alias);
    if (!checked.success) {
      throw new UserError(`input \`alias\`: "${alias}" ${checked.error.issues[0]?.message ?? 'is not a valid alias'}`);
    }
    if (mode === 'pull') throw new UserError('input `alias` is for push mode; to pull an alias, give it as `version`');
  }
  const version = core.getInput('version') || 'latest';
  try {
    parseVersionSelector(version);
  } catch (error) {
    throw new UserError(`input \`version\`: ${(error as Error).message}`);
  }
  let storage: StorageSpec;
  try {
    storage = parseStorageSpec(core.getInput('storage') || 'release');
  } catch (error) {
    throw new UserError(`input \`storage\`: ${(error as Error).message}`);
  }
  const comment = core.getInput('comment') || 'auto';
  if (comment !== 'auto' && comment !== 'never') {
    throw new UserError(`input \`comment\` must be auto or never, not "${comment}"`);
  }
  const profile = (core.getInput('profile') || 'true').toLowerCase();
  if (profile !== 'true' && profile !== 'false') {
    throw new UserError(`input \`profile\` must be true or false, not "${profile}"`);
  }
  const token = core.getInput('token');
  if (storage.backend === 'release' && !token) {
    throw new UserError(
      'input `token` is empty: storage `release` needs a token with contents: write (push) or read (pull)',
    );
  }
  return {
    mode,
    name,
    path,
    version,
    alias: alias || undefined,
    storage,
    comment,
    profile: profile === 'true',
    token,
    metadataBranch: core.getInput('metadata-branch') || 'mlops-metadata',
    metadataRemote: core.getInput('metadata-remote'),
  };
}
