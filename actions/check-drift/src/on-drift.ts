/**
 * What a check does on GitHub besides reporting: keep one issue per dataset (label `drift`) open
 * and updated while drift persists and close it with a comment when a check comes back clean; and
 * on drift, start retraining with a repository_dispatch or workflow_dispatch carrying the dataset,
 * its version and the share.
 */
import type { DriftCheckResult } from '@cairn/drift';
import {
  closeIssue,
  commentOnIssue,
  type GitHub,
  repositoryDispatch,
  upsertIssue,
  workflowDispatch,
} from '@cairn/github';
import type { CheckDriftInputs } from './inputs.ts';

export const DRIFT_LABEL = 'drift';

export function issueKey(dataset: string): string {
  return `check-drift:${dataset}`;
}

export interface IssueOutcome {
  action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  url?: string;
  number?: number;
}

export async function syncIssue(
  gh: GitHub,
  options: { dataset: string; drift: boolean; markdown: string; runUrl: string; commentKey: string },
): Promise<IssueOutcome> {
  const key = issueKey(options.dataset);
  if (options.drift) {
    const { issue, outcome } = await upsertIssue(gh, {
      key,
      label: DRIFT_LABEL,
      title: `Data drift in ${options.dataset}`,
      body: `${options.markdown}\n\nLast checked by [this run](${options.runUrl}). Cairn closes this issue when a check comes back clean.`,
      moreUrl: options.runUrl,
    });
    if (outcome === 'updated') {
      await commentOnIssue(
        gh,
        issue.number,
        options.commentKey,
        `Drift persists: checked again by [this run](${options.runUrl}).`,
      );
    }
    return { action: outcome === 'created' ? 'opened' : outcome, url: issue.html_url, number: issue.number };
  }
  const closed = await closeIssue(gh, {
    key,
    label: DRIFT_LABEL,
    comment: `No dataset drift any more: [this run](${options.runUrl}) came back clean. Closing.\n\n${options.markdown}`,
  });
  return closed ? { action: 'closed', url: closed.html_url, number: closed.number } : { action: 'none' };
}

export interface DispatchOutcome {
  kind: 'repository_dispatch' | 'workflow_dispatch';
  target: string;
  runUrl?: string;
}

/** The retraining trigger: event payload with dataset, version and share (<= 10 keys, GitHub's limit). */
export async function dispatchRetraining(
  gh: GitHub,
  inputs: CheckDriftInputs,
  context: { dataset: string; result: DriftCheckResult; runUrl: string; defaultRef: string },
): Promise<DispatchOutcome> {
  const r = context.result;
  const drifted = r.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name);
  const version = r.current.dataset?.version ?? r.reference.dataset?.version;
  const payload = {
    dataset: context.dataset,
    version: version === undefined ? '' : String(version),
    reference: r.reference.label,
    current: r.current.label,
    share: r.report.dataset.share,
    drifted_columns: drifted,
    run_url: context.runUrl,
  };
  if (inputs.dispatchWorkflow) {
    const ref = inputs.dispatchRef ?? context.defaultRef;
    const run = await workflowDispatch(gh, {
      workflow: inputs.dispatchWorkflow,
      ref,
      inputs: {
        dataset: payload.dataset,
        version: payload.version,
        share: String(payload.share),
        drifted_columns: JSON.stringify(drifted).slice(0, 1000),
      },
    });
    return {
      kind: 'workflow_dispatch',
      target: `${inputs.dispatchWorkflow}@${ref}`,
      ...(run.htmlUrl ? { runUrl: run.htmlUrl } : {}),
    };
  }
  await repositoryDispatch(gh, { eventType: inputs.dispatchEvent, clientPayload: payload });
  return { kind: 'repository_dispatch', target: inputs.dispatchEvent };
}
