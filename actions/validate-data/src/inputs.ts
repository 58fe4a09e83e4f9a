/**
 * The action's inputs, read once into one typed object; every message
 * names the input and the fix.
 */

import { UserError } from '@cairn/core';
import { runner as core } from '@cairn/github';
import { FAIL_ON, type FailOn } from '@cairn/validate';

export interface ValidateDataInputs {
  data: string[];
  contract: string;
  mode: 'validate' | 'infer';
  failOn: FailOn;
  examples: number;
  comment: 'auto' | 'never';
  token: string;
}

export function parseInputs(): ValidateDataInputs {
  const data = core
    .getInput('data')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (data.length === 0) throw new UserError('input `data` is required: give data files or globs, one per line');
  const contract = core.getInput('contract').trim();
  if (contract === '') throw new UserError('input `contract` is required: the contract file (YAML or JSON)');
  const mode = core.getInput('mode') || 'validate';
  if (mode !== 'validate' && mode !== 'infer')
    throw new UserError(`input \`mode\` must be validate or infer, not "${mode}"`);
  const failOn = core.getInput('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UserError(`input \`fail-on\` must be error, warning or never, not "${failOn}"`);
  }
  const rawExamples = core.getInput('examples') || '5';
  const examples = Number(rawExamples);
  if (!Number.isInteger(examples) || examples < 0 || examples > 1000) {
    throw new UserError(`input \`examples\` must be a whole number from 0 to 1000, not "${rawExamples}"`);
  }
  const comment = core.getInput('comment') || 'auto';
  if (comment !== 'auto' && comment !== 'never')
    throw new UserError(`input \`comment\` must be auto or never, not "${comment}"`);
  return { data, contract, mode, failOn: failOn as FailOn, examples, comment, token: core.getInput('token') };
}
