/**
 * Two kinds of failure, kept apart so that entry points can say the right thing:
 * - UserError: bad input or bad data. The message says what is wrong and how to fix it;
 *   no stack trace is shown.
 * - SystemError: network, git, the file system. Wraps the underlying error as `cause`.
 * A CheckFailedError is the expected "red" outcome of a check (gates, validation, drift):
 * the CLI exits 1 on it, 2 on a UserError.
 */
export class CairnError extends Error {
  override readonly name: string = 'CairnError';
}

export class UserError extends CairnError {
  override readonly name = 'UserError';
}

export class SystemError extends CairnError {
  override readonly name = 'SystemError';
}

export class CheckFailedError extends CairnError {
  override readonly name = 'CheckFailedError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Message of any thrown value, with causes appended ("a: b: c"), secrets removed. */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) {
      if (current.message && !parts.includes(current.message)) parts.push(current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return redact(parts.join(': '), secrets);
}

/** Replaces every occurrence of each secret (and its base64 forms used in auth headers) with ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    const forms = [
      secret,
      Buffer.from(secret).toString('base64'),
      Buffer.from(`x-access-token:${secret}`).toString('base64'),
    ];
    for (const form of forms) out = out.split(form).join('***');
  }
  return out;
}
