/**
 * Charts as mermaid `xychart-beta` blocks, which GitHub renders in comments and job summaries
 * (no image hosting). Labels are sanitised so they cannot end the string or the code fence.
 * Syntax: https://mermaid.js.org/syntax/xyChart.html (title, x-axis [categories], y-axis
 * "label" min --> max, line [values]).
 */
import { mermaidText } from './escape.ts';

export interface Series {
  /** Shown in the legend line under the chart (xychart-beta has no legend of its own). */
  name: string;
  /** One value per x category; null where the value is missing or not finite. */
  values: readonly (number | null)[];
}

export interface LineChart {
  title: string;
  xLabel?: string;
  categories: readonly string[];
  yLabel?: string;
  series: readonly Series[];
}

/** At most `max` evenly spaced indices of 0..n-1, always keeping the first and last. */
export function sampleIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const out = new Set<number>();
  for (let i = 0; i < max; i++) out.add(Math.round((i * (n - 1)) / (max - 1)));
  return [...out].sort((a, b) => a - b);
}

/**
 * A number as plain decimal digits, 6 significant: mermaid's xychart grammar reads
 * `[+-]?digits[.digits]` and has no exponent form (its jison NUMBER_WITH_DECIMAL token).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value) || value === 0) return '0';
  const rounded = Number(value.toPrecision(6));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1) {
    const [mantissa = '', exponent = '0'] = rounded.toExponential(5).split('e');
    const digits = mantissa.replace('-', '').replace('.', '');
    return `${rounded < 0 ? '-' : ''}${digits.padEnd(Number(exponent) + 1, '0')}`;
  }
  const decimals = Math.min(100, 5 - Math.floor(Math.log10(Math.abs(rounded))));
  return rounded.toFixed(decimals).replace(/\.?0+$/, '');
}

function num(value: number): string {
  return plainNumber(value);
}

/**
 * A fenced ```mermaid block, or undefined when no series has a finite value. xychart-beta cannot draw
 * gaps, so categories where every series is missing are left out, and a missing value among others is
 * drawn at the axis minimum.
 */
export function lineChart(input: LineChart): string | undefined {
  const isValue = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);
  const keep = input.categories.map((_, i) => input.series.some((s) => isValue(s.values[i])));
  const chart: LineChart = {
    ...input,
    categories: input.categories.filter((_, i) => keep[i]),
    series: input.series.map((s) => ({ ...s, values: s.values.filter((_, i) => keep[i]) })),
  };
  const finite = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0 || chart.categories.length === 0) return undefined;
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    min -= pad;
    max += pad;
  }
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis ${chart.xLabel ? `"${mermaidText(chart.xLabel, 30)}" ` : ''}[${chart.categories.map((c) => `"${mermaidText(c, 20)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(chart.yLabel ?? '', 30)}" ${num(min)} --> ${num(max)}`,
  ];
  for (const series of chart.series) {
    lines.push(
      `  line [${series.values.map((v) => (v === null || !Number.isFinite(v) ? num(min) : num(v))).join(', ')}]`,
    );
  }
  lines.push('```');
  return lines.join('\n');
}
