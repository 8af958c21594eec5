import { expect, test } from 'vitest';
import { checkDecisionRules } from '../../src/lib/decision/integrity.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';

test('the real decision rules pass every cross-field and cross-record check', () => {
  expect(checkDecisionRules(readKnowledgeBase())).toEqual([]);
});
