import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileReport, RuleResult } from '../src/index.ts';

export const DATA_DIR = fileURLToPath(new URL('../node_modules/vega-datasets/data/', import.meta.url));

export async function tempDir(): Promise<{
  dir: string;
  write: (name: string, text: string | Uint8Array) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'cairn-validate-'));
  return {
    dir,
    async write(name, text) {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function rule(report: FileReport, id: string): RuleResult {
  const found = report.results.find((r) => r.id === id);
  if (!found) throw new Error(`no result ${id}; have ${report.results.map((r) => r.id).join(', ')}`);
  return found;
}

/** id -> failures, for the rules that failed. */
export function failed(report: FileReport): Record<string, number> {
  return Object.fromEntries(report.results.filter((r) => !r.passed).map((r) => [r.id, r.failures]));
}
