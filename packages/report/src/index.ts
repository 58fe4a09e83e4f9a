export * from './drift/index.ts';
export * from './escape.ts';
export * from './mermaid.ts';
export * from './number-format.ts';
export * from './run-report.ts';
export * from './table.ts';
