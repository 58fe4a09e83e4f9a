/**
 * Dates and timestamps of the Parquet reader, held as epoch milliseconds in a Float64Array, turned
 * into ISO 8601 text: the same text as `Date.toISOString()` (without the `Z` for timestamps not
 * adjusted to UTC, only the day for dates). Years 0-9999 are formatted from integer arithmetic
 * into one flat string (no Date object, no sliced strings); others use Date.
 */
import type { NumbersGroup, ParquetColumnPlan } from './parquet-columns.ts';
import type { CellValue } from './types.ts';

/** One ISO text per row for rows [start, end) of a date or timestamp group column (default output). */
export function isoTexts(plan: ParquetColumnPlan, group: NumbersGroup, start: number, end: number): CellValue[] {
  const values: CellValue[] = new Array(end - start);
  const length = isoLength(plan);
  // Instants repeat in runs (sorted data): one string per run. (A Map per batch dedupes more but
  // was measured to cost more memory than it saves.)
  let lastTime = Number.NaN;
  let lastText = '';
  for (let r = start; r < end; r++) {
    if (group.nullMask?.[r]) {
      values[r - start] = null;
      continue;
    }
    const time = group.numbers[r]!;
    if (time !== lastTime) {
      lastTime = time;
      lastText = formatInstant(time, length);
    }
    values[r - start] = lastText;
  }
  return values;
}

/** Length of the ISO text of a date (10), UTC timestamp (24, with `Z`) or local timestamp (23). */
export function isoLength(plan: ParquetColumnPlan): number {
  return plan.type === 'date' ? 10 : plan.utc ? 24 : 23;
}

const MS_PER_DAY = 86_400_000;
/** Years 0000-01-01 to 9999-12-31 in epoch milliseconds. */
const MIN_FAST = -62_167_219_200_000;
const MAX_FAST = 253_402_300_799_999;
/** Character codes of the text being built, one reused array per output length. */
const CODES: Record<number, number[]> = {
  10: new Array<number>(10).fill(48),
  23: new Array<number>(23).fill(48),
  24: new Array<number>(24).fill(48),
};

export function formatInstant(time: number, length: number): string {
  if (!(time >= MIN_FAST && time <= MAX_FAST) || !Number.isInteger(time)) {
    const iso = new Date(time).toISOString();
    return length === 10 ? iso.slice(0, 10) : length === 23 ? iso.slice(0, -1) : iso;
  }
  const codes = CODES[length]!;
  const days = Math.floor(time / MS_PER_DAY);
  let ms = time - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (Howard Hinnant, "chrono-Compatible Low-Level Date
  // Algorithms", days_from_civil inverse; proleptic Gregorian calendar, as Date uses).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  put(codes, 0, year, 4);
  codes[4] = 45; // -
  put(codes, 5, month, 2);
  codes[7] = 45;
  put(codes, 8, day, 2);
  if (length > 10) {
    const hours = Math.floor(ms / 3_600_000);
    ms -= hours * 3_600_000;
    const minutes = Math.floor(ms / 60_000);
    ms -= minutes * 60_000;
    const seconds = Math.floor(ms / 1000);
    ms -= seconds * 1000;
    codes[10] = 84; // T
    put(codes, 11, hours, 2);
    codes[13] = 58; // :
    put(codes, 14, minutes, 2);
    codes[16] = 58;
    put(codes, 17, seconds, 2);
    codes[19] = 46; // .
    put(codes, 20, ms, 3);
    if (length === 24) codes[23] = 90; // Z
  }
  return String.fromCharCode.apply(null, codes);
}

function put(codes: number[], at: number, value: number, width: number): void {
  for (let i = at + width - 1; i >= at; i--) {
    codes[i] = 48 + (value % 10);
    value = Math.floor(value / 10);
  }
}

/**
 * Rows [start, end) as codes into the batch's distinct instants, each formatted once: a run of
 * equal instants (sorted data) costs one comparison per row, other repeats one Map lookup.
 */
export function instantDictionary(
  plan: ParquetColumnPlan,
  group: NumbersGroup,
  start: number,
  end: number,
): { codes: Int32Array; dictionary: string[] } {
  const codes = new Int32Array(end - start);
  const index = new InstantIndex(isoLength(plan));
  const { numbers, nullMask } = group;
  let lastTime = Number.NaN;
  let lastCode = -1;
  for (let r = start; r < end; r++) {
    if (nullMask !== undefined && nullMask[r] === 1) {
      codes[r - start] = -1;
      continue;
    }
    const time = numbers[r]!;
    if (time !== lastTime) {
      lastTime = time;
      lastCode = index.code(time);
    }
    codes[r - start] = lastCode;
  }
  return { codes, dictionary: index.dictionary };
}

/**
 * Distinct instants of one batch and their ISO texts. While instants only grow (sorted data) each
 * new one is new to the batch and no lookup is needed; the first one that goes back builds the
 * index. Whole seconds (most data) are looked up as small integers, which V8 hashes much faster
 * than other doubles; other instants by their value.
 */
class InstantIndex {
  readonly dictionary: string[] = [];
  readonly #length: number;
  /** The instant of each code, while no index is built. */
  readonly #times: number[] = [];
  #latest = Number.NEGATIVE_INFINITY;
  #bySecond: Map<number, number> | undefined;
  readonly #byTime = new Map<number, number>();

  constructor(length: number) {
    this.#length = length;
  }

  code(time: number): number {
    if (this.#bySecond === undefined) {
      if (time > this.#latest) {
        this.#latest = time;
        this.#times.push(time);
        return this.dictionary.push(formatInstant(time, this.#length)) - 1;
      }
      this.#bySecond = new Map();
      for (const [code, earlier] of this.#times.entries()) this.#remember(earlier, code);
    }
    const seconds = time / 1000;
    let code = (seconds | 0) === seconds ? this.#bySecond.get(seconds) : this.#byTime.get(time);
    if (code === undefined) {
      code = this.dictionary.push(formatInstant(time, this.#length)) - 1;
      this.#remember(time, code);
    }
    return code;
  }

  #remember(time: number, code: number): void {
    const seconds = time / 1000;
    if ((seconds | 0) === seconds) this.#bySecond!.set(seconds, code);
    else this.#byTime.set(time, code);
  }
}
