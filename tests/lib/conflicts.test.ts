import { describe, expect, test } from 'vitest';
import { findConflicts, type Conflict } from '../../src/lib/conflicts.ts';
import { claim, fig, input } from './conflicts-fixtures.ts';

const dateReason = 'Different dates: the newest year cited is 2021 for Beta and 2026 for Alpha.';

describe('verdict conflicts', () => {
  test.each<[string, Parameters<typeof input>, Conflict[]]>([
    ['no claims', [], []],
    ['two sources agree', [claim('a1', 'alpha', 'node'), claim('b1', 'beta', 'node')], []],
    ['ties and depends never conflict', [claim('a1', 'alpha', 'tie'), claim('b1', 'beta', 'depends')], []],
    [
      'opposite verdicts from different sources',
      [claim('a1', 'alpha', 'node'), claim('b1', 'beta', 'django', { topics: ['people', 'speed'] })],
      [
        {
          id: 'conflict-perf',
          kind: 'verdict',
          title: 'Performance: sources favour different stacks',
          topic: 'speed',
          topics: ['speed', 'people'],
          dimension: 'perf',
          sides: [
            { source: 'beta', claim: 'b1', favours: 'django' },
            { source: 'alpha', claim: 'a1', favours: 'node' },
          ],
          reasons: [dateReason],
          intraSource: false,
        },
      ],
    ],
    [
      'one source arguing both ways in one section is balanced, not a conflict',
      [claim('a1', 'alpha', 'node'), claim('a2', 'alpha', 'django')],
      [],
    ],
    [
      'two sources that only lean (neither has two thirds) do not conflict',
      [
        ...['a1', 'a2'].map((id) => claim(id, 'alpha', 'django')),
        claim('a3', 'alpha', 'node'),
        claim('a4', 'alpha', 'tie'),
        claim('g1', 'gamma', 'node'),
        claim('g2', 'gamma', 'tie'),
      ],
      [],
    ],
    [
      "a source's minority claims are left out; a source contradicting itself across sections counts both ways",
      [
        ...['a1', 'a2', 'a3'].map((id) => claim(id, 'alpha', 'django')),
        claim('a4', 'alpha', 'node'),
        claim('g1', 'gamma', 'node', { locator: 'table', context: 'Only for I/O-bound work.' }),
        claim('g2', 'gamma', 'django', { locator: 'faq' }),
      ],
      [
        {
          id: 'conflict-perf',
          kind: 'verdict',
          title: 'Performance: sources favour different stacks',
          topic: 'speed',
          topics: ['speed'],
          dimension: 'perf',
          sides: [
            { source: 'alpha', claim: 'a1', favours: 'django' },
            { source: 'alpha', claim: 'a2', favours: 'django' },
            { source: 'alpha', claim: 'a3', favours: 'django' },
            { source: 'gamma', claim: 'g2', favours: 'django' },
            { source: 'gamma', claim: 'g1', favours: 'node' },
          ],
          reasons: [
            'Different scope: Gamma adds notes that limit or qualify some of these claims.',
            'Same source, both ways: Gamma favours each stack in different sections.',
          ],
          intraSource: false,
        },
      ],
    ],
  ])('%s', (_name, claims, expected) => {
    expect(findConflicts(input(...claims))).toEqual(expected);
  });
});

