/**
 * The full report's files: JSON (the documented shape), markdown and the self-contained HTML,
 * written under RUNNER_TEMP and uploaded as one artifact with @actions/artifact when the runner
 * gives the action its runtime token (real runners only). Without it, the files stay where they
 * were written and the summary says so; the step does not fail for it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, type Logger } from '@cairn/core';

export interface ReportFiles {
  dir: string;
  json: string;
  markdown: string;
  html: string;
}

export function writeReportFiles(dir: string, texts: { json: string; markdown: string; html: string }): ReportFiles {
  mkdirSync(dir, { recursive: true });
  const files = {
    dir,
    json: join(dir, 'drift-report.json'),
    markdown: join(dir, 'drift-report.md'),
    html: join(dir, 'drift-report.html'),
  };
  writeFileSync(files.json, texts.json);
  writeFileSync(files.markdown, texts.markdown);
  writeFileSync(files.html, texts.html);
  return files;
}

export interface UploadOutcome {
  /** Link to the artifact, when uploaded. */
  url?: string;
  /** One line for the report: where the full report is. */
  note: string;
}

export async function uploadReport(
  files: ReportFiles,
  options: { name: string; runtime: boolean; runUrl: string; logger: Logger },
): Promise<UploadOutcome> {
  if (!options.runtime) {
    return {
      note:
        `Full HTML report written to ${files.html} (not uploaded: artifact upload needs ACTIONS_RUNTIME_TOKEN and ` +
        'ACTIONS_RESULTS_URL, which only GitHub-hosted and self-hosted runners give to actions).',
    };
  }
  try {
    // Loaded only here: the artifact client (Azure storage SDK and friends) is most of the bundle's
    // bytes, and a run without the runtime token, or a read worker, never needs it.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(options.name, [files.html, files.json, files.markdown], files.dir, {
      retentionDays: 30,
    });
    const url = id === undefined ? options.runUrl : `${options.runUrl}/artifacts/${id}`;
    return { url, note: `artifact ${options.name} (HTML, opens offline; JSON; markdown)` };
  } catch (error) {
    options.logger.warning(`could not upload the drift report artifact: ${describeError(error)}`);
    return { note: `Full HTML report written to ${files.html} (artifact upload failed: ${describeError(error)}).` };
  }
}
