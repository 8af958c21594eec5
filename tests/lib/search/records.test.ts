import { describe, expect, test } from 'vitest';
import { proseRecords, searchRecords, walkthroughPages } from '../../../src/lib/search/records.ts';
import { adopter, claim, contextOf, faq, figure, kbOf, proCon, table, whenNot } from '../fixtures/kb.ts';

const ctx = contextOf(
  kbOf({
    faqs: [faq('q-fast', 'alpha', { question: 'Is Node.js faster?', answer: 'On I/O, yes.', favours: 'node' })],
    claims: [
      claim('c-rps', 'beta', 'node', { text: 'Node.js serves more JSON.', figures: [figure('node', 880000)] }),
      claim('c-plain', 'alpha', 'tie', { text: 'Both scale.', topics: ['people'] }),
    ],
    tables: [
      table('t1', 'alpha', {
        rows: [{ id: 'lang', cells: { aspect: 'Language', django: 'Python' }, claims: ['c-plain'], favours: 'django' }],
      }),
    ],
    whenNot: [whenNot('w-myth', 'beta', { kind: 'myth', title: 'Myth: it is old', avoid: 'node' })],
    adopters: [adopter('a-insta', 'alpha', { company: 'Instagram', side: 'django' })],
    prosCons: [proCon('p-one', 'alpha', { kind: 'con', side: 'node', text: 'Needs setup.' })],
  }),
);
const records = searchRecords(ctx);
const byUrl = (url: string) => records.find((r) => r.url === url);

describe('searchRecords', () => {
  test('an FAQ is found by its question, at its anchor on the FAQ page (base-relative)', () => {
    expect(byUrl('/faq/#q-fast')).toEqual({
      url: '/faq/#q-fast',
      title: 'Is Node.js faster?',
      content: 'Is Node.js faster? On I/O, yes.',
      type: 'FAQ',
      page: 'FAQ',
      sources: ['Alpha'],
      topics: ['Speed'],
      sides: ['Node.js'],
    });
  });

  test('a claim carries its figures as words, once, at its walkthrough anchor', () => {
    const r = byUrl('/sources/beta/#c-rps');
    expect(r?.title).toBe('Node.js serves more JSON.');
    expect(r?.content).toBe('Node.js serves more JSON. 880,000 req/s Node.js');
    expect(r?.page).toBe('Beta walkthrough');
    expect(records.filter((x) => x.url.endsWith('#c-rps'))).toHaveLength(1);
  });

  test('a tie speaks to both sides; a table row is titled by its label with its cells as words', () => {
    expect(byUrl('/sources/alpha/#c-plain')?.sides).toEqual(['Django', 'Node.js']);
    const row = byUrl('/sources/alpha/#t1-lang');
    expect(row).toMatchObject({ title: 'Language', type: 'Table row', sides: ['Django'], topics: ['People'] });
    expect(row?.content).toBe('Language. Django: Python');
    expect(row?.page).toBe('Alpha walkthrough, table “Table t1”');
  });

  test.each([
    ['/when-not/#w-myth', 'Myth', 'Myth: it is old'],
    ['/sources/alpha/#a-insta', 'Adopter', 'Instagram uses Django'],
    ['/sources/alpha/#p-one', 'Con', 'Needs setup.'],
    ['/topics/speed/', 'Topic', 'Speed'],
  ])('%s is a %s titled %j', (url, type, title) => {
    expect(byUrl(url)).toMatchObject({ type, title });
  });

  test('no two entries share an address, and none has chips or labels in its words', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) expect(r.content).not.toMatch(/Favours|Source:/);
  });
});

describe('proseRecords and walkthroughPages', () => {
  test('a prose section is an entry titled by its heading', () => {
    expect(
      proseRecords([
        {
          url: '/sources/alpha/#intro',
          title: 'Intro',
          text: 'Sets the scene.',
          page: 'Alpha walkthrough',
          sources: ['Alpha'],
        },
      ]),
    ).toEqual([
      {
        url: '/sources/alpha/#intro',
        title: 'Intro',
        content: 'Intro. Sets the scene.',
        type: 'Walkthrough section',
        page: 'Alpha walkthrough',
        sources: ['Alpha'],
        topics: [],
        sides: ['Django', 'Node.js'],
      },
    ]);
  });
  test('one walkthrough page per source', () => {
    expect(walkthroughPages(ctx)).toEqual([
      { path: '/sources/alpha/', page: 'Alpha walkthrough', sources: ['Alpha'] },
      { path: '/sources/beta/', page: 'Beta walkthrough', sources: ['Beta'] },
    ]);
  });
});
