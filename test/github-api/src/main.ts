/**
 * Runs the local GitHub API until interrupted, for demos and manual runs:
 *   node test/github-api/src/main.ts [--ghes]
 * Prints one JSON line: {"url": ..., "token": ..., "repository": ...}; point GITHUB_API_URL at url.
 */
import { startLocalGitHub } from './server.ts';

const server = await startLocalGitHub(process.argv.includes('--ghes') ? { apiPrefix: '/api/v3' } : {});
process.stdout.write(
  `${JSON.stringify({ url: server.url, token: server.token, repository: `${server.owner}/${server.repo}` })}\n`,
);
const stop = () => {
  const problems = [...server.unhandled, ...server.violations];
  if (problems.length > 0) process.stderr.write(`local GitHub API problems:\n${problems.join('\n')}\n`);
  void server.close().then(() => process.exit(problems.length > 0 ? 1 : 0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
