import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  flatten,
  loadHistory,
  loadMetrics,
  loadParams,
  parseDelimited,
  parseDvcYaml,
  parseHistoryText,
  parseMetricsText,
} from '../src/index.ts';

describe('parseMetricsText', () => {
  it('dot-flattens nested JSON and YAML as DVC does, lists by index', () => {
    const json = parseMetricsText('{"train": {"loss": 0.1, "acc": [0.5, 0.6]}, "ok": true, "name": "x"}', 'm.json');
    expect(Object.fromEntries(json)).toEqual({
      'train.loss': 0.1,
      'train.acc.0': 0.5,
      'train.acc.1': 0.6,
      ok: 'true',
      name: 'x',
    });
    const yaml = parseMetricsText('eval:\n  auc: 0.93\n  f1: .nan\n', 'm.yaml');
    expect(Object.fromEntries(yaml)).toEqual({ 'eval.auc': 0.93, 'eval.f1': null });
  });

  it("reads Python's bare NaN and Infinity in JSON as missing values", () => {
    const values = parseMetricsText('{"a": NaN, "b": -Infinity, "c": "NaN in a string", "d": 1}', 'm.json');
    expect(Object.fromEntries(values)).toEqual({ a: null, b: null, c: 'NaN in a string', d: 1 });
  });

  it('reads long (name,value) and wide (header + last row) CSV/TSV', () => {
    expect(Object.fromEntries(parseMetricsText('name,value\nacc,0.9\nnote,"a, b"\n', 'm.csv'))).toEqual({
      acc: 0.9,
      note: 'a, b',
    });
    expect(Object.fromEntries(parseMetricsText('acc\tloss\n0.5\t1\n0.9\t0.2\n', 'm.tsv'))).toEqual({
      acc: 0.9,
      loss: 0.2,
    });
  });

  it('names the file in errors', () => {
    expect(() => parseMetricsText('{"a":', 'out/m.json')).toThrow(/out\/m\.json: not valid JSON/);
    expect(() => parseMetricsText('[1, 2]', 'm.json')).toThrow(/m\.json: expected an object .* found a list/);
    expect(() => parseMetricsText('a', 'm.txt')).toThrow(/m\.txt: unknown metrics file type/);
    expect(() => parseMetricsText('acc,loss\n', 'm.csv')).toThrow(/at least one row of values/);
  });

  it('flatten keeps every leaf of any JSON document once, under its dotted path (property)', () => {
    const leaves = (value: unknown, path: string, out: Map<string, unknown>) => {
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 0 && path !== '') out.set(path, Array.isArray(value) ? '[]' : '{}');
        for (const [k, v] of entries) leaves(v, path === '' ? k : `${path}.${k}`, out);
      } else if (typeof value === 'boolean') out.set(path, String(value));
      else out.set(path, value);
      return out;
    };
    const key = fc.string({ minLength: 1, maxLength: 5 }).filter((k) => !k.includes('.') && !/^\d+$/.test(k));
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 3 })), (doc) => {
        expect(flatten(doc)).toEqual(leaves(doc, '', new Map()));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDelimited', () => {
  it('round-trips any table of fields through RFC 4180 quoting (property)', () => {
    const field = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]?.length ?? 2;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const text = table.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        expect(parseDelimited(text, ',', 't.csv')).toEqual(table);
      }),
      { numRuns: 200 },
    );
  });

  it('reports an unclosed quote with the file and line', () => {
    expect(() => parseDelimited('a,b\n1,"oops\n', ',', 'x.csv')).toThrow('x.csv:2: a quoted field is never closed');
  });
});

