import { glob, mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CheckFailedError, UserError } from '@cairn/core';
import {
  appendJobSummary,
  runner as core,
  emitAnnotations,
  loadGitHubClient,
  actionLogger as logger,
  publishReport,
  readRunnerContext,
  resolvePullRequest,
  runAction,
} from '@cairn/github';
import {
  annotations,
  type FileReport,
  formatContract,
  inferContract,
  loadContract,
  passes,
  renderMarkdown,
  validateFile,
} from '@cairn/validate';
import { parseInputs, type ValidateDataInputs } from './inputs.ts';

const ACTION = 'validate-data';

/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 * Failed checks fail the step only after the report, annotations and outputs are written.
 */
export function run(): Promise<void> {
  return runAction(ACTION, execute);
}

/** Data paths (globs expanded, sorted) relative to the workspace, as annotations need them. */
async function dataFiles(patterns: readonly string[], workspace: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const before = files.size;
    if (/[*?[{]/.test(pattern)) {
      for await (const match of glob(pattern, { cwd: workspace })) files.add(match);
    } else files.add(pattern);
    if (files.size === before) throw new UserError(`input \`data\`: "${pattern}" matches no file in ${workspace}`);
  }
  return [...files].map((f) => (isAbsolute(f) ? relative(workspace, f) : f)).sort();
}

async function execute(): Promise<void> {
  const inputs = parseInputs();
  const runner = readRunnerContext();
  const files = await dataFiles(inputs.data, runner.workspace);
  const reportDir = join(runner.temp, 'cairn-validate-data');
  await mkdir(reportDir, { recursive: true });
  if (inputs.mode === 'infer') return infer(inputs, files, runner.workspace, reportDir);

  const contract = await loadContract(resolve(runner.workspace, inputs.contract));
  const reports: FileReport[] = [];
  for (const file of files) {
    const report = await validateFile(resolve(runner.workspace, file), contract, {
      contractSource: inputs.contract,
      examples: inputs.examples,
    });
    reports.push({ ...report, data: file });
  }
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const passed = passes({ errors, warnings }, inputs.failOn);
  const reportPath = join(reportDir, 'report.json');
  await writeFile(
    reportPath,
    `${JSON.stringify({ passed, failOn: inputs.failOn, errors, warnings, files: reports }, null, 2)}\n`,
  );
  emitAnnotations(annotations(reports));

  const gh =
    inputs.comment === 'auto' && inputs.token
      ? await loadGitHubClient({ token: inputs.token, repository: runner.repository, apiUrl: runner.apiUrl, logger })
      : undefined;
  const pr = await resolvePullRequest(undefined, {
    eventName: runner.eventName,
    payload: runner.eventPayload,
    sha: runner.sha,
    repository: runner.repository,
  });
  const published = await publishReport(gh, {
    action: ACTION,
    name: inputs.contract,
    markdown: renderMarkdown(reports, inputs.failOn),
    pullRequest: pr,
    ...(runner.summaryPath ? { summaryPath: runner.summaryPath } : {}),
    runUrl: runner.runUrl,
    comment: inputs.comment === 'auto',
  });
  if (published.comment) core.info(`Comment ${published.comment.outcome}: ${published.comment.url}`);

  core.setOutput('passed', String(passed));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(warnings));
  core.setOutput('report', reportPath);
  core.info(`${files.length} file(s): ${errors} failed check(s) at error level, ${warnings} at warning level.`);
  if (!passed) {
    throw new CheckFailedError(
      `${errors} check(s) failed at error level and ${warnings} at warning level (fail-on: ${inputs.failOn}); see the annotations and the job summary`,
    );
  }
}

async function infer(inputs: ValidateDataInputs, files: string[], workspace: string, reportDir: string): Promise<void> {
  if (files.length !== 1) {
    throw new UserError(`mode infer reads one data file; input \`data\` gave ${files.length}: ${files.join(', ')}`);
  }
  const file = files[0]!;
  const inference = await inferContract(resolve(workspace, file));
  const format = inputs.contract.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
  const text = formatContract(inference.contract, format);
  await writeFile(resolve(workspace, inputs.contract), text);
  const reportPath = join(reportDir, 'inference.json');
  await writeFile(reportPath, `${JSON.stringify({ ...inference, data: file }, null, 2)}\n`);
  const summary = [
    `### Proposed contract for \`${file}\``,
    '',
    `${inference.rows} rows. Written to \`${inputs.contract}\`: review it, then commit it and run this step with \`mode: validate\`.`,
    '',
    `\`\`\`${format}`,
    text.trimEnd(),
    '```',
    '',
  ].join('\n');
  if (process.env.GITHUB_STEP_SUMMARY) appendJobSummary(process.env.GITHUB_STEP_SUMMARY, summary);
  core.setOutput('passed', 'true');
  core.setOutput('errors', '0');
  core.setOutput('warnings', '0');
  core.setOutput('report', reportPath);
}
