import { describe, expect, test } from 'vitest';
import {
  defaultAnswers,
  parseChoiceAnswer,
  parseNumber,
  parseQuery,
  parseWeight,
  toQuery,
} from '../../../src/lib/decision/url-state.ts';
import { tiny } from './fixture.ts';

describe('parseNumber (0 to 100, default 10, name "Load")', () => {
  test.each([
    ['60', 60, undefined],
    [' 60 % ', 60, undefined],
    ['1,0', 10, undefined],
    ['', 10, 'Load: enter a number from 0 to 100; using 10.'],
    ['abc', 10, 'Load: “abc” is not a number; using 10.'],
    ['NaN', 10, 'Load: “NaN” is not a number; using 10.'],
    ['Infinity', 10, 'Load: “Infinity” is not a number; using 10.'],
    ['-5', 0, 'Load: “-5” is outside 0 to 100; using 0.'],
    ['1e999', 100, 'Load: “1e999” is outside 0 to 100; using 100.'],
    ['60.6', 61, 'Load: “60.6” was rounded; using 61.'],
    ['-0.2', 0, 'Load: “-0.2” is outside 0 to 100; using 0.'],
    ['0.4', 0, 'Load: “0.4” was rounded; using 0.'],
    ['<img src=x onerror=alert(1)>', 10, 'Load: “<img src=x onerror=alert(1)>” is not a number; using 10.'],
    ['9'.repeat(50), 100, `Load: “${'9'.repeat(32)}…” is outside 0 to 100; using 100.`],
  ])('%j gives %d', (raw, value, message) => {
    expect(parseNumber(raw, 0, 100, 10, 'Load')).toEqual(message ? { value, message } : { value });
  });
});

describe('parseWeight', () => {
  test.each([
    ['2.5', 2.5, undefined],
    ['2.345', 2.35, 'W: “2.345” was rounded; using 2.35.'],
    ['101', 100, 'W: “101” is outside 0 to 100; using 100.'],
  ])('%j gives %d', (raw, value, message) => {
    expect(parseWeight(raw, 1, 'W')).toEqual(message ? { value, message } : { value });
  });
});

describe('parseChoiceAnswer', () => {
  const team = tiny.questions[1];
  if (team?.kind !== 'choice') throw new Error('fixture');
  test.each([
    ['js', 'js', undefined],
    [' JS ', 'js', undefined],
    ['ruby', 'mixed', 'Team: “ruby” is not one of py, js, mixed; using “mixed”.'],
  ])('%j gives %s', (raw, value, message) => {
    expect(parseChoiceAnswer(raw, team)).toEqual(message ? { value, message } : { value });
  });
});

describe('parseQuery', () => {
  test('reads answers and weights, ignoring unknown names', () => {
    expect(parseQuery('?load=60&team=js&utm_source=x&w=team-js:1:2.5', tiny)).toEqual({
      answers: { load: 60, team: 'js', ml: 'no' },
      overrides: { 'team-js': { django: 1, node: 2.5 } },
      importance: {},
      messages: [],
    });
  });

  test('reads how much each question matters; normal is not kept', () => {
    expect(parseQuery('m=team:2&m=ml:0&m=load:1', tiny).importance).toEqual({ team: 2, ml: 0 });
  });

  test.each([
    ['m=team:3', '“team:3” is not a setting of how much a question matters (question:0, 1 or 2); ignored.'],
    ['m=nope:2', '“nope:2” is not a setting of how much a question matters (question:0, 1 or 2); ignored.'],
    ['m=team:2:1', '“team:2:1” is not a setting of how much a question matters (question:0, 1 or 2); ignored.'],
    ['m=team:2&m=team:0', '“team:0” given twice; using the first.'],
  ])('importance %s gives a message', (query, text) => {
    const p = parseQuery(query, tiny);
    expect(p.messages).toEqual([{ field: 'importance', text }]);
    expect(p.importance).toEqual(query.startsWith('m=team:2&') ? { team: 2 } : {});
  });

  test.each([
    ['load=5&load=90', { load: 5 }, [{ field: 'load', text: 'Load: given 2 times; using the first.' }]],
    [
      'team=%3Cscript%3E',
      { team: 'mixed' },
      [{ field: 'team', text: 'Team: “<script>” is not one of py, js, mixed; using “mixed”.' }],
    ],
    ['load=%E0%A4%A', { load: 10 }, [{ field: 'load', text: 'Load: “\uFFFD%A” is not a number; using 10.' }]],
  ])('%s gives a sane value and a message', (query, answers, messages) => {
    const p = parseQuery(query, tiny);
    expect(p.answers).toMatchObject(answers);
    expect(p.messages).toEqual(messages);
  });

  test.each([
    ['w=nope:1:1', 'weights', '“nope:1:1” is not a weight setting (rule-id:django:node); ignored.'],
    ['w=team-js:1', 'weights', '“team-js:1” is not a weight setting (rule-id:django:node); ignored.'],
    ['w=team-js:x:1', 'w-team-js', 'Django weight of rule team-js: “x” is not a number; using 0.'],
    ['w=team-js:1:-3', 'w-team-js-node', 'Node.js weight of rule team-js: “-3” is outside 0 to 100; using 0.'],
    ['w=team-js:1:1&w=team-js:2:2', 'w-team-js', 'Rule team-js: weights given twice; using the first.'],
  ])('weights %s give a message on %s', (query, field, text) => {
    expect(parseQuery(query, tiny).messages).toEqual([{ field, text }]);
  });
});

describe('toQuery', () => {
  test('writes every answer and only the weights that differ from the defaults', () => {
    const overrides = { 'team-js': { django: 1, node: 2.5 }, 'ml-no': { django: 0, node: 0 } };
    expect(toQuery({ load: 60, team: 'js' }, overrides, tiny)).toBe('load=60&team=js&ml=no&w=team-js:1:2.5');
  });

  test('round-trips through parseQuery', () => {
    const answers = { load: 41, team: 'py', ml: 'core' };
    const overrides = { 'ml-core': { django: 0.5, node: 7 } };
    expect(parseQuery(toQuery(answers, overrides, tiny), tiny)).toEqual({
      answers,
      overrides,
      importance: {},
      messages: [],
    });
    const importance = { team: 2, load: 0 } as const;
    expect(toQuery(answers, {}, tiny, importance)).toBe('load=41&team=py&ml=core&m=load:0&m=team:2');
    expect(parseQuery(toQuery(answers, {}, tiny, importance), tiny).importance).toEqual(importance);
  });

  test('defaultAnswers lists every question', () => {
    expect(defaultAnswers(tiny.questions)).toEqual({ load: 10, team: 'mixed', ml: 'no' });
  });
});