describe('histories', () => {
  it('reads wide JSONL, long CSV and dvclive TSV, sorted by step', () => {
    const jsonl = parseHistoryText('{"step": 2, "loss": 0.2}\n{"step": 1, "loss": 0.5, "acc": 0.7}\n', 'h.jsonl');
    expect(jsonl).toEqual({
      loss: [
        { step: 1, value: 0.5 },
        { step: 2, value: 0.2 },
      ],
      acc: [{ step: 1, value: 0.7 }],
    });
    const long = parseHistoryText('step,name,value\n0,loss,1\n1,loss,NaN\n', 'h.csv');
    expect(long).toEqual({
      loss: [
        { step: 0, value: 1 },
        { step: 1, value: null },
      ],
    });
    const dvclive = parseHistoryText('timestamp\tstep\tloss\n1700000000000\t0\t0.9\n', 'plots/loss.tsv');
    expect(dvclive).toEqual({ loss: [{ step: 0, value: 0.9, timestamp: 1700000000000 }] });
  });

  it('requires a whole, non-negative step and names the line', () => {
    expect(() => parseHistoryText('loss\n1\n', 'h.csv')).toThrow(
      'h.csv: history files need a "step" column; found columns "loss"',
    );
    expect(() => parseHistoryText('{"step": 1.5, "loss": 1}\n', 'h.jsonl')).toThrow(
      'h.jsonl:1: step must be a whole number',
    );
    expect(() => parseHistoryText('{"step": 0}\nnot json\n', 'h.jsonl')).toThrow(/h\.jsonl:2: not a JSON object/);
  });
});

describe('dvc.yaml', () => {
  it('lists top-level and stage metrics and params, relative to its directory', () => {
    const text = [
      'metrics:',
      '  - eval/metrics.json',
      'params:',
      '  - extra.yaml',
      'stages:',
      '  train:',
      '    wdir: src',
      '    params:',
      '      - lr',
      '      - train.epochs',
      '      - custom.json: [seed]',
      '    metrics:',
      '      - out/train.json:',
      '          cache: false',
    ].join('\n');
    expect(parseDvcYaml(text, 'proj/dvc.yaml')).toEqual({
      metrics: ['proj/eval/metrics.json', 'proj/src/out/train.json'],
      params: [
        { file: 'proj/extra.yaml' },
        { file: 'proj/src/params.yaml', keys: ['lr', 'train.epochs'] },
        { file: 'proj/src/custom.json', keys: ['seed'] },
      ],
    });
  });
});

describe('loading files', () => {
  let dir: string;
  const write = async (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-metrics-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('expands globs, follows dvc.yaml and records each metric file', async () => {
    await write({
      'eval/a.json': '{"acc": 0.9}',
      'eval/b.yaml': 'f1: 0.8\n',
      'dvc.yaml': 'metrics:\n  - dvc/m.json\nparams:\n  - params.yaml\n',
      'dvc/m.json': '{"auc": 0.7, "note": "text"}',
      'params.yaml': 'lr: 0.1\nnested:\n  depth: 3\n',
    });
    const loaded = await loadMetrics(['eval/*', 'dvc.yaml'], dir);
    expect(Object.fromEntries(loaded.values)).toEqual({ acc: 0.9, f1: 0.8, auc: 0.7, note: 'text' });
    expect(loaded.sources.get('auc')).toBe('dvc/m.json');
    const params = await loadParams(['dvc.yaml', 'seed=42'], dir);
    expect(Object.fromEntries(params.values)).toEqual({ lr: '0.1', 'nested.depth': '3', seed: '42' });
  });

  it('names both files for a duplicate key, and the path and glob for missing files', async () => {
    await write({
      'a.json': '{"acc": 1}',
      'b.json': '{"acc": 2}',
      'h1.jsonl': '{"step":0,"loss":1}',
      'h2.jsonl': '{"step":0,"loss":2}',
    });
    await expect(loadMetrics(['a.json', 'b.json'], dir)).rejects.toThrow(
      'metric "acc" is defined in both a.json and b.json',
    );
    await expect(loadMetrics(['missing.json'], dir)).rejects.toThrow('metrics file "missing.json" not found');
    await expect(loadMetrics(['out/**/*.json'], dir)).rejects.toThrow(
      'no metrics file matches the glob "out/**/*.json"',
    );
    await expect(loadHistory(['h*.jsonl'], dir)).rejects.toThrow('history of "loss" is in both h1.jsonl and h2.jsonl');
    await expect(loadParams(['a=1', 'a=2'], dir)).rejects.toThrow('param "a" is given twice');
  });
});
