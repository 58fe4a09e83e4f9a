import type { DriftSummary } from '@cairn/core';
import { checkName, driftIndexPath, driftPath } from './layout.ts';
import { addRecent, checkRecord, readIndex, readRecords, recentIndexSchema } from './records-io.ts';
import type { StoreCore } from './store-core.ts';

/** Summaries kept in each dataset's index, newest first (trend charts, issue updates). */
export const RECENT_DRIFT = 100;

/** Stores a drift summary (idempotent by id) and adds it to its dataset's index in the same commit. */
export async function putDriftSummary(core: StoreCore, summary: DriftSummary): Promise<DriftSummary> {
  const record = checkRecord('drift-summary', summary, `drift summary ${summary.id}`);
  const dataset = checkName('dataset', record.dataset);
  const path = driftPath(dataset, record.id);
  return core.transact(`drift ${record.id} of ${dataset}`, async (tx) => {
    tx.write(path, record);
    const index = await readIndex(tx, driftIndexPath(dataset), recentIndexSchema, core.logger);
    tx.write(driftIndexPath(dataset), addRecent(index, record.id, RECENT_DRIFT));
    tx.setMessage(
      `drift ${record.id} of ${dataset}: ${record.drifted.length}/${record.columns} columns drifted${record.drift ? ' (dataset drift)' : ''}`,
    );
    return record;
  });
}

/** Newest first, up to `limit` (at most 100). */
export async function listDriftSummaries(core: StoreCore, dataset: string, limit = 20): Promise<DriftSummary[]> {
  const snapshot = await core.snapshot();
  const index = await readIndex(
    snapshot,
    driftIndexPath(checkName('dataset', dataset)),
    recentIndexSchema,
    core.logger,
  );
  const ids = (index?.recent ?? []).slice(0, Math.max(0, limit));
  return readRecords(
    snapshot,
    'drift-summary',
    ids.map((id) => driftPath(dataset, id)),
    core.logger,
  );
}
