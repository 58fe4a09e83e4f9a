import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Names of the actions: directories under actions/ that hold an action.yml, sorted. */
export function actionDirs(): string[] {
  const root = join(REPO_ROOT, 'actions');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** Checks that every name is an action, with a message listing the valid ones. */
export function resolveActionNames(names: readonly string[]): string[] {
  const all = actionDirs();
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) throw new Error(`unknown action(s) ${unknown.join(', ')}; actions are ${all.join(', ')}`);
  return names.length > 0 ? [...names] : all;
}
