import { describe, expect, test } from 'vitest';
import { strengthOf, verdictWords } from '../../../src/lib/decision/words.ts';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { tiny } from './fixture.ts';

const label = (id: string) => tiny.questions.find((q) => q.id === id)?.label ?? id;

describe('verdictWords', () => {
  test.each([
    [1, 'a strong lean'],
    [-0.6, 'a strong lean'],
    [0.59, 'a clear lean'],
    [0.35, 'a clear lean'],
    [0.2, 'a slight lean'],
  ])('strength of a lead of %d is %s', (lead, word) => {
    expect(strengthOf(lead)).toBe(word);
  });

  test.each([
    [{ load: 60, team: 'mixed' }, 'A strong lean to Node.js', 'A strong lean to Node.js.'],
    [{ load: 10 }, 'A strong lean to Django', 'A strong lean to Django.'],
    [
      { load: 60, ml: 'core' },
      'Both: Django and Node.js in one system',
      'Both: Django and Node.js in one system. 1 warning from the when-not lists.',
    ],
    [
      { load: 60, team: 'js' },
      'A strong lean to Node.js',
      'A strong lean to Node.js. 1 warning from the when-not lists.',
    ],
  ])('%j reads “%s”, never in points', (answers, title, announce) => {
    const w = verdictWords(evaluate(tiny, answers), label);
    expect(w.title).toBe(title);
    expect(w.announce).toBe(announce);
    expect(`${w.title} ${w.detail} ${w.announce}`).not.toMatch(/\bpoints?\b|%/);
  });

  test('either says that either works', () => {
    const o = { ...evaluate(tiny, { load: 10 }), verdict: 'either' as const };
    expect(verdictWords(o, label).title).toBe('No meaningful lead: either works');
  });

  test('both names the strong reasons on each side', () => {
    expect(verdictWords(evaluate(tiny, { load: 60, ml: 'core' }), label).detail).toBe(
      'Strong reasons pull each way: Django for ml, Node.js for load.',
    );
  });
});
