import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { METHOD } from '../../../src/lib/decision/method.ts';
import { tiny } from './fixture.ts';

describe('evaluate on a tiny model', () => {
  test.each([
    [{}, 'django', 1],
    [{ load: 60, team: 'js' }, 'node', -1],
    [{ load: 50, ml: 'core' }, 'both', 0],
    [{ load: 5, team: 'js', ml: 'core' }, 'django', 2 / 8],
  ])('%j gives %s with lead %d', (answers, verdict, lead) => {
    const o = evaluate(tiny, answers);
    expect(o.verdict).toBe(verdict);
    expect(o.lead).toBeCloseTo(lead, 12);
  });

  test('no evidence at all gives either', () => {
    expect(evaluate(tiny, {}, { 'load-low': { django: 0, node: 0 } }).verdict).toBe('either');
  });

  test.each([
    // Django 6 against Node.js 4 is a lead of exactly 20%: meaningful.
    [{ django: 6, node: 0 }, { django: 0, node: 4 }, 'django'],
    // 5.9 against 4 is just under 20%: either.
    [{ django: 5.9, node: 0 }, { django: 0, node: 4 }, 'either'],
  ])('a lead at the margin (%j vs %j) gives %s', (a, b, verdict) => {
    const o = evaluate(tiny, { load: 0, team: 'py' }, { 'load-low': b, 'team-py': a });
    expect(o.verdict).toBe(verdict);
  });

  test('a split rule below the strong level does not make both', () => {
    const o = evaluate(tiny, { load: 50, ml: 'core' }, { 'ml-core': { django: 2, node: 0 } });
    expect(o.strongLevel).toBe(METHOD.strongShare * 4);
    expect(o.verdict).toBe('node');
  });
});
