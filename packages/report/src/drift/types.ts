/**
 * What the drift reports render: the documented JSON report (the shape @cairn/stats and
 * @cairn/drift produce), sources, histograms and the trend, as plain values.
 */
export interface DriftColumnView {
  name: string;
  type: string;
  method: string | null;
  statistic: number | null;
  score: number | null;
  threshold: number | null;
  drift: boolean;
  reference: { count: number; nulls: number };
  current: { count: number; nulls: number };
  skipped: string | null;
  note?: string;
  approximate?: boolean;
  /** From a reference profile: the interval the exact statistic is guaranteed to lie in. */
  bounds?: { statistic: [number, number] } | null;
  nullShare?: { reference: number; current: number; pValue: number; drift: boolean };
}

/** "exact score between lo and hi" for an approximate score with known bounds, or undefined. */
export function boundsNote(c: DriftColumnView): string | undefined {
  if (!c.approximate || !c.bounds) return undefined;
  const [lo, hi] = c.bounds.statistic;
  const f = (v: number) => (Math.abs(v) >= 1e-3 || v === 0 ? v.toPrecision(4) : v.toExponential(2));
  return `exact ${c.statistic === c.score ? 'score' : 'statistic'} between ${f(lo)} and ${f(hi)}`;
}

export interface DriftReportView {
  dataset: { columns: number; drifted: number; share: number; threshold: number; drift: boolean };
  columns: DriftColumnView[];
}

export interface HistogramView {
  kind: 'numeric' | 'categorical';
  labels: string[];
  reference: number[];
  current: number[];
}

export interface DriftSourceView {
  label: string;
  rows: number;
  mode: 'data' | 'profile';
}

export interface DriftTrendPoint {
  at: string;
  share: number;
  drift: boolean;
}

export interface DriftReportInput {
  /** The dataset the check is about (title, issue, sticky comment name). */
  dataset: string;
  report: DriftReportView;
  reference: DriftSourceView;
  current: DriftSourceView;
  histograms?: Readonly<Record<string, HistogramView>>;
  /** Earlier checks' shares, oldest first, this one last. */
  trend?: readonly DriftTrendPoint[];
  /** Where the full (HTML) report is, when it was uploaded or written. */
  reportLink?: { url?: string; note: string };
  generatedAt?: string;
}

/** Columns ordered most drifted first: drifted, then tested by how far past the threshold, then skipped. */
export function mostDriftedFirst(columns: readonly DriftColumnView[]): DriftColumnView[] {
  const severity = (c: DriftColumnView): number => {
    if (c.skipped !== null || c.score === null || c.threshold === null) return Number.NEGATIVE_INFINITY;
    const isP = c.method === 'ks' || c.method === 'chisquare' || c.method === 'z';
    // p-values: smaller is worse; distances: larger is worse. Compare on a log ratio to the threshold.
    const t = Math.max(c.threshold, 1e-300);
    const s = Math.max(Math.abs(c.score), 1e-300);
    return isP ? Math.log(t / s) : Math.log(s / t);
  };
  return [...columns].sort(
    (a, b) => Number(b.drift) - Number(a.drift) || severity(b) - severity(a) || (a.name < b.name ? -1 : 1),
  );
}
