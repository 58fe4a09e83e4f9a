/**
 * The full drift report as one self-contained HTML file: inline CSS and inline SVG, no scripts,
 * fonts or images from elsewhere, so it opens offline from an artifact download. One card per
 * column, most drifted first, with reference and current histograms overlaid (shares, so samples
 * of different sizes compare).
 */
import { formatCount, formatNumber } from '../number-format.ts';
import { driftHeadline } from './markdown.ts';
import { toShares } from './sparkline.ts';
import {
  boundsNote,
  type DriftColumnView,
  type DriftReportInput,
  type HistogramView,
  mostDriftedFirst,
} from './types.ts';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] as string);
}

const W = 560;
const H = 180;
const PAD = { left: 44, right: 8, top: 10, bottom: 36 };

/** Overlaid bars: reference (blue) and current (orange, translucent) shares per bin. */
export function histogramSvg(h: HistogramView, title: string): string {
  const r = toShares(h.reference);
  const c = toShares(h.current);
  const max = Math.max(1e-12, ...r, ...c);
  const n = Math.max(1, h.labels.length);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = plotW / n;
  const y = (s: number) => PAD.top + plotH - (s / max) * plotH;
  const bars = (shares: number[], cls: string, inset: number) =>
    shares
      .map((s, i) => {
        const x = PAD.left + i * bw + inset;
        const top = y(s);
        const label = `${h.labels[i] ?? ''}: ${(s * 100).toFixed(1)}%`;
        return `<rect class="${cls}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(0.5, bw - 2 * inset).toFixed(1)}" height="${(PAD.top + plotH - top).toFixed(1)}"><title>${escapeHtml(label)}</title></rect>`;
      })
      .join('');
  const every = Math.ceil(n / 8);
  const ticks = h.labels
    .map((label, i) =>
      i % every === 0
        ? `<text class="tick" x="${(PAD.left + i * bw + bw / 2).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>`
        : '',
    )
    .join('');
  const axis = `<line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}"/>`;
  const yLabels = [0, 0.5, 1]
    .map(
      (f) =>
        `<text class="tick" x="${PAD.left - 4}" y="${(y(max * f) + 4).toFixed(1)}" text-anchor="end">${(max * f * 100).toFixed(0)}%</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}">` +
    `${axis}${bars(r, 'ref', 1)}${bars(c, 'cur', bw * 0.18)}${ticks}${yLabels}</svg>`
  );
}

function sideText(s: { count: number; nulls: number }): string {
  return `${formatCount(s.count)} rows${s.nulls > 0 ? `, ${formatCount(s.nulls)} null` : ''}`;
}

function card(c: DriftColumnView, h: HistogramView | undefined): string {
  const status = c.skipped !== null ? 'skipped' : c.drift ? 'drift' : 'ok';
  const verdict = c.skipped !== null ? escapeHtml(c.skipped) : c.drift ? 'drifted' : 'no drift';
  const facts = [
    `type ${escapeHtml(c.type)}`,
    c.method ? `method ${escapeHtml(c.method)}` : '',
    c.score !== null ? `score ${escapeHtml(formatNumber(c.score, 6))}${c.approximate ? ' (approximate)' : ''}` : '',
    c.statistic !== null && c.statistic !== c.score ? `statistic ${escapeHtml(formatNumber(c.statistic, 6))}` : '',
    c.threshold !== null ? `threshold ${escapeHtml(formatNumber(c.threshold))}` : '',
    `reference ${sideText(c.reference)}`,
    `current ${sideText(c.current)}`,
    c.note ? escapeHtml(c.note) : '',
    escapeHtml(boundsNote(c) ?? ''),
  ].filter(Boolean);
  return (
    `<section class="card ${status}"><h2>${escapeHtml(c.name)} <span class="badge">${verdict}</span></h2>` +
    `<p class="facts">${facts.join(' · ')}</p>` +
    (h ? histogramSvg(h, `${c.name}: reference and current distributions`) : '') +
    '</section>'
  );
}

const CSS = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin:0 0 4px}
.summary{margin-bottom:16px}.legend span{display:inline-block;margin-right:16px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:12px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:12px}
.card.drift{border-color:#cf222e}.card.skipped{opacity:.75}
.badge{font-size:12px;font-weight:normal;padding:1px 6px;border-radius:10px;background:#eaeef2}
.drift .badge{background:#ffebe9;color:#cf222e}.ok .badge{background:#dafbe1;color:#1a7f37}
.facts{color:#59636e;margin:0 0 8px}
svg{width:100%;height:auto}.ref{fill:#0969da;fill-opacity:.55}.cur{fill:#fb8500;fill-opacity:.6}
.axis{stroke:#8c959f}.tick{font-size:10px;fill:#59636e}
`;

/** The whole report as one HTML document. */
export function renderDriftHtml(input: DriftReportInput): string {
  const headline = driftHeadline(input).replace(/^### /, '').replace(/`/g, '');
  const cards = mostDriftedFirst(input.report.columns)
    .map((c) => card(c, input.histograms?.[c.name]))
    .join('\n');
  const side = (label: string, s: DriftReportInput['reference']) =>
    `${label} <b>${escapeHtml(s.label)}</b>${s.mode === 'profile' ? ' (stored profile)' : ''}, ${formatCount(s.rows)} rows`;
  const trend = (input.trend ?? []).map(
    (p) => `${escapeHtml(p.at.slice(0, 10))}: ${(p.share * 100).toFixed(0)}%${p.drift ? ' (drift)' : ''}`,
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(`Drift report: ${input.dataset}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(headline)}</h1>`,
    `<p class="summary">${side('Reference', input.reference)} · ${side('current', input.current)}${input.generatedAt ? ` · generated ${escapeHtml(input.generatedAt)}` : ''}</p>`,
    trend.length > 1 ? `<p class="summary">Share of drifted columns per check: ${trend.join(' → ')}</p>` : '',
    '<p class="legend"><span><i style="background:#0969da99"></i>reference</span><span><i style="background:#fb850099"></i>current</span></p>',
    `<div class="grid">\n${cards}\n</div>`,
    '</body></html>',
    '',
  ].join('\n');
}
