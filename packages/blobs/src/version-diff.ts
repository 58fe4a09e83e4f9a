/**
 * What changed between two versions of a dataset: files added, removed and modified (by sha256),
 * bytes and rows per file, and columns added or removed. Rendered as markdown for the job summary
 * and the pull-request comment.
 */
import type { DatasetVersion, ManifestFile } from '@cairn/core';

export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'modified';
  oldSize: number | null;
  newSize: number | null;
  oldRows: number | null;
  newRows: number | null;
}

export interface VersionDiff {
  from: number | null;
  to: number;
  files: FileChange[];
  unchangedFiles: number;
  bytes: { old: number; new: number };
  rows: { old: number | null; new: number | null };
  columnsAdded: string[];
  columnsRemoved: string[];
  columnsRetyped: { name: string; old: string; new: string }[];
}

type VersionLike = Pick<DatasetVersion, 'version' | 'files' | 'totalSize' | 'rows' | 'columns'>;

/** The changes from `previous` (undefined: nothing before) to `next`, files sorted by path. */
export function diffVersions(previous: VersionLike | undefined, next: VersionLike): VersionDiff {
  const before = new Map<string, ManifestFile>((previous?.files ?? []).map((f) => [f.path, f]));
  const after = new Map<string, ManifestFile>(next.files.map((f) => [f.path, f]));
  const files: FileChange[] = [];
  let unchangedFiles = 0;
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const o = before.get(path);
    const n = after.get(path);
    if (o && n && o.sha256 === n.sha256) {
      unchangedFiles++;
      continue;
    }
    files.push({
      path,
      change: !o ? 'added' : !n ? 'removed' : 'modified',
      oldSize: o?.size ?? null,
      newSize: n?.size ?? null,
      oldRows: o?.rows ?? null,
      newRows: n?.rows ?? null,
    });
  }
  const oldColumns = new Map((previous?.columns ?? []).map((c) => [c.name, c.type]));
  const newColumns = new Map((next.columns ?? []).map((c) => [c.name, c.type]));
  return {
    from: previous?.version ?? null,
    to: next.version,
    files,
    unchangedFiles,
    bytes: { old: previous?.totalSize ?? 0, new: next.totalSize },
    rows: { old: previous?.rows ?? null, new: next.rows ?? null },
    columnsAdded: [...newColumns.keys()].filter((c) => !oldColumns.has(c)),
    columnsRemoved: [...oldColumns.keys()].filter((c) => !newColumns.has(c)),
    columnsRetyped: [...newColumns]
      .filter(([name, type]) => oldColumns.has(name) && oldColumns.get(name) !== type)
      .map(([name, type]) => ({ name, old: oldColumns.get(name) as string, new: type })),
  };
}

/** Bytes as B, KiB, MiB, GiB with three significant digits. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toPrecision(3);
  return `${bytes < 0 ? '-' : ''}${text} ${units[unit]}`;
}

function signed(n: number, format: (x: number) => string = String): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `-${format(-n)}` : '±0';
}

function cellEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

const ICON: Record<FileChange['change'], string> = {
  added: '🟢 added',
  removed: '🔴 removed',
  modified: '🟡 modified',
};

export interface DiffMarkdownOptions {
  name: string;
  /** Shown when no new version was recorded. */
  unchanged?: boolean;
  /** Most file rows shown (the rest are counted); default 100. */
  maxRows?: number;
}

/** Markdown for the job summary and the PR comment. */
export function renderDiffMarkdown(diff: VersionDiff, options: DiffMarkdownOptions): string {
  const lines: string[] = [];
  const head = `### Dataset \`${options.name}\` v${diff.to}`;
  if (options.unchanged) {
    lines.push(
      head,
      '',
      `No change: the content equals v${diff.to}, so no new version was recorded and nothing was uploaded.`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(head, '');
  if (diff.from === null) lines.push('First version of this dataset.', '');
  else lines.push(`Changes since v${diff.from}:`, '');
  const count = (kind: FileChange['change']) => diff.files.filter((f) => f.change === kind).length;
  const rowsText =
    diff.rows.new === null
      ? ''
      : ` · rows ${diff.rows.new}${diff.rows.old === null ? '' : ` (${signed(diff.rows.new - diff.rows.old)})`}`;
  lines.push(
    `**Files:** ${count('added')} added, ${count('removed')} removed, ${count('modified')} modified, ${diff.unchangedFiles} unchanged · ` +
      `**Size:** ${formatBytes(diff.bytes.new)} (${signed(diff.bytes.new - diff.bytes.old, formatBytes)})${rowsText}`,
    '',
  );
  if (diff.columnsAdded.length + diff.columnsRemoved.length + diff.columnsRetyped.length > 0) {
    if (diff.columnsAdded.length)
      lines.push(`**Columns added:** ${diff.columnsAdded.map((c) => `\`${c}\``).join(', ')}`);
    if (diff.columnsRemoved.length)
      lines.push(`**Columns removed:** ${diff.columnsRemoved.map((c) => `\`${c}\``).join(', ')}`);
    for (const c of diff.columnsRetyped) lines.push(`**Column \`${c.name}\`:** type ${c.old} → ${c.new}`);
    lines.push('');
  }
  if (diff.files.length > 0) {
    const max = options.maxRows ?? 100;
    lines.push('| File | Change | Size | Δ bytes | Rows | Δ rows |', '|---|---|---:|---:|---:|---:|');
    for (const f of diff.files.slice(0, max)) {
      const size = f.newSize ?? f.oldSize ?? 0;
      const deltaBytes = (f.newSize ?? 0) - (f.oldSize ?? 0);
      const rows = f.newRows ?? f.oldRows;
      const deltaRows = f.newRows !== null || f.oldRows !== null ? (f.newRows ?? 0) - (f.oldRows ?? 0) : null;
      lines.push(
        `| \`${cellEscape(f.path)}\` | ${ICON[f.change]} | ${formatBytes(size)} | ${signed(deltaBytes, formatBytes)} | ${rows ?? ''} | ${deltaRows === null ? '' : signed(deltaRows)} |`,
      );
    }
    if (diff.files.length > max) lines.push('', `… and ${diff.files.length - max} more changed files.`);
  }
  return `${lines.join('\n')}\n`;
}
