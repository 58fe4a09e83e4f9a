/**
 * The frame every action's run() shares: one try/catch, exactly one core.setFailed prefixed with the
 * action name (STYLE.md 5), secrets redacted from the message, and a Logger that writes workflow
 * commands (so warnings become annotations on the file and line they name). Packages take this
 * Logger, never the runner protocol directly.
 */
import { describeError, type Logger } from '@cairn/core';
import * as core from './runner-io.ts';

export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message, where) => core.warning(message, where),
};

/**
 * Runs an action's body. The token input is masked before anything else happens and is removed from
 * any failure message; a CheckFailedError (gates, validation, drift) fails the step like any other error,
 * after the body has written its records, comments and outputs.
 */
export async function runAction(action: string, execute: () => Promise<void>): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  try {
    await execute();
  } catch (error) {
    core.setFailed(`${action}: ${describeError(error, [token])}`);
  }
}
