import { describe, expect, test } from 'vitest';
import { claimView, tableView } from '../../../src/lib/views/claims.ts';
import { benchmark, claim, contextOf, faq, figure, kbOf, table, whenNot } from '../fixtures/kb.ts';

const c1 = claim('c1', 'alpha', 'node', {
  figures: [
    figure('node', 120_000, { approx: true, qualifier: 'one core' }),
    figure('django', 50, { unit: 'MB', atMost: true }),
  ],
  topics: ['speed', 'people'],
  context: 'Measured on a laptop.',
});
const kb = kbOf({
  claims: [c1, claim('c2', 'beta', 'django')],
  faqs: [faq('f1', 'alpha', { claims: ['c1'], question: 'Is it fast?' })],
  whenNot: [whenNot('w1', 'alpha', { claims: ['c1'] })],
  benchmarks: [benchmark('b1', 'alpha', { claim: 'c1' })],
  tables: [
    table('t1', 'alpha', {
      rows: [
        { id: 'speed', cells: { aspect: 'Speed', django: 'Fine' }, claims: ['c1', 'c2'], favours: 'node' },
        { id: 'cost', cells: { aspect: 'Cost', django: 'Low' }, claims: ['c1'] },
      ],
    }),
  ],
});
const ctx = contextOf(kb);

describe('claimView', () => {
  const view = claimView(ctx, c1);

  test('prints figures with their markers and qualifier', () => {
    expect(view.figures).toEqual([
      { value: '~120,000 req/s', subject: 'Node.js (one core)' },
      { value: 'under 50 MB', subject: 'Django' },
    ]);
    expect(view.context).toBe('Measured on a laptop.');
  });

  test('links its source, dimension and topics under the base', () => {
    expect(view.source).toEqual({ href: '/kb/sources/alpha/#c1', short: 'Alpha', title: 'The alpha article' });
    expect(view.dimension).toEqual({ href: '/kb/compare/#perf', text: 'Dimension perf' });
    expect(view.topics).toEqual([
      { href: '/kb/topics/speed/', text: 'Speed' },
      { href: '/kb/topics/people/', text: 'People' },
    ]);
  });

  test('lists where it is used: FAQs, when-not items, benchmarks, then one entry per table', () => {
    expect(view.usedIn).toEqual([
      { prefix: '', suffix: ' (FAQ)', links: [{ href: '/kb/faq/#f1', text: 'Is it fast?' }] },
      { prefix: 'When not: ', links: [{ href: '/kb/when-not/#w1', text: 'When not w1' }] },
      { prefix: 'Benchmark: ', links: [{ href: '/kb/benchmarks/#b1', text: 'Benchmark b1' }] },
      {
        prefix: 'Table “Table t1”: ',
        links: [
          { href: '/kb/sources/alpha/#t1-speed', text: 'Speed' },
          { href: '/kb/sources/alpha/#t1-cost', text: 'Cost' },
        ],
      },
    ]);
  });

  test('links a row on its table’s walkthrough, even for a claim of another source', () => {
    expect(claimView(ctx, kb.claims[1] ?? c1).usedIn).toEqual([
      { prefix: 'Table “Table t1”: ', links: [{ href: '/kb/sources/alpha/#t1-speed', text: 'Speed' }] },
    ]);
  });

  test('leaves the source badge out on the source’s own page, and has no uses when nothing cites it', () => {
    const own = claimView(contextOf(kbOf({ claims: kb.claims })), kb.claims[1] ?? c1, { showSource: false });
    expect(own.source).toBeUndefined();
    expect(own.usedIn).toEqual([]);
    expect(own.anchorLabel).toBe('this claim');
  });
});

describe('tableView', () => {
  const [t1] = kb.tables;
  if (!t1) throw new Error('fixture');
  const view = tableView(ctx, t1);

  test('rows carry stable anchors, their label and numbered links to their claims', () => {
    expect(view.captionId).toBe('t1-caption');
    expect(view.columns).toEqual([{ label: 'Aspect' }, { label: 'Django', class: 'col-django' }]);
    expect(view.rows[0]).toEqual({
      anchor: 't1-speed',
      label: 'Speed',
      anchorLabel: 'Speed',
      cells: ['Fine'],
      favours: 'node',
      claims: [
        { href: '/kb/sources/alpha/#c1', n: 1 },
        { href: '/kb/sources/alpha/#c2', n: 2 },
      ],
    });
  });

  test('a table without columns is refused', () => {
    expect(() => tableView(ctx, { ...t1, columns: [] })).toThrow('t1: a table needs columns');
  });
});
