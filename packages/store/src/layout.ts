import { idSuffix, isId, NAME_PATTERN, UserError } from '@cairn/core';

/**
 * Where every record lives on the metadata branch. Directories stay small whatever the number
 * of records (a tree with 100k entries would make every write push megabytes): runs and drift
 * summaries fan out by the hex characters of their id's suffix, everything else is bounded by
 * nature (versions of one dataset or model, deployments to one environment: hundreds).
 *
 *   cairn.json                                          {"format": 1}
 *   runs/<experiment>/<h0>/<h1>/<h2>/<h3>/<id>.json
 *   index/runs/<experiment>/<encoded ref>.json          {latest, recent}: newest first
 *   index/runs/<experiment>/@all.json                   the same over every ref
 *   datasets/<name>/versions/<v>.json, <v>.profile.json, datasets/<name>/index.json
 *   models/<name>/versions/<n>.json, aliases.json, index.json, keys/<key hash>.json,
 *   models/<name>/alias-history/<alias>/<seq>.json
 *   deployments/<environment>/<seq>.json, deployments/<environment>/index.json
 *   drift/<dataset>/<h0>/<h1>/<id>.json, index/drift/<dataset>.json
 */
export const STORE_FORMAT = 1;
export const FORMAT_FILE = 'cairn.json';
export const RUN_FANOUT_LEVELS = 4;
export const DRIFT_FANOUT_LEVELS = 2;
/** Index of every ref; "@" is always percent-encoded by encodeRef, so no ref can collide with it. */
export const ALL_REFS = '@all';

export function checkName(kind: string, name: string): string {
  if (!NAME_PATTERN.test(name)) {
    throw new UserError(
      `invalid ${kind} name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  }
  return name;
}

export function checkId(id: string): string {
  if (!isId(id)) {
    throw new UserError(`invalid record id ${JSON.stringify(id)}: expected 26 characters as made by newId()`);
  }
  return id;
}

/**
 * A git ref as one file name, reversibly: letters, digits, "_" and "-" are kept, "." too except
 * in first place; every other byte of its UTF-8 form becomes %XX (so "/" is %2F).
 */
export function encodeRef(ref: string): string {
  if (ref.length === 0) throw new UserError('a git ref may not be empty');
  let out = '';
  for (const byte of Buffer.from(ref, 'utf8')) {
    const ch = String.fromCharCode(byte);
    const keep = /[A-Za-z0-9_-]/.test(ch) || (ch === '.' && out.length > 0);
    out += keep ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function decodeRef(encoded: string): string {
  return decodeURIComponent(encoded);
}

/** The fan-out directories for an id: one hex character of its suffix per level. */
export function fanout(id: string, levels: number): string[] {
  return idSuffix(id).slice(0, levels).split('');
}

export function runDir(experiment: string): string {
  return `runs/${checkName('experiment', experiment)}`;
}

export function runLeafDir(experiment: string, id: string): string {
  return `${runDir(experiment)}/${fanout(checkId(id), RUN_FANOUT_LEVELS).join('/')}`;
}

export function runPath(experiment: string, id: string): string {
  return `${runLeafDir(experiment, id)}/${id}.json`;
}

export function runIndexPath(experiment: string, ref: string | typeof ALL_REFS): string {
  const file = ref === ALL_REFS ? ALL_REFS : encodeRef(ref);
  return `index/runs/${checkName('experiment', experiment)}/${file}.json`;
}

export function datasetDir(name: string): string {
  return `datasets/${checkName('dataset', name)}`;
}

export function datasetVersionPath(name: string, version: number): string {
  return `${datasetDir(name)}/versions/${version}.json`;
}

export function datasetProfilePath(name: string, version: number): string {
  return `${datasetDir(name)}/versions/${version}.profile.json`;
}

export function modelDir(name: string): string {
  return `models/${checkName('model', name)}`;
}

export function modelVersionPath(name: string, version: number): string {
  return `${modelDir(name)}/versions/${version}.json`;
}

export function aliasMovePath(model: string, alias: string, seq: number): string {
  return `${modelDir(model)}/alias-history/${alias}/${seq}.json`;
}

export function deploymentDir(environment: string): string {
  return `deployments/${checkName('environment', environment)}`;
}

export function deploymentPath(environment: string, seq: number): string {
  return `${deploymentDir(environment)}/${seq}.json`;
}

export function driftPath(dataset: string, id: string): string {
  return `drift/${checkName('dataset', dataset)}/${fanout(checkId(id), DRIFT_FANOUT_LEVELS).join('/')}/${id}.json`;
}

export function driftIndexPath(dataset: string): string {
  return `index/drift/${checkName('dataset', dataset)}.json`;
}

/** Numbered files ("7.json") in a directory listing, ascending. */
export function numberedFiles(names: readonly string[]): number[] {
  const out: number[] = [];
  for (const name of names) {
    const match = /^([1-9]\d*)\.json$/.exec(name);
    if (match?.[1]) out.push(Number(match[1]));
  }
  return out.sort((a, b) => a - b);
}
