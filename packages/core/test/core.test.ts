import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  decodeTime,
  describeError,
  encodeTime,
  InvalidRecordError,
  isId,
  NewerSchemaError,
  newId,
  parseRecord,
  parseRecordText,
  redact,
  SystemError,
} from '../src/index.ts';

describe('ids', () => {
  it('are sortable by time and round-trip their time part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 0, max: 2 ** 47 }), (a, b) => {
        const ia = newId({ now: a });
        const ib = newId({ now: b });
        expect(decodeTime(ia)).toBe(a);
        expect(isId(ia)).toBe(true);
        if (a < b) expect(ia < ib).toBe(true);
      }),
    );
  });
  it('are collision-free without a key and stable with one', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId({ now: 1 })));
    expect(ids.size).toBe(10_000);
    expect(newId({ key: 'job/1', now: 5 })).toBe(newId({ key: 'job/1', now: 5 }));
    expect(newId({ key: 'job/1', now: 5 }).slice(10)).toBe(newId({ key: 'job/1', now: 9 }).slice(10));
    expect(encodeTime(0)).toBe('0000000000');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined and ends with a newline', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{\n  "a": {\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
  it('keeps a key named __proto__', () => {
    const value = JSON.parse('{"__proto__": 1, "a": 2}');
    expect(canonicalJson(value)).toBe('{\n  "__proto__": 1,\n  "a": 2\n}\n');
  });
  it('is independent of insertion order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });
});

describe('records', () => {
  const run = {
    schemaVersion: 1,
    kind: 'run',
    id: newId(),
    experiment: 'churn',
    status: 'FINISHED',
    startTime: '2026-11-28T08:00:00.000Z',
    params: { lr: '0.1' },
    metrics: { accuracy: 0.9, note: 'n/a' },
    tags: {},
    datasets: [{ name: 'train', version: 3 }],
    git: { sha: 'abc', ref: 'refs/heads/main' },
  };
  it('parses a valid run and keeps unknown fields', () => {
    const parsed = parseRecord('run', { ...run, extra: 1 }, 'runs/x.json');
    expect(parsed.metrics.accuracy).toBe(0.9);
    expect((parsed as Record<string, unknown>).extra).toBe(1);
  });
  it('rejects a newer schemaVersion with an upgrade message naming the file', () => {
    expect(() => parseRecord('run', { ...run, schemaVersion: 99 }, 'runs/x.json')).toThrow(NewerSchemaError);
    expect(() => parseRecord('run', { ...run, schemaVersion: 99 }, 'runs/x.json')).toThrow(
      /runs\/x\.json.*upgrade Cairn/,
    );
  });
  it('names the path and field of an invalid record', () => {
    expect(() => parseRecord('run', { ...run, status: 'DONE' }, 'runs/y.json')).toThrow(InvalidRecordError);
    expect(() => parseRecord('run', { ...run, status: 'DONE' }, 'runs/y.json')).toThrow(/runs\/y\.json.*status/);
    expect(() => parseRecordText('run', '{not json', 'runs/z.json')).toThrow(/runs\/z\.json: not valid JSON/);
  });
  it('rejects unsafe names', () => {
    expect(() => parseRecord('run', { ...run, experiment: '../etc' }, 'p')).toThrow(InvalidRecordError);
  });
});

describe('errors', () => {
  it('chains causes and redacts secrets in every form', () => {
    const token = 'ghs_secretsecret123';
    const inner = new Error(`auth header ${Buffer.from(`x-access-token:${token}`).toString('base64')} rejected`);
    const err = new SystemError(`push to https://x:${token}@github.com failed`, { cause: inner });
    const text = describeError(err, [token]);
    expect(text).not.toContain(token);
    expect(text).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    expect(text).toContain('***');
    expect(redact('abc', ['ab'])).toBe('abc'); // too short to be a secret: left alone
  });
});