describe('figure conflicts', () => {
  const ids = (claims: Parameters<typeof input>) => findConflicts(input(...claims)).map((c) => c.id);

  test.each<[string, Parameters<typeof input>, string[]]>([
    [
      'within tolerance (4.8 % < 5 %)',
      [claim('a1', 'alpha', 'tie', { figures: [fig('node', 100), fig('node', 105)] })],
      [],
    ],
    [
      'different sides are never compared',
      [claim('a1', 'alpha', 'tie', { figures: [fig('node', 100), fig('django', 10)] })],
      [],
    ],
    [
      'per-subject metric: different subjects are not compared',
      [
        claim('a1', 'alpha', 'tie', {
          figures: [fig('django', 2e9, { metric: 'users', unit: 'users', subject: 'Instagram' })],
        }),
        claim('b1', 'beta', 'tie', {
          figures: [fig('django', 5e8, { metric: 'users', unit: 'users', subject: 'Pinterest' })],
        }),
      ],
      [],
    ],
    [
      'per-subject metric: the same subject is, and its id names it',
      [
        claim('a1', 'alpha', 'tie', {
          figures: [fig('django', 2e9, { metric: 'users', unit: 'users', subject: 'Instagram' })],
        }),
        claim('b1', 'beta', 'tie', {
          figures: [fig('django', 5e8, { metric: 'users', unit: 'users', subject: 'Instagram' })],
        }),
      ],
      ['conflict-users-django-instagram'],
    ],
    [
      'overlapping ranges agree',
      [claim('a1', 'alpha', 'tie', { figures: [fig('both', 25, { high: 40 }), fig('both', 35, { high: 50 })] })],
      [],
    ],
  ])('%s', (_name, claims, expected) => {
    expect(ids(claims)).toEqual(expected);
  });

  test('figures across sources: both sides, grouped by source, with setup and date reasons', () => {
    const claims = [
      claim('b1', 'beta', 'node', { figures: [fig('node', 1_200_000, { qualifier: 'R23' })] }),
      claim('a1', 'alpha', 'node', { figures: [fig('node', 120_000, { approx: true, qualifier: 'one core' })] }),
    ];
    expect(findConflicts(input(...claims))).toEqual([
      {
        id: 'conflict-rps-node',
        kind: 'figure',
        title: 'Requests per second for Node.js: the figures differ',
        topic: 'speed',
        topics: ['speed'],
        dimension: 'perf',
        metric: 'rps',
        side: 'node',
        sides: [
          { source: 'alpha', claim: 'a1', figure: fig('node', 120_000, { approx: true, qualifier: 'one core' }) },
          { source: 'beta', claim: 'b1', figure: fig('node', 1_200_000, { qualifier: 'R23' }) },
        ],
        reasons: ['Different setups: “one core” and “R23”.', dateReason],
        intraSource: false,
      },
    ]);
  });

  test('one source giving two numbers is an intra-source conflict; figures that agree stay out', () => {
    const claims = [
      claim('a1', 'alpha', 'node', { figures: [fig('node', 1_200_000)] }),
      claim('a2', 'alpha', 'node', { figures: [fig('node', 1_300_000, { approx: true, atLeast: true })] }),
      claim('a3', 'alpha', 'node', { figures: [fig('node', 1_300_000)] }),
    ];
    const [conflict] = findConflicts(input(...claims));
    expect(conflict?.sides.map((s) => s.claim)).toEqual(['a1', 'a2', 'a3']);
    expect(conflict?.intraSource).toBe(true);
    expect(conflict?.reasons).toEqual([
      'Same source, different numbers: Alpha gives 1.2 million req/s, ~1.3 million+ req/s and 1.3 million req/s in different places.',
    ]);
  });

  test('lower bounds that differ are reported with the reason that both can hold', () => {
    const claims = [
      claim('a1', 'alpha', 'node', { figures: [fig('node', 2_200_000, { atLeast: true })] }),
      claim('g1', 'gamma', 'node', { figures: [fig('node', 2_000_000, { atLeast: true })] }),
    ];
    expect(findConflicts(input(...claims))[0]?.reasons).toEqual([
      'Both figures are lower bounds (“+”), so both can hold.',
    ]);
  });

  test('a ratio derived from one claim’s two figures is compared with a stated ratio', () => {
    const claims = [
      claim('a1', 'alpha', 'node', {
        figures: [fig('node', 23_000_000, { atLeast: true }), fig('django', 5_000_000, { atLeast: true })],
      }),
      claim('b1', 'beta', 'node', {
        figures: [fig('node', 3, { metric: 'rps-ratio', unit: 'x', approx: true, subject: 'share' })],
      }),
    ];
    expect(findConflicts(input(...claims))).toEqual([
      {
        id: 'conflict-rps-ratio-node',
        kind: 'figure',
        title: "Node.js throughput relative to Django: the sources' ratios differ",
        topic: 'speed',
        topics: ['speed'],
        dimension: 'perf',
        metric: 'rps-ratio',
        side: 'node',
        sides: [
          {
            source: 'alpha',
            claim: 'a1',
            figure: fig('node', 4.6, { metric: 'rps-ratio', unit: 'x', approx: true, subject: 'Node against Django' }),
            derived: '23 million+ req/s ÷ 5 million+ req/s = 4.6',
          },
          {
            source: 'beta',
            claim: 'b1',
            figure: fig('node', 3, { metric: 'rps-ratio', unit: 'x', approx: true, subject: 'share' }),
          },
        ],
        reasons: [
          dateReason,
          'Different scope: the ratio for Alpha is worked out here from its own figures, not quoted ' +
            '(23 million+ req/s ÷ 5 million+ req/s = 4.6), and bounds (“+”) make such a ratio only indicative.',
        ],
        intraSource: false,
      },
    ]);
  });
});

describe('findConflicts as a whole', () => {
  const claims = [
    claim('a1', 'alpha', 'node', { figures: [fig('node', 100)] }),
    claim('b1', 'beta', 'django', { figures: [fig('node', 200)] }),
    claim('g1', 'gamma', 'django', { dimension: 'team', topics: ['people'] }),
    claim('a2', 'alpha', 'node', { dimension: 'team', topics: ['people'] }),
  ];

  test('is sorted by id and places each conflict on its topic', () => {
    expect(findConflicts(input(...claims)).map((c) => [c.id, c.topic])).toEqual([
      ['conflict-perf', 'speed'],
      ['conflict-rps-node', 'speed'],
      ['conflict-team', 'people'],
    ]);
  });

  test('does not depend on input order and does not change its input', () => {
    const snapshot = structuredClone(claims);
    expect(findConflicts(input(...[...claims].reverse()))).toEqual(findConflicts(input(...claims)));
    expect(claims).toEqual(snapshot);
  });
});
