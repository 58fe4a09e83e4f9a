import type { ValueKind } from './types.ts';

/**
 * Type inference for single values, working on UTF-8 bytes so that CSV fields are classified
 * (and numbers parsed) without creating a string per field.
 *
 * Rules (documented in docs/adr/0004-data-readers.md):
 * - integer: `[+-]?digits`; number: decimal and/or exponent, or inf/infinity. A number written
 *   with leading zeros (`00501`, `-007`, `00.5`) is a string: codes keep their zeros.
 * - boolean: true/false in lower, Title or UPPER case (pandas' default true/false values).
 * - date: `YYYY-MM-DD`; datetime: date, `T` or space, `HH:MM[:SS[.fraction]]`, optional `Z` or
 *   `±HH:MM`/`±HHMM`. Other date spellings are strings (day/month order is ambiguous).
 */

/** Kind codes used in hot loops; K_LEADING_ZERO is a string that pandas would read as a number. */
export const K_NULL = 0;
export const K_INTEGER = 1;
export const K_NUMBER = 2;
export const K_BOOLEAN = 3;
export const K_DATE = 4;
export const K_DATETIME = 5;
export const K_STRING = 6;
export const K_LEADING_ZERO = 7;

export const KIND_NAMES: readonly ValueKind[] = ['null', 'integer', 'number', 'boolean', 'date', 'datetime', 'string'];

/**
 * pandas' default NA spellings for read_csv (pandas docs, `read_csv` `na_values`: "By default
 * the following values are interpreted as NaN"), so that nulls match what Evidently users see.
 */
export const DEFAULT_NULL_VALUES: readonly string[] = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
];

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const D0 = 48;
const D9 = 57;

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= D0 && b <= D9;
}

/** Matches null spellings against raw bytes; groups candidates by byte length. */
export class NullMatcher {
  readonly #byLength = new Map<number, Uint8Array[]>();
  readonly #strings: Set<string>;
  /**
   * 1 at (n << 8 | b) when some null spelling of n bytes (n < 64) starts with byte b: one lookup
   * rejects almost every field (digits, letters of other words) before any comparison.
   */
  readonly #starts = new Uint8Array(64 << 8);

  constructor(nullValues: readonly string[]) {
    this.#strings = new Set(nullValues);
    for (const value of this.#strings) {
      const bytes = Buffer.from(value, 'utf8');
      const list = this.#byLength.get(bytes.length) ?? [];
      list.push(bytes);
      this.#byLength.set(bytes.length, list);
      if (bytes.length < 64) this.#starts[(bytes.length << 8) | (bytes[0] ?? 0)] = 1;
    }
  }

  matchesBytes(buf: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (length < 64 && this.#starts[(length << 8) | (length === 0 ? 0 : buf[start]!)] === 0) return false;
    const candidates = this.#byLength.get(length);
    if (candidates === undefined) return false;
    outer: for (const candidate of candidates) {
      for (let i = 0; i < candidate.length; i++) if (candidate[i] !== buf[start + i]) continue outer;
      return true;
    }
    return false;
  }

  matchesText(text: string): boolean {
    return this.#strings.has(text);
  }
}

/** Classifies the bytes [start, end) of a text cell (nulls are checked by the caller). */
export function classifyBytes(buf: Uint8Array, start: number, end: number): number {
  if (end <= start) return K_STRING;
  const first = buf[start]!;
  if (isDigit(first) || first === PLUS || first === MINUS || first === DOT) {
    const numeric = classifyNumber(buf, start, end);
    if (numeric !== K_STRING) return numeric;
    if (end - start >= 10 && isDigit(first)) return classifyDate(buf, start, end);
    return K_STRING;
  }
  const length = end - start;
  if (length === 4 || length === 5) return classifyBoolean(buf, start, end);
  if (length === 3 || length === 8) return isInfinity(buf, start, end) ? K_NUMBER : K_STRING;
  return K_STRING;
}

function classifyNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  const sign = buf[i];
  if (sign === PLUS || sign === MINUS) {
    i++;
    if (i < end && buf[i] !== DOT && !isDigit(buf[i])) return isInfinity(buf, i, end) ? K_NUMBER : K_STRING;
  }
  const intStart = i;
  while (i < end && isDigit(buf[i])) i++;
  const intDigits = i - intStart;
  let fracDigits = 0;
  let decimal = false;
  if (i < end && buf[i] === DOT) {
    decimal = true;
    i++;
    const fracStart = i;
    while (i < end && isDigit(buf[i])) i++;
    fracDigits = i - fracStart;
  }
  if (intDigits + fracDigits === 0) return K_STRING;
  if (i < end && (buf[i] === 101 || buf[i] === 69)) {
    decimal = true;
    i++;
    if (buf[i] === PLUS || buf[i] === MINUS) i++;
    const expStart = i;
    while (i < end && isDigit(buf[i])) i++;
    if (i === expStart) return K_STRING;
  }
  if (i !== end) return K_STRING;
  if (intDigits > 1 && buf[intStart] === D0) return K_LEADING_ZERO;
  return decimal ? K_NUMBER : K_INTEGER;
}

