// Bad content fails with a message naming the file, the record id, the field and what was expected.
// Small bad inputs through the real parser and checks; the messages are pinned as inline snapshots.
import { describe, expect, test } from 'vitest';
import { parseKind } from '../../src/lib/content/parse.ts';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';

const claim = {
  id: 'trio-sample',
  locator: 'performance',
  topics: ['performance'],
  dimension: 'performance',
  favours: 'django',
  text: 'A sample claim.',
};
const claims = (...data: unknown[]) => () => parseKind('claims', [{ path: 'content/claims/trio.yaml', data }]);

describe('schema errors', () => {
  test('a missing field', () => {
    expect(claims({ ...claim, text: undefined })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "text": is missing; expected text]
    `);
  });

  test('a wrong enum value', () => {
    expect(claims({ ...claim, favours: 'python' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "favours": expected one of "django", "node", "tie", "depends", "none"; found text "python"]
    `);
  });

  test('a bad id', () => {
    expect(claims({ ...claim, id: 'Trio Sample' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "Trio Sample", field "id": expected a lowercase slug such as "json-throughput" (letters, digits, single hyphens); found text "Trio Sample"]
    `);
  });

  test('a list where an object is expected (one-per-file kind)', () => {
    expect(() => parseKind('sources', [{ path: 'content/sources/trio.yaml', data: [{ id: 'trio' }] }])).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/sources/trio.yaml: expected one source (an object), found a list]
    `);
  });

  test('a list where an object is expected (a figure)', () => {
    expect(claims({ ...claim, figures: [['node', 120000]] })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "figures[0]": expected an object (field: value lines), found a list]
    `);
  });

  test('a source field in a per-source file', () => {
    expect(claims({ ...claim, source: 'witarist-2026' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "source": leave it out; the file name "trio" is the source]
    `);
  });

  test('a misspelt field is not dropped silently', () => {
    expect(claims({ ...claim, contxt: 'A note.' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "contxt": not a field here (a typo?); expected one of id, source, locator, topics, dimension, favours, figures, text, context]
    `);
  });

  test('a number written as text, and a negative value', () => {
    const figure = { side: 'node', subject: 'Node.js', metric: 'startup-time', unit: 'ms' };
    expect(claims({ ...claim, figures: [{ ...figure, value: '150' }, { ...figure, value: -1 }] })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: claim "trio-sample", field "figures[0].value": expected a number, found text "150"; write it without quotes
      - content/claims/trio.yaml: claim "trio-sample", field "figures[1].value": expected a number of at least 0; found the number -1]
    `);
  });

  test('every problem of a file is listed, records numbered when they have no id', () => {
    expect(claims({ ...claim, topics: [] }, 'just text')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Content is invalid:
      - content/claims/trio.yaml: item 2: expected a claim (an object), found text "just text"
      - content/claims/trio.yaml: claim "trio-sample", field "topics": expected at least 1 item; found an empty list]
    `);
  });
});

describe('integrity errors', () => {
  const kb = readKnowledgeBase();
  const withClaim = (patch: object) => ({ ...kb, claims: kb.claims.map((c) => (c.id === 'wit-cold-start' ? { ...c, ...patch } : c)) });

  test('a wrong unit', () => {
    const figures = kb.claims.find((c) => c.id === 'wit-cold-start')?.figures.map((f) => ({ ...f, unit: 's', value: f.value / 1000 })) ?? [];
    expect(checkIntegrity(withClaim({ figures }))).toMatchInlineSnapshot(`
      [
        "wit-cold-start figures[0]: figure for "serverless-cold-start" has unit "s", expected "ms"",
        "wit-cold-start figures[1]: figure for "serverless-cold-start" has unit "s", expected "ms"",
        "wit-benchmarks/cold-start: cell "django" prints "~800ms", but no figure of its claims (wit-cold-start) has the value 800",
        "wit-benchmarks/cold-start: cell "node" prints "~150ms", but no figure of its claims (wit-cold-start) has the value 150",
      ]
    `);
  });

  test('a dangling reference', () => {
    expect(checkIntegrity(withClaim({ dimension: 'speed', topics: ['perf'] }))).toMatchInlineSnapshot(`
      [
        "wit-cold-start: topic "perf" does not exist",
        "wit-cold-start: dimension "speed" does not exist",
      ]
    `);
  });

  test('a table cell printing a number its claims do not carry', () => {
    const figures = kb.claims.find((c) => c.id === 'wit-cold-start')?.figures.map((f) => ({ ...f, value: f.value + 1 })) ?? [];
    expect(checkIntegrity(withClaim({ figures }))).toMatchInlineSnapshot(`
      [
        "wit-benchmarks/cold-start: cell "django" prints "~800ms", but no figure of its claims (wit-cold-start) has the value 800",
        "wit-benchmarks/cold-start: cell "node" prints "~150ms", but no figure of its claims (wit-cold-start) has the value 150",
      ]
    `);
  });
});
