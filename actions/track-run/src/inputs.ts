/**
 * The action's inputs, read once into one typed object. Cross-input rules are checked here, before
 * any work, and every message names the input and the fix.
 */

import { type DatasetRef, NAME_PATTERN, UserError } from '@cairn/core';
import { runner as core } from '@cairn/github';
import {
  type BaselineSpec,
  type Direction,
  type Gate,
  inputLines,
  parseBaselineSpec,
  parseDirections,
  parseGates,
} from '@cairn/metrics';

export type CommentMode = 'auto' | 'always' | 'never';

export interface TrackRunInputs {
  experiment: string;
  metrics: string[];
  params: string[];
  history: string[];
  tags: Record<string, string>;
  datasets: DatasetRef[];
  baseline: BaselineSpec;
  gates: Gate[];
  directions: Map<string, Direction>;
  chartMetric: string | undefined;
  comment: CommentMode;
  token: string;
  metadataBranch: string;
  metadataRemote: string;
  startedAt: string | undefined;
}

/** An experiment name from the workflow name: invalid characters become "-". */
export function experimentFromWorkflow(workflow: string): string {
  const cleaned = workflow
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100);
  return cleaned || 'default';
}

function keyValues(lines: string[], input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new UserError(`input \`${input}\`: "${line}" is not a key=value line`);
    out[m[1] as string] = m[2] as string;
  }
  return out;
}

function datasetRefs(lines: string[]): DatasetRef[] {
  return lines.map((line) => {
    const m = /^([^@\s]+)@v?([1-9]\d*)$/.exec(line);
    if (!m || !NAME_PATTERN.test(m[1] as string)) {
      throw new UserError(
        `input \`datasets\`: "${line}" must be name@version, e.g. customers@3 (versions from version-data)`,
      );
    }
    return { name: m[1] as string, version: Number(m[2]) };
  });
}

export function parseInputs(workflow: string): TrackRunInputs {
  const experiment = core.getInput('experiment') || experimentFromWorkflow(workflow);
  if (!NAME_PATTERN.test(experiment)) {
    throw new UserError(
      `input \`experiment\`: "${experiment}" is not a valid name; use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  }
  const metrics = inputLines(core.getInput('metrics'));
  if (metrics.length === 0) {
    throw new UserError('input `metrics` is required: give one or more metric files or globs, e.g. metrics.json');
  }
  const comment = core.getInput('comment') || 'auto';
  if (comment !== 'auto' && comment !== 'always' && comment !== 'never') {
    throw new UserError(`input \`comment\` must be auto, always or never, not "${comment}"`);
  }
  const startedAt = core.getInput('started-at') || undefined;
  if (startedAt !== undefined && Number.isNaN(Date.parse(startedAt))) {
    throw new UserError(`input \`started-at\`: "${startedAt}" is not an ISO time such as 2026-01-31T12:00:00Z`);
  }
  const wrap = <T>(input: string, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`input \`${input}\`: ${error.message}`);
      throw error;
    }
  };
  return {
    experiment,
    metrics,
    params: inputLines(core.getInput('params')),
    history: inputLines(core.getInput('history')),
    tags: keyValues(inputLines(core.getInput('tags')), 'tags'),
    datasets: datasetRefs(inputLines(core.getInput('datasets'))),
    baseline: wrap('baseline', () => parseBaselineSpec(core.getInput('baseline'))),
    gates: wrap('gates', () => parseGates(core.getInput('gates'))),
    directions: wrap('directions', () => parseDirections(core.getInput('directions'))),
    chartMetric: core.getInput('chart-metric') || undefined,
    comment,
    token: core.getInput('token'),
    metadataBranch: core.getInput('metadata-branch') || 'mlops-metadata',
    metadataRemote: core.getInput('metadata-remote'),
    startedAt: startedAt === undefined ? undefined : new Date(startedAt).toISOString(),
  };
}
