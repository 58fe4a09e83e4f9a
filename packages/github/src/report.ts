/**
 * Publishing one report: the same markdown goes to the job summary (1 MiB) and, when the run is about
 * a pull request whose token may write, to the sticky comment (65,536 characters). A fork PR's
 * read-only token degrades to the summary with a one-line explanation, without failing the step.
 */
import type { GitHub } from './client.ts';
import type { PullRequestContext } from './pr-context.ts';
import { type StickyCommentResult, upsertStickyComment } from './sticky-comment.ts';
import { appendJobSummary, type SummaryResult } from './summary.ts';

export interface PublishReportOptions {
  action: string;
  name: string;
  markdown: string;
  pullRequest: PullRequestContext | undefined;
  /** GITHUB_STEP_SUMMARY; the summary is skipped when absent (local runs). */
  summaryPath?: string;
  /** The run URL, linked from "see the job summary" notes. */
  runUrl?: string;
  /** `false` to write only the summary (input `comment: false`). */
  comment?: boolean;
  author?: string;
}

export interface PublishReportResult {
  comment: StickyCommentResult | undefined;
  summary: SummaryResult | undefined;
  /** Why no comment was written, when none was. */
  skipped: string | undefined;
}

export async function publishReport(
  gh: GitHub | undefined,
  options: PublishReportOptions,
): Promise<PublishReportResult> {
  const pr = options.pullRequest;
  let skipped: string | undefined;
  if (options.comment === false) skipped = 'commenting is turned off for this step';
  else if (!pr) skipped = 'this run is not about a pull request';
  else if (pr.readOnlyFork) {
    skipped = `pull request #${pr.number} comes from a fork, and GitHub gives fork workflows a read-only token`;
  } else if (!gh) skipped = 'no GitHub token was given';

  let summaryText = options.markdown;
  if (skipped && pr)
    summaryText = `> Cairn did not comment on the pull request: ${skipped}. The report is below.\n\n${summaryText}`;
  const summary = options.summaryPath
    ? appendJobSummary(options.summaryPath, summaryText, options.runUrl ? { moreUrl: options.runUrl } : {})
    : undefined;
  if (skipped) {
    if (pr) gh?.logger.info(`Not commenting: ${skipped}. The report is in the job summary.`);
    return { comment: undefined, summary, skipped };
  }
  if (!gh || !pr) throw new Error('unreachable: checked above');
  const comment = await upsertStickyComment(gh, {
    issueNumber: pr.number,
    action: options.action,
    name: options.name,
    body: options.markdown,
    ...(options.runUrl ? { summaryUrl: options.runUrl } : {}),
    ...(options.author ? { author: options.author } : {}),
  });
  return { comment, summary, skipped: undefined };
}
