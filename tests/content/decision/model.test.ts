import { describe, expect, test } from 'vitest';
import { buildDecisionModel } from '../../../src/lib/decision/model.ts';
import { readKnowledgeBase } from '../../../src/lib/content/read.ts';
import { DECISION_QUESTIONS } from '../../../src/lib/decision/questions.ts';

const kb = readKnowledgeBase();
const model = buildDecisionModel(kb, '/kb/');

describe('buildDecisionModel', () => {
  test('has every question and rule, and every citation resolves to a base-prefixed link', () => {
    expect(model.questions.map((q) => q.id)).toEqual(DECISION_QUESTIONS.map((q) => q.id));
    expect(model.rules).toHaveLength(kb.decisionRules.length);
    const used = model.rules.flatMap((r) => [...r.cites, ...r.dissent, ...(r.warning ? [r.warning.ref, ...r.warning.workable.map((x) => x.ref)] : [])]);
    for (const i of used) expect(model.refs[i]?.href).toMatch(/^\/kb\/(sources\/[a-z0-9-]+|when-not)\/#[a-z0-9-]+$/);
  });

  test.each([
    [
      'row',
      'wit-decision-matrix/realtime-chat',
      'Table row “Real-time chat / notifications”',
      '/kb/sources/witarist-2026/#wit-decision-matrix-realtime-chat',
      'Witarist 2026',
    ],
    [
      'whenNot',
      'wit-avoid-django-serverless-first',
      'When not to use Django: Serverless-first deployment',
      '/kb/when-not/#wit-avoid-django-serverless-first',
      'Witarist 2026',
    ],
    [
      'whenNot',
      'fo-myth-javascript-everywhere',
      'Myth: JavaScript everywhere settles it',
      '/kb/when-not/#fo-myth-javascript-everywhere',
      'Freelancer opinion',
    ],
    [
      'guidance',
      'fo-threshold-realtime-load',
      'More than 30–40% of load on long-lived connections',
      '/kb/sources/freelancer-opinion/#fo-threshold-realtime-load',
      'Freelancer opinion',
    ],
  ])('resolves %s %s', (kind, id, label, href, source) => {
    expect(model.refs.find((r) => r.kind === kind && r.id === id)).toEqual({ kind, id, label, href, source });
  });

  test('lists the polyglot guidance for both and either', () => {
    expect(model.polyglot.map((i) => model.refs[i]?.id).sort()).toEqual(
      kb.guidance
        .filter((g) => g.kind === 'polyglot')
        .map((g) => g.id)
        .sort(),
    );
  });

  test('labels rules in words', () => {
    expect(model.rules.find((r) => r.id === 'team-js')?.label).toBe(
      "The team's language: JavaScript or TypeScript only",
    );
    expect(model.rules.find((r) => r.id === 'connections-10000-plus')?.label).toBe(
      'Peak concurrent connections per server: 10,000 connections or more',
    );
    expect(model.rules.find((r) => r.id === 'realtime-30-to-40')?.label).toBe(
      'Share of server load on long-lived connections: 30 to 40%',
    );
  });
});