const TRUE_SPELLINGS = ['true', 'True', 'TRUE'].map((s) => Buffer.from(s));
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'].map((s) => Buffer.from(s));

function equalsAt(buf: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[start + i] !== word[i]) return false;
  return true;
}

function classifyBoolean(buf: Uint8Array, start: number, end: number): number {
  for (const word of TRUE_SPELLINGS) if (equalsAt(buf, start, end, word)) return K_BOOLEAN;
  for (const word of FALSE_SPELLINGS) if (equalsAt(buf, start, end, word)) return K_BOOLEAN;
  return K_STRING;
}

/** `inf` or `infinity`, any case (what pandas' float parser accepts). */
function isInfinity(buf: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 3 && length !== 8) return false;
  const word = 'infinity';
  for (let i = 0; i < length; i++) if ((buf[start + i]! | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

function digitsAt(buf: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const b = buf[at + i];
    if (!isDigit(b)) return -1;
    value = value * 10 + (b! - D0);
  }
  return value;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(buf: Uint8Array, start: number): boolean {
  const year = digitsAt(buf, start, 4);
  const month = digitsAt(buf, start + 5, 2);
  const day = digitsAt(buf, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || buf[start + 4] !== MINUS || buf[start + 7] !== MINUS) {
    return false;
  }
  if (day > DAYS_IN_MONTH[month - 1]!) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return !(month === 2 && day === 29 && !leap);
}

function classifyDate(buf: Uint8Array, start: number, end: number): number {
  if (!validDate(buf, start)) return K_STRING;
  if (end - start === 10) return K_DATE;
  let i = start + 10;
  const sep = buf[i];
  if (sep !== 84 && sep !== 32) return K_STRING; // 'T' or ' '
  i++;
  const hour = digitsAt(buf, i, 2);
  const minute = digitsAt(buf, i + 3, 2);
  if (hour < 0 || hour > 23 || buf[i + 2] !== 58 || minute < 0 || minute > 59) return K_STRING;
  i += 5;
  // Every look at buf[i] checks i < end: the byte after a field belongs to something else.
  if (i < end && buf[i] === 58) {
    const second = digitsAt(buf, i + 1, 2);
    if (second < 0 || second > 60) return K_STRING;
    i += 3;
    if (i < end && (buf[i] === DOT || buf[i] === 44)) {
      i++;
      const fracStart = i;
      while (i < end && isDigit(buf[i])) i++;
      if (i === fracStart) return K_STRING;
    }
  }
  if (i === end) return K_DATETIME;
  if (buf[i] === 90 && i + 1 === end) return K_DATETIME; // 'Z'
  if (buf[i] === PLUS || buf[i] === MINUS) {
    const rest = end - i - 1;
    const hh = digitsAt(buf, i + 1, 2);
    if (rest === 5 && buf[i + 3] === 58 && hh >= 0 && hh <= 23 && digitsAt(buf, i + 4, 2) >= 0) return K_DATETIME;
    if (rest === 4 && hh >= 0 && hh <= 23 && digitsAt(buf, i + 3, 2) >= 0) return K_DATETIME;
    if (rest === 2 && hh >= 0 && hh <= 23) return K_DATETIME;
  }
  return K_STRING;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const POW10_22 = [...POW10, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Parses bytes already classified as integer or number. Fast path: at most 15 significant
 * digits and a decimal exponent within ±22, where mantissa and power of ten are exact doubles
 * and one IEEE multiply or divide rounds correctly (Clinger's fast path); otherwise Number().
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (buf[i] === MINUS) {
    negative = true;
    i++;
  } else if (buf[i] === PLUS) i++;
  if (i < end && !isDigit(buf[i]) && buf[i] !== DOT) return negative ? -Infinity : Infinity;
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (!isDigit(b)) break;
    if (digits > 0 || b !== D0) digits++;
    mantissa = mantissa * 10 + (b - D0);
  }
  if (buf[i] === DOT) {
    for (i++; i < end; i++) {
      const b = buf[i]!;
      if (!isDigit(b)) break;
      if (digits > 0 || b !== D0) digits++;
      mantissa = mantissa * 10 + (b - D0);
      exponent--;
    }
  }
  if (i < end) {
    i++;
    let expNegative = false;
    if (buf[i] === MINUS) {
      expNegative = true;
      i++;
    } else if (buf[i] === PLUS) i++;
    let exp = 0;
    for (; i < end && exp < 100_000; i++) exp = exp * 10 + (buf[i]! - D0);
    exponent += expNegative ? -exp : exp;
  }
  if (digits <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent >= 0 ? mantissa * POW10_22[exponent]! : mantissa / POW10_22[-exponent]!;
    return negative ? -value : value;
  }
  return Number(Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1'));
}

/**
 * One-pass fast path for the plain decimals most numeric CSV fields are (`-12`, `3.25`): an
 * optional minus, digits, an optional dot and digits, at most 15 digits in all, no leading zero
 * before another integer digit. Classifies and parses at once: writes the value to out[at] and
 * returns K_INTEGER or K_NUMBER (the same kind and the same double as classifyBytes +
 * parseNumberBytes, since a mantissa below 10^15 and a power of ten up to 10^15 are exact and one
 * division rounds correctly), or -1 when the field needs the general path (signs, exponents,
 * long mantissas, leading zeros, words).
 */
export function parsePlainNumber(buf: Uint8Array, start: number, end: number, out: Float64Array, at: number): number {
  let i = start;
  const negative = buf[i] === MINUS;
  if (negative) i++;
  const intStart = i;
  let mantissa = 0;
  while (i < end) {
    const d = buf[i]! - D0;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    i++;
  }
  const intDigits = i - intStart;
  if (intDigits > 1 && buf[intStart] === D0) return -1;
  if (i === end) {
    if (intDigits === 0 || intDigits > 15) return -1;
    out[at] = negative ? -mantissa : mantissa;
    return K_INTEGER;
  }
  if (buf[i] !== DOT) return -1;
  i++;
  const fracStart = i;
  while (i < end) {
    const d = buf[i]! - D0;
    if (d < 0 || d > 9) return -1;
    mantissa = mantissa * 10 + d;
    i++;
  }
  const fracDigits = i - fracStart;
  if (intDigits + fracDigits === 0 || intDigits + fracDigits > 15) return -1;
  const value = mantissa / POW10[fracDigits]!;
  out[at] = negative ? -value : value;
  return K_NUMBER;
}

const textBuffer = Buffer.alloc(64);

/**
 * Kind of a string that a typed source (JSON) holds: date, datetime, a leading-zero number, or
 * plain string. Numeric-looking JSON strings stay strings: JSON already says what they are.
 */
export function classifyJsonString(text: string): number {
  const first = text.charCodeAt(0);
  if (!(first >= D0 && first <= D9) && first !== PLUS && first !== MINUS && first !== DOT) return K_STRING;
  if (text.length > 40) return K_STRING;
  const length = textBuffer.write(text, 0, 'utf8');
  const kind = classifyBytes(textBuffer, 0, length);
  return kind === K_DATE || kind === K_DATETIME || kind === K_LEADING_ZERO ? kind : K_STRING;
}

/**
 * Kind of one CSV cell given as a string (same rules as the readers; null spellings are not
 * checked here). A leading-zero number such as `00501` is a `string`.
 */
export function kindOfText(text: string): ValueKind {
  const bytes = Buffer.from(text, 'utf8');
  const code = classifyBytes(bytes, 0, bytes.length);
  return code === K_LEADING_ZERO ? 'string' : KIND_NAMES[code]!;
}
