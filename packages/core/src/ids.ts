import { createHash, randomBytes } from 'node:crypto';

/**
 * Record ids: 10 characters of Crockford base32 milliseconds (sortable by creation time,
 * like a ULID's time part) followed by 16 hex characters of entropy. The entropy is random,
 * or derived from an idempotency key so that a re-run of the same job attempt finds the
 * record it wrote before (the store places records by this suffix).
 *
 * Example: 01JDX8Z4K0-3f9a1c0d2b7e4f60 (the dash is not part of the id; ids are 26 chars).
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}[0-9a-f]{16}$/;

export function encodeTime(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`invalid time ${ms}`);
  let value = ms;
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

export function decodeTime(id: string): number {
  let value = 0;
  for (const ch of id.slice(0, 10)) {
    const digit = CROCKFORD.indexOf(ch);
    if (digit < 0) throw new RangeError(`invalid id ${JSON.stringify(id)}`);
    value = value * 32 + digit;
  }
  return value;
}

/** The 16-hex-character suffix for an idempotency key. */
export function keySuffix(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function newId(options: { key?: string | undefined; now?: number } = {}): string {
  const time = encodeTime(options.now ?? Date.now());
  const suffix = options.key === undefined ? randomBytes(8).toString('hex') : keySuffix(options.key);
  return time + suffix;
}

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The entropy part of an id, which the store uses for fan-out directories. */
export function idSuffix(id: string): string {
  return id.slice(10);
}
