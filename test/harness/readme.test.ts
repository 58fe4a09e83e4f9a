import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInputsTable, renderOutputsTable, updateReadme } from '../../scripts/action-readme.ts';
import { parseActionManifest } from './action-yml.ts';
import { REPO_ROOT } from './run-action.ts';

const manifest = parseActionManifest(`
name: t
description: d
inputs:
  model-name:
    description: "Name | with a pipe\\nand a newline"
    required: true
  token:
    description: Token.
    default: \${{ github.token }}
  empty:
    description: Empty default.
    default: ''
  count:
    description: Unquoted number.
    default: 3
outputs:
  version:
    description: The version.
runs:
  using: node24
  main: dist/index.js
`);

describe('README tables generated from action.yml', () => {
  it('renders inputs with escaped cells, required flags and code defaults, padded as biome formats tables', () => {
    expect(renderInputsTable(manifest).split('\n')).toEqual([
      '| Input        | Description                       | Required | Default               |',
      '| ------------ | --------------------------------- | -------- | --------------------- |',
      '| `model-name` | Name \\| with a pipe and a newline | yes      |                       |',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
      '| `token`      | Token.                            | no       | `${{ github.token }}` |',
      '| `empty`      | Empty default.                    | no       | _empty_               |',
      '| `count`      | Unquoted number.                  | no       | `3`                   |',
    ]);
    expect(renderOutputsTable(manifest).split('\n')).toEqual([
      '| Output    | Description  |',
      '| --------- | ------------ |',
      '| `version` | The version. |',
    ]);
  });

  it('replaces only the text between the markers, and is idempotent', () => {
    const readme =
      '# T\n\nIntro.\n\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\n\nMiddle.\n\n<!-- outputs:start -->\n<!-- outputs:end -->\nEnd.\n';
    const once = updateReadme(readme, manifest);
    expect(once.startsWith('# T\n\nIntro.\n\n<!-- inputs:start -->\n| Input ')).toBe(true);
    expect(once).toContain('<!-- inputs:end -->\n\nMiddle.\n\n<!-- outputs:start -->\n| Output ');
    expect(once.endsWith('<!-- outputs:end -->\nEnd.\n')).toBe(true);
    expect(once).not.toContain('old');
    expect(updateReadme(once, manifest)).toBe(once);
  });

  it('names the file and the missing markers', () => {
    expect(() => updateReadme('# no markers\n', manifest, 'actions/x/README.md')).toThrow(
      'actions/x/README.md: missing markers <!-- inputs:start --> ... <!-- inputs:end -->',
    );
  });

  it('generates exactly what biome formats, so `biome ci` and the README check agree', () => {
    const rendered = `# T\n\n${renderInputsTable(manifest)}\n\n${renderOutputsTable(manifest)}\n`;
    const biome = spawnSync(
      join(REPO_ROOT, 'node_modules/.bin/biome'),
      ['format', '--stdin-file-path=actions/x/README.md'],
      { input: rendered, encoding: 'utf8', cwd: REPO_ROOT },
    );
    expect(biome.status, biome.stderr).toBe(0);
    expect(biome.stdout).toBe(rendered);
  });
});
