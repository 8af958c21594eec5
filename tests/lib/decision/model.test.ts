import { describe, expect, test } from 'vitest';
import { shorten } from '../../../src/lib/decision/model.ts';
import { answerLabel, questionLabel, ruleLabel } from '../../../src/lib/decision/labels.ts';
import { DECISION_QUESTIONS } from '../../../src/lib/decision/questions.ts';

const model = { questions: [...DECISION_QUESTIONS] };

describe('labels', () => {
  test.each([
    ['realtime', 60, '60%'],
    ['connections', 10000, '10,000 connections'],
    ['team', 'js', 'JavaScript or TypeScript only'],
    ['team', 'ruby', 'ruby'],
    ['nope', 'x', 'x'],
  ])('answer %s = %j reads %j', (q, v, label) => {
    expect(answerLabel(model, q, v)).toBe(label);
  });

  test('questionLabel and ruleLabel fall back to ids', () => {
    expect(questionLabel(model, 'nope')).toBe('nope');
    expect(ruleLabel(model, { question: 'ml', answers: ['planned', 'core'] })).toBe(
      'Machine learning: Planned later or At the core of the product',
    );
  });
});

describe('shorten', () => {
  test.each([
    ['short text', 'short text'],
    ['one two three four five six', 'one two three…'],
    ['one two three, four five', 'one two three…'],
  ])('%j becomes %j', (text, expected) => {
    expect(shorten(text, 16)).toBe(expected);
  });
});
