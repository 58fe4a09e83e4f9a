export { escapeHtml, histogramSvg, renderDriftHtml } from './html.ts';
export { DRIFT_MARKDOWN_LIMIT, type DriftMarkdownOptions, driftHeadline, renderDriftMarkdown } from './markdown.ts';
export { distributionSketch, sparkline, toShares } from './sparkline.ts';
export * from './types.ts';
