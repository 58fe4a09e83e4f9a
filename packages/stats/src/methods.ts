/**
 * Column types, drift methods, their default thresholds and Evidently's default test choice
 * (evidently 0.7 legacy `get_default_stattest`, `infer_column_type`; see docs/adr/0003).
 */
import { UserError } from '@cairn/core';

export type ColumnType = 'numeric' | 'categorical' | 'text' | 'datetime';

export const DRIFT_METHODS = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'jensenshannon',
  'psi',
  'kl',
  'hellinger',
  'energy',
] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/** How a score is compared with its threshold to call drift. */
export type DriftRule = 'p<=' | 'p<' | 'score>=';

export const METHOD_INFO: Readonly<
  Record<DriftMethod, { rule: DriftRule; threshold: number; numeric: boolean; categorical: boolean; label: string }>
> = {
  ks: { rule: 'p<=', threshold: 0.05, numeric: true, categorical: false, label: 'K-S p-value' },
  chisquare: { rule: 'p<', threshold: 0.05, numeric: true, categorical: true, label: 'chi-square p-value' },
  z: { rule: 'p<', threshold: 0.05, numeric: true, categorical: true, label: 'Z-test p-value' },
  wasserstein: {
    rule: 'score>=',
    threshold: 0.1,
    numeric: true,
    categorical: false,
    label: 'Wasserstein distance (normed)',
  },
  jensenshannon: {
    rule: 'score>=',
    threshold: 0.1,
    numeric: true,
    categorical: true,
    label: 'Jensen-Shannon distance',
  },
  psi: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'PSI' },
  kl: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'Kullback-Leibler divergence' },
  hellinger: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'Hellinger distance' },
  energy: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: false, label: 'energy distance' },
};

export function isDriftMethod(value: string): value is DriftMethod {
  return (DRIFT_METHODS as readonly string[]).includes(value);
}

/** Whether `score` means drift for `method` at `threshold` (NaN never drifts). */
export function isDrift(method: DriftMethod, score: number, threshold: number): boolean {
  const rule = METHOD_INFO[method].rule;
  if (rule === 'p<=') return score <= threshold;
  if (rule === 'p<') return score < threshold;
  return score >= threshold;
}

/**
 * Evidently's default test for a column: by reference size (after cleaning) and the number of
 * distinct values in reference union current.
 */
export function defaultMethod(type: 'numeric' | 'categorical', nRef: number, nUnique: number): DriftMethod {
  if (nRef <= 1000) {
    if (type === 'numeric') {
      if (nUnique > 5) return 'ks';
      return nUnique > 2 ? 'chisquare' : 'z';
    }
    return nUnique > 2 ? 'chisquare' : 'z';
  }
  if (type === 'numeric' && nUnique > 5) return 'wasserstein';
  return 'jensenshannon';
}

export type StorageKind = 'float' | 'int' | 'string' | 'bool' | 'datetime';

/**
 * Evidently 0.7 `infer_column_type`, from the storage kind the values were read as:
 * float -> numeric; int -> categorical when <= 10 distinct values, else numeric;
 * string -> text when distinct > 0.5 * non-null count, else categorical; bool -> categorical;
 * datetime -> datetime.
 */
export function inferColumnType(kind: StorageKind, distinct: number, nonNull: number): ColumnType {
  switch (kind) {
    case 'float':
      return 'numeric';
    case 'int':
      return distinct <= 10 ? 'categorical' : 'numeric';
    case 'string':
      return distinct > 0.5 * nonNull ? 'text' : 'categorical';
    case 'bool':
      return 'categorical';
    case 'datetime':
      return 'datetime';
    default:
      throw new UserError(`unknown storage kind "${String(kind)}": expected float, int, string, bool or datetime.`);
  }
}
