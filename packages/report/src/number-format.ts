/**
 * Numbers for people: 5 significant digits as `dvc metrics diff` prints them, signed changes,
 * percentages, and readable forms for huge, tiny and non-finite values.
 */

/** 5 significant digits, trailing zeros dropped; exponent form outside 1e-4..1e9. */
export function formatNumber(value: number, digits = 5): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value === 0) return '0';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e9 || abs < 1e-4) {
    const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
  }
  return String(Number(value.toPrecision(digits)));
}

/**
 * A whole count with comma thousands separators (1,234,567), as toLocaleString('en') writes it,
 * without loading ICU's locale data (tens of milliseconds at an action's start).
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3)
    out = `${digits.slice(Math.max(0, end - 3), end)}${out ? `,${out}` : ''}`;
  return value < 0 ? `-${out}` : out;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A change with its sign: +0.012, -3, 0. */
export function formatSigned(value: number, digits = 5): string {
  const text = formatNumber(value, digits);
  return value > 0 ? `+${text}` : text;
}

/** A relative change as a signed percentage with 3 significant digits: +1.23%. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return Number.isNaN(ratio) ? 'NaN' : ratio > 0 ? '+∞%' : '-∞%';
  const pct = ratio * 100;
  if (pct === 0) return '0%';
  const text = Math.abs(pct) >= 1000 ? pct.toFixed(0) : trimZeros(pct.toPrecision(3));
  return `${pct > 0 ? '+' : ''}${text}%`;
}

/** Any metric value: numbers formatted, null as "—" (missing or NaN), strings as given. */
export function formatValue(value: number | string | null | undefined): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'number' ? formatNumber(value) : value;
}
