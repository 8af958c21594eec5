import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { buildDecisionModel } from '../../../src/lib/decision/model.ts';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { parseQuery } from '../../../src/lib/decision/url-state.ts';


const model = buildDecisionModel(readKnowledgeBase(), '/');
const run = (query: string) => {
  const { answers, overrides, messages } = parseQuery(query, model);
  expect(messages).toEqual([]);
  return evaluate(model, answers, overrides);
};
const against = (o: ReturnType<typeof run>) => o.warnings.map((r) => r.warning?.against);

// The scenarios the "Done when" names, on the real rules in content/decision-rules.
describe('the issue scenarios, on the real rules', () => {
  test.each([
    ['a JS-only team building real-time chat with 60% long-lived load', 'team=js&app=chat&realtime=60', 'node'],
    [
      'a data-heavy CRUD app with an admin panel, ML at its core and compliance',
      'app=crud&data=complex&admin=yes&ml=core&compliance=yes',
      'django',
    ],
    ['serverless required with a JS team', 'serverless=required&team=js', 'node'],
    ['ML at the core with 50% real-time load', 'ml=core&realtime=50', 'both'],
    ['the default answers', '', 'either'],
  ])('%s gives %s', (_name, query, verdict) => {
    expect(run(query).verdict).toBe(verdict);
  });

  test('serverless required with a JS team shows two warnings against Django, one of them a hard exclusion', () => {
    const o = run('serverless=required&team=js');
    expect(o.warnings.map((r) => r.id)).toEqual(['team-js', 'serverless-required']);
    expect(against(o)).toEqual(['django', 'django']);
    expect(o.excluded).toEqual(['django']);
  });

  test('warnings show even when the total points the other way', () => {
    const o = run('team=js&app=crud&data=complex&admin=yes&compliance=yes');
    expect(o.verdict).toBe('django');
    expect(against(o)).toContain('django');
  });

  test('both names the strong reasons on each side', () => {
    const o = run('ml=core&realtime=50');
    expect(o.strong.django.map((r) => r.id)).toEqual(['ml-core']);
    expect(o.strong.node.map((r) => r.id)).toEqual(['realtime-over-40']);
  });
});

