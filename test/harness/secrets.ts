import type { ActionRunResult, StageResult } from './run-action.ts';

export interface SecretLeak {
  secret: string;
  where: string;
}

function redacted(secret: string): string {
  return secret.length <= 4 ? '****' : `${secret.slice(0, 2)}…(${secret.length} chars)`;
}

/** Where each secret appears in a stage's stdout (except its own `::add-mask::` line), stderr, summary, outputs, state or env. */
export function findSecretLeaks(result: ActionRunResult, extraSecrets: readonly string[] = []): SecretLeak[] {
  const secrets = [...new Set([...result.secrets, ...extraSecrets])].filter((s) => s.length > 0);
  const stages: StageResult[] = [result.pre, result, result.post].filter((s): s is StageResult => s !== undefined);
  const leaks: SecretLeak[] = [];
  for (const stage of stages) {
    const places: [string, string][] = [
      [
        'stdout',
        stage.stdout
          .split('\n')
          .filter((line) => !line.trimStart().startsWith('::add-mask::'))
          .join('\n'),
      ],
      ['stderr', stage.stderr],
      ['step summary', stage.summary],
      ...Object.entries(stage.outputs).map(([k, v]): [string, string] => [`output '${k}'`, v]),
      ...Object.entries(stage.state).map(([k, v]): [string, string] => [`state '${k}'`, v]),
      ...Object.entries(stage.env).map(([k, v]): [string, string] => [`env '${k}'`, v]),
    ];
    for (const secret of secrets) {
      for (const [where, text] of places) {
        if (text.includes(secret)) leaks.push({ secret, where: `${stage.stage} ${where}` });
      }
    }
  }
  return leaks;
}

/** Throws, naming where (never printing the secret), when a masked or given secret appears in the run's output. */
export function assertNoSecretLeak(result: ActionRunResult, extraSecrets: readonly string[] = []): void {
  const leaks = findSecretLeaks(result, extraSecrets);
  if (leaks.length > 0) {
    const lines = leaks.map((leak) => `secret ${redacted(leak.secret)} appears in ${leak.where}`);
    throw new Error(`the action leaked secrets:\n${lines.join('\n')}`);
  }
}
