import { UserError } from '@cairn/core';

export interface Identity {
  name: string;
  email: string;
}

/** "Name <email>" as used for git authors. */
export function parseIdentity(text: string): Identity {
  const match = /^\s*([^<>\n]+?)\s*<([^<>\n]*)>\s*$/.exec(text);
  if (!match?.[1] || match[2] === undefined) {
    throw new UserError(`invalid author ${JSON.stringify(text)}: use "Name <email>"`);
  }
  return { name: match[1], email: match[2] };
}

/** The bytes of a commit object (author and committer are the same identity, time now, UTC). */
export function buildCommit(
  tree: string,
  parent: string | undefined,
  who: Identity,
  message: string,
  now: number = Date.now(),
): Buffer {
  const stamp = `${who.name} <${who.email}> ${Math.floor(now / 1000)} +0000`;
  const lines = [`tree ${tree}`];
  if (parent) lines.push(`parent ${parent}`);
  lines.push(`author ${stamp}`, `committer ${stamp}`, '', message.trim(), '');
  return Buffer.from(lines.join('\n'), 'utf8');
}
