import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedParams,
  compareMetrics,
  directionOf,
  evaluateGate,
  parseBaselineSpec,
  parseDirections,
  parseGate,
  parseGates,
  toDvcDiff,
} from '../src/index.ts';

describe('gates', () => {
  it('parses numbers, baseline expressions and quoted names', () => {
    expect(parseGate('accuracy >= 0.90')).toMatchObject({
      metric: 'accuracy',
      op: '>=',
      bound: { kind: 'number', value: 0.9 },
    });
    expect(parseGate('rmse <= baseline + 0.01').bound).toEqual({ kind: 'baseline', op: '+', operand: 0.01 });
    expect(parseGate('f1 >= baseline * 0.99').bound).toEqual({ kind: 'baseline', op: '*', operand: 0.99 });
    expect(parseGate('latency_ms<120')).toMatchObject({ metric: 'latency_ms', op: '<' });
    expect(parseGate('"a <= b" != 1e-3')).toMatchObject({ metric: 'a <= b', op: '!=', bound: { value: 0.001 } });
    expect(parseGate('eval.auc == baseline').bound).toEqual({ kind: 'baseline', op: undefined, operand: 0 });
  });

  it('names the line and shows the expected form on bad input', () => {
    expect(() => parseGates('acc >= 0.9\n\n# note\nacc => 1')).toThrow(/gates line 4: cannot read the gate "acc => 1"/);
    expect(() => parseGates('acc >= high')).toThrow(/gates line 1: the bound "high" .* must be a number or baseline/);
  });

  it('evaluates with the baseline, and fails closed on NaN, missing, text and no baseline', () => {
    const gate = parseGate('rmse <= baseline + 0.01');
    expect(evaluateGate(gate, { rmse: 0.305 }, { rmse: 0.3 })).toMatchObject({ passed: true, actual: 0.305 });
    expect(evaluateGate(gate, { rmse: 0.32 }, { rmse: 0.3 })).toMatchObject({ passed: false, expected: 0.31 });
    expect(evaluateGate(gate, { rmse: 0.3 }, undefined)).toMatchObject({
      passed: false,
      reason: 'no baseline run to compare with',
    });
    expect(evaluateGate(gate, { rmse: 0.3 }, { other: 1 }).reason).toBe('the baseline run has no metric "rmse"');
    expect(evaluateGate(gate, { rmse: 0.3 }, { rmse: null }).passed).toBe(false);
    const fixed = parseGate('acc >= 0.5');
    expect(evaluateGate(fixed, {}, undefined)).toMatchObject({ passed: false, reason: 'this run has no metric "acc"' });
    expect(evaluateGate(fixed, { acc: null }, undefined).reason).toBe('"acc" is NaN or empty');
    expect(evaluateGate(fixed, { acc: 'n/a' }, undefined).reason).toBe('"acc" is not a number ("n/a")');
  });

  it('agrees with plain comparison for any numbers (property)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, fc.constantFrom('>=', '<=', '>', '<'), (actual, bound, op) => {
        const result = evaluateGate(parseGate(`m ${op} ${bound}`), { m: actual }, undefined);
        const b = Number(String(bound));
        const expected = op === '>=' ? actual >= b : op === '<=' ? actual <= b : op === '>' ? actual > b : actual < b;
        expect(result.passed).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads directions and baseline specs', () => {
    expect(parseDirections('rmse: lower\nf1=HIGHER')).toEqual(
      new Map([
        ['rmse', 'lower'],
        ['f1', 'higher'],
      ]),
    );
    expect(() => parseDirections('rmse down')).toThrow(/directions line 1/);
    expect(parseBaselineSpec('model:churn@production')).toEqual({ kind: 'model', name: 'churn', alias: 'production' });
    expect(parseBaselineSpec('run:01ABC')).toEqual({ kind: 'run', id: '01ABC' });
    expect(() => parseBaselineSpec('main')).toThrow(/baseline "main" is not understood/);
  });
});

describe('comparison', () => {
  it('gives change, relative change and a verdict by direction', () => {
    const rows = compareMetrics(
      { accuracy: 0.92, rmse: 0.35, note: 'v2', fresh: 1, zero: 5 },
      { accuracy: 0.9, rmse: 0.3, note: 'v1', gone: 2, zero: 0 },
      { sources: new Map([['accuracy', 'eval.json']]) },
    );
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by.accuracy).toMatchObject({ verdict: 'better', direction: 'higher', path: 'eval.json' });
    expect(by.accuracy?.relative).toBeCloseTo(0.02 / 0.9, 12);
    expect(by.rmse).toMatchObject({ verdict: 'worse', direction: 'lower' });
    expect(by.note).toMatchObject({ verdict: 'not-compared', diff: undefined });
    expect(by.fresh?.verdict).toBe('added');
    expect(by.gone?.verdict).toBe('removed');
    expect(by.zero).toMatchObject({ diff: 5, relative: undefined, verdict: 'changed' });
  });

  it('has the dvc metrics diff --json shape', () => {
    const rows = compareMetrics({ acc: 0.9, x: 'a' }, { acc: 0.8 }, { defaultPath: 'metrics.json' });
    const diff = toDvcDiff(rows);
    expect(Object.keys(diff)).toEqual(['metrics.json']);
    expect(diff['metrics.json']?.acc?.old).toBe(0.8);
    expect(diff['metrics.json']?.acc?.diff).toBeCloseTo(0.1, 12);
    expect(diff['metrics.json']?.x).toEqual({ old: null, new: 'a' });
    expect(toDvcDiff(compareMetrics({ acc: 1 }, undefined))).toEqual({ metrics: { acc: { old: null, new: 1 } } });
  });

  it('infers directions from names unless configured', () => {
    expect(directionOf('val_loss', new Map())).toBe('lower');
    expect(directionOf('latency_ms', new Map())).toBe('lower');
    expect(directionOf('eval.f1', new Map())).toBe('higher');
    expect(directionOf('widgets', new Map())).toBeUndefined();
    expect(directionOf('val_loss', new Map([['val_loss', 'higher']]))).toBe('higher');
  });

  it('lists changed params only', () => {
    expect(changedParams({ lr: '0.1', depth: '6', seed: '1' }, { lr: '0.2', depth: '6', old: 'x' })).toEqual([
      { name: 'lr', old: '0.2', new: '0.1' },
      { name: 'old', old: 'x', new: undefined },
      { name: 'seed', old: undefined, new: '1' },
    ]);
  });
});
