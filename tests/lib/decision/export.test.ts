import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv, toJson, usedRefs } from '../../../src/lib/decision/export.ts';
import { evaluate } from '../../../src/lib/decision/verdict.ts';
import { smallestFlips } from '../../../src/lib/decision/flip.ts';
import { tiny } from './fixture.ts';

const answers = { load: 60, team: 'js', ml: 'no' };
const outcome = evaluate(tiny, answers);
const input = {
  model: tiny,
  answers,
  overrides: {},
  outcome,
  flips: smallestFlips(tiny, answers),
  pageUrl: 'https://example.test/kb/calculators/decision/?load=60',
};

describe('toCsv', () => {
  test('parses back with a real CSV parser: header, one row per question, a total row', () => {
    const parsed = Papa.parse<string[]>(toCsv(input), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([
      'question',
      'answer',
      'django_points',
      'node_points',
      'rule',
      'reason',
      'warning',
      'sources',
    ]);
    expect(parsed.data.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['Load', '60', '0', '4', 'load-high'],
      ['Team', 'js', '0', '3', 'team-js'],
      ['ML', 'no', '0', '0', 'ml-no'],
      ['total', 'verdict: node', '0', '7', ''],
    ]);
    expect(parsed.data[2]?.[6]).toBe('rules out django');
    expect(parsed.data[1]?.[7]).toBe('https://example.test/sources/s/#c1');
  });

  test('a warning some source contradicts names who says the stack still works', () => {
    const ml = { ...answers, ml: 'core' };
    const csv = toCsv({ ...input, answers: ml, outcome: evaluate(tiny, ml) });
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.data[3]?.[6]).toBe('against node; still works per Src');
  });
});

describe('toJson', () => {
  test('holds answers, verdict, scores, contributions, rules and sources with absolute URLs', () => {
    const json = JSON.parse(toJson(input)) as Record<string, unknown>;
    expect(json).toMatchObject({
      url: input.pageUrl,
      answers,
      verdict: 'node',
      scores: { django: 0, node: 7, lead: -1 },
      contributions: [
        { question: 'load', answer: 60, django: 0, node: 4, rules: ['load-high'] },
        { question: 'team', answer: 'js', django: 0, node: 3, rules: ['team-js'] },
        { question: 'ml', answer: 'no', django: 0, node: 0, rules: ['ml-no'] },
      ],
      warnings: [
        {
          rule: 'team-js',
          against: 'django',
          rulesOut: true,
          whenNot: { id: 'w1', url: 'https://example.test/when-not/#w1' },
          stillWorks: [],
        },
      ],
      rules: [
        { id: 'load-high', weights: { django: 0, node: 4 }, defaultWeights: { django: 0, node: 4 }, cites: ['c1'] },
        { id: 'team-js' },
        { id: 'ml-no' },
      ],
      sources: [
        {
          kind: 'claim',
          id: 'c1',
          label: 'A claim, with "quotes"',
          source: 'Src',
          url: 'https://example.test/sources/s/#c1',
        },
      ],
    });
  });

  test('usedRefs adds the split advice for both and either', () => {
    const model = { ...tiny, polyglot: [1] };
    expect(usedRefs(model, evaluate(model, { load: 50, ml: 'core' }))).toEqual([0, 1]);
    expect(usedRefs(model, evaluate(model, { load: 60 }))).toEqual([0]);
  });
});
