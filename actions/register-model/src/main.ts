import { describeError, UserError } from '@cairn/core';
import { runner as core } from '@cairn/github';

const ACTION = 'register-model';

/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed below, prefixed with the action name; the token never appears in a message.
 */
export async function run(): Promise<void> {
  try {
    await execute();
  } catch (error) {
    core.setFailed(`${ACTION}: ${describeError(error, [core.getInput('token')])}`);
  }
}

async function execute(): Promise<void> {
  // The behaviour lands with its issue; until then say so plainly and set no outputs.
  throw new UserError(
    "not yet available in this version of Cairn (tracked in the project's issues); no outputs were set",
  );
}
