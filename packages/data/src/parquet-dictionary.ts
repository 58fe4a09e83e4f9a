/**
 * Cutting a batch's DictionaryColumn out of a coded row-group column. The group's `dict` may hold
 * a value more than once (a chunk with two dictionary pages, or PLAIN pages after the writer gave
 * up on its dictionary), so each group code met in the batch is mapped once, through a Map by
 * text (skipped when the group knows its dict has no repeats), to a batch code: the batch's
 * dictionary then holds each value it uses exactly once, and nothing it does not use.
 */
import type { CodedGroup } from './parquet-columns.ts';

export interface CodedBatch {
  codes: Int32Array;
  dictionary: string[];
  nulls: number;
}

/**
 * Rows [start, end) of `group` as batch codes. Undefined when a value is not text (a value column
 * of another kind), in which case the caller returns one value per row instead.
 */
export function codedDictionary(group: CodedGroup, start: number, end: number): CodedBatch | undefined {
  const { codes: groupCodes, dict } = group;
  let remap = group.remap;
  if (remap === undefined || remap.length < dict.length) {
    remap = new Int32Array(dict.length).fill(-1);
    group.remap = remap;
  }
  const codes = new Int32Array(end - start);
  const dictionary: string[] = [];
  const byText = new Map<string, number>();
  // Group codes given a batch code, to clear `remap` for the next batch.
  const used: number[] = [];
  let nulls = 0;
  let text = true;
  for (let r = start; r < end; r++) {
    const code = groupCodes[r]!;
    if (code < 0) {
      codes[r - start] = -1;
      nulls++;
      continue;
    }
    let mapped = remap[code]!;
    if (mapped < 0) {
      const value = dict[code];
      if (typeof value !== 'string') {
        text = false;
        break;
      }
      if (group.unique) mapped = dictionary.push(value) - 1;
      else {
        mapped = byText.get(value) ?? -1;
        if (mapped < 0) {
          mapped = dictionary.push(value) - 1;
          byText.set(value, mapped);
        }
      }
      remap[code] = mapped;
      used.push(code);
    }
    codes[r - start] = mapped;
  }
  for (const code of used) remap[code] = -1;
  return text ? { codes, dictionary, nulls } : undefined;
}

/** Distinct texts after which a row group stops interning unless 1 lookup in 9 found a repeat. */
const INTERN_PROBE = 8192;

/**
 * The code in the group's `dict` of a text from a non-dictionary page, each distinct text added
 * once per row group. Mostly distinct text (ids, free text) would only grow a Map as large as
 * the row group, so after INTERN_PROBE distinct texts with few repeats every text is just added
 * (batches are deduplicated when they are cut anyway).
 */
export function internText(group: CodedGroup, text: string): number {
  const seen = group.seen;
  if (seen === null) return group.dict.push(text) - 1;
  const map = seen ?? new Map<string, number>();
  if (seen === undefined) {
    group.seen = map;
    // Values already in `dict` (a dictionary page) are not in the Map: text may now repeat them.
    if (group.dict.length > 0) group.unique = false;
  }
  const code = map.get(text);
  if (code !== undefined) {
    group.seenHits++;
    return code;
  }
  const added = group.dict.push(text) - 1;
  map.set(text, added);
  if (map.size >= INTERN_PROBE && group.seenHits < INTERN_PROBE / 8) {
    group.seen = null;
    group.unique = false;
  }
  return added;
}
