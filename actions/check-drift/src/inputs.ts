/**
 * The action's inputs, read once into one typed object; enums and cross-input rules are checked
 * here, before any work, and every message names the input and the fix.
 */

import { NAME_PATTERN, UserError } from '@cairn/core';
import type { ColumnType } from '@cairn/drift';
import { type DatasetDriftOptions, listItems, parseColumnTypes, parseDriftOptions } from '@cairn/drift';
import { runner as core } from '@cairn/github';

export type OnDrift = 'fail' | 'issue' | 'dispatch';

export interface CheckDriftInputs {
  reference: string;
  current: string;
  dataset: string | undefined;
  columns: string[];
  exclude: string[];
  columnTypes: Record<string, ColumnType>;
  options: DatasetDriftOptions;
  referenceMode: 'auto' | 'profile' | 'data';
  onDrift: Set<OnDrift>;
  dispatchEvent: string;
  dispatchWorkflow: string | undefined;
  dispatchRef: string | undefined;
  comment: boolean;
  /** Reading threads; undefined: automatic (the cores, when there are more than 2). */
  threads: number | undefined;
  token: string;
  metadataBranch: string;
  metadataRemote: string;
}

const ON_DRIFT: readonly OnDrift[] = ['fail', 'issue', 'dispatch'];

/** `on-drift` when left empty: fail on pull requests, keep an issue on schedules and manual runs. */
export function defaultOnDrift(eventName: string): Set<OnDrift> {
  return new Set(eventName === 'schedule' || eventName === 'workflow_dispatch' ? ['issue'] : ['fail']);
}

export function parseOnDrift(text: string, eventName: string): Set<OnDrift> {
  const items = listItems(text);
  if (items.length === 0) return defaultOnDrift(eventName);
  const out = new Set<OnDrift>();
  for (const item of items) {
    if (item === 'none') continue;
    if (!(ON_DRIFT as readonly string[]).includes(item)) {
      throw new UserError(
        `input on-drift: "${item}" is not understood; use fail, issue, dispatch (combinable) or none.`,
      );
    }
    out.add(item as OnDrift);
  }
  return out;
}

export function parseInputs(eventName: string): CheckDriftInputs {
  const reference = core.getInput('reference');
  const current = core.getInput('current');
  if (!reference)
    throw new UserError('input reference is required: a data file, a directory, or name@version from version-data.');
  if (!current) throw new UserError('input current is required: the data file or directory to check.');
  const dataset = core.getInput('dataset') || undefined;
  if (dataset !== undefined && !NAME_PATTERN.test(dataset)) {
    throw new UserError(`input dataset: "${dataset}" is not a valid name; use 1-100 letters, digits, ".", "_" or "-".`);
  }
  const referenceMode = core.getInput('reference-mode') || 'auto';
  if (referenceMode !== 'auto' && referenceMode !== 'profile' && referenceMode !== 'data') {
    throw new UserError(`input reference-mode must be auto, profile or data, not "${referenceMode}".`);
  }
  const comment = core.getInput('comment') || 'true';
  if (comment !== 'true' && comment !== 'false')
    throw new UserError(`input comment must be true or false, not "${comment}".`);
  const onDrift = parseOnDrift(core.getInput('on-drift'), eventName);
  const threadsText = core.getInput('threads') || 'auto';
  const threads = threadsText === 'auto' ? undefined : Number(threadsText);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
    throw new UserError(`input threads must be auto or a whole number from 1 to 64, not "${threadsText}".`);
  }
  const dispatchEvent = core.getInput('dispatch-event') || 'cairn-drift';
  if (dispatchEvent.length > 100)
    throw new UserError('input dispatch-event must be at most 100 characters (GitHub limit).');
  return {
    reference,
    current,
    dataset,
    columns: listItems(core.getInput('columns')),
    exclude: listItems(core.getInput('exclude')),
    columnTypes: parseColumnTypes(core.getInput('column-types')),
    options: parseDriftOptions({
      method: core.getInput('method'),
      threshold: core.getInput('threshold'),
      driftShare: core.getInput('drift-share'),
    }),
    referenceMode,
    onDrift,
    dispatchEvent,
    dispatchWorkflow: core.getInput('dispatch-workflow') || undefined,
    dispatchRef: core.getInput('dispatch-ref') || undefined,
    comment: comment === 'true',
    threads,
    token: core.getInput('token'),
    metadataBranch: core.getInput('metadata-branch') || 'mlops-metadata',
    metadataRemote: core.getInput('metadata-remote'),
  };
}
