// Issue 13's tagging rules, pinned on the real records of the backend guide, the freelancer and Trio, with the slips
// the content review fixed and the verdicts these sources declare themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readKnowledgeBase } from '../../src/lib/content/read.ts';
import type { Claim } from '../../src/schemas/index.ts';

const kb = readKnowledgeBase();
const mine = ['backend-guide', 'freelancer-opinion', 'trio'];
const claim = (id: string): Claim => {
  const found = kb.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim "${id}"`);
  return found;
};
const walkthrough = (source: string) => readFileSync(new URL(`../../src/pages/sources/${source}.mdx`, import.meta.url), 'utf8');
const pick = <T extends { source: string }>(records: readonly T[], source: string) => records.filter((r) => r.source === source);

describe('tagging rules on real claims', () => {
  test('"similarly scalable" is a tie, and says "similarly"', () => {
    expect(claim('trio-django-also-scalable').favours).toBe('tie');
    expect(claim('trio-django-also-scalable').text).toContain('similarly scalable');
  });

  test('"Winner: None, both highly scalable" is a tie in the table and `both` as a stated verdict', () => {
    expect(claim('trio-scalability-winner').favours).toBe('tie');
    expect(kb.tables.find((t) => t.id === 'trio-category-verdicts')?.rows.find((r) => r.id === 'scalability')?.favours).toBe('tie');
    expect(kb.verdicts.find((v) => v.id === 'trio-scalability-verdict')?.position).toBe('both');
  });

  test.each([
    ['bg-not-by-trend', 'Node.js is more popular, but that should not decide'],
    ['fo-one-language-overstated', 'one language is a real benefit, if overstated'],
    ['trio-node-still-viable', 'Node.js stays flexible and scalable'],
    ['fo-django-async-since-4-1', 'async since 4.1 narrows part of a gap'],
  ])('a concession is no win for the other side: %s (%s)', (id) => {
    expect(claim(id).favours).not.toBe('django');
  });

  test.each(['fo-channels-adequate-addon', 'bg-django-adequate-standard-apps'])('an adequacy statement is no superiority: %s', (id) => {
    expect(['tie', 'none']).toContain(claim(id).favours);
  });

  test('a release fact with no comparison is no verdict', () => {
    expect(claim('fo-django-async-since-4-1').favours).toBe('none');
  });

  test('a comparison with a third technology (Flask) is no Django-against-Node.js point', () => {
    expect(claim('trio-django-not-for-small-apps').favours).toBe('none');
  });

  test('a rating of each side ("moderate" for both) is a tie with one rating per side, not "depends"', () => {
    expect(claim('bg-learning-curve-moderate').favours).toBe('tie');
    const ratings = kb.assertions.filter((a) => a.claim === 'bg-learning-curve-moderate').map((a) => `${a.subject} ${a.rating}`);
    expect(ratings.sort()).toEqual(['django moderate', 'node moderate']);
  });

  test('"depends" only where the source says it depends on the case', () => {
    expect(claim('bg-faq-saas').favours).toBe('depends');
    expect(claim('bg-team-composition').favours).toBe('depends');
    // "a double-edged sword" describes a trade-off; the source does not say it depends on the case.
    expect(claim('bg-node-no-structure').favours).toBe('none');
  });

  test('a drawback of one side stated without the other is no point for the other', () => {
    expect(['bg-django-overkill-small', 'bg-node-callback-complexity', 'bg-table-django-cpu-lag'].map((id) => claim(id).favours)).toEqual([
      'none',
      'none',
      'none',
    ]);
  });

  test("the backend guide's usability claims hold no Node.js win (its freedom is a double-edged sword)", () => {
    const usability = pick(kb.claims, 'backend-guide').filter((c) => c.dimension === 'usability');
    expect(usability.filter((c) => c.favours === 'node').map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['bg-node-package-assembly', 'development-speed'],
    ['bg-node-unpredictable-growth', 'scalability'],
    ['fo-node-auth-choice', 'development-speed'],
    ['fo-django-async-maturing', 'async-support'],
    ['fo-channels-complexity', 'realtime'],
    ['trio-node-frontend-appeal', 'community'],
  ])('%s is about %s', (id, dimension) => {
    expect(claim(id).dimension).toBe(dimension);
  });

  test('every claim of these sources names an existing dimension', () => {
    const dimensions = new Set(kb.dimensions.map((d) => d.id));
    expect(kb.claims.filter((c) => mine.includes(c.source) && !dimensions.has(c.dimension)).map((c) => c.id)).toEqual([]);
  });
});

describe('figures', () => {
  test("Trio's market share is a metric of its own, not a head count", () => {
    expect(claim('trio-node-market-share').figures.map((f) => [f.metric, f.value, f.approx])).toEqual([['market-share-ratio', 3, true]]);
    const headCounts = kb.claims.flatMap((c) => c.figures.filter((f) => f.metric === 'community-size-ratio').map(() => c.id));
    expect(headCounts).not.toContain('trio-node-market-share');
  });

  test('"23M+" and "5M+" are lower bounds; "under 50MB" an upper bound and "10GB+" a lower one', () => {
    expect(claim('bg-community-size').figures.map((f) => [f.value, f.atLeast])).toEqual([
      [23000000, true],
      [5000000, true],
    ]);
    expect(claim('fo-memory-10k-connections').figures.map((f) => [f.value, f.atMost, f.atLeast])).toEqual([
      [50, true, false],
      [10240, false, true],
    ]);
  });

  test('no figure of these sources names a setup: none of them says what it was measured on', () => {
    const named = kb.claims.filter((c) => mine.includes(c.source)).flatMap((c) => c.figures.filter((f) => f.setup !== 'unstated').map(() => c.id));
    expect(named).toEqual([]);
  });

  test('the 30–40% rule is guidance on a metric of its own, never a connection capacity', () => {
    const figure = claim('fo-realtime-load-threshold').figures[0];
    expect([figure?.metric, figure?.value, figure?.high, figure?.atLeast]).toEqual(['realtime-load-share', 30, 40, true]);
    expect(claim('fo-realtime-load-threshold').favours).toBe('depends');
    expect(kb.guidance.find((g) => g.id === 'fo-threshold-realtime-load')?.kind).toBe('threshold');
    const capacities = kb.claims.filter((c) => mine.includes(c.source) && c.figures.some((f) => f.metric === 'concurrent-connections'));
    expect(capacities.map((c) => c.id)).toEqual([]);
  });
});

describe('wording slips, corrected', () => {
  test('"Romani guitarist", as the source says (no "jazz")', () => {
    for (const text of [claim('trio-django-name').text, kb.history.find((h) => h.id === 'trio-hist-django-name')?.text ?? '']) {
      expect(text).toContain('Romani guitarist');
      expect(text).not.toMatch(/jazz/i);
    }
  });

  test('Node.js\'s missing security layer keeps the guide\'s "not a dealbreaker" qualifier', () => {
    expect(claim('bg-node-security-manual').text).toContain('does not rule Node.js out');
  });

  test("the freelancer's wording on Channels and Python's libraries is his: significant complexity, significantly better", () => {
    expect(claim('fo-channels-complexity').text).toContain('significant complexity');
    expect(claim('fo-python-adjacent-ecosystem').text).toContain('significantly better');
  });

  test('Trio says Django "performs much better", not that it is clearly faster', () => {
    expect(claim('trio-performance-winner').text).toContain('performs much better');
  });

  test('no walkthrough says every source agrees on security; the backend guide names who says it', () => {
    expect(walkthrough('backend-guide')).not.toMatch(/all five sources agree/i);
    expect(walkthrough('backend-guide')).toMatch(/Three sources say the same thing here/);
    expect(walkthrough('trio')).not.toMatch(/every source agrees/i);
  });

  test('no walkthrough sets the market share against head counts', () => {
    expect(walkthrough('backend-guide')).toContain('cannot be set against');
    expect(walkthrough('trio')).toContain('not comparable');
  });
});

describe('stated verdicts', () => {
  test("Trio's six rounds and its overall verdict", () => {
    expect(pick(kb.verdicts, 'trio').map((v) => `${v.dimension} ${v.position} ${v.row ?? ''}`)).toEqual([
      'community node community',
      'architecture django architecture',
      'scalability both scalability',
      'security django security',
      'usability node usability',
      'performance django performance',
      'overall django overall',
    ]);
  });

  test("the backend guide's declared winners and its conditional final verdict", () => {
    expect(pick(kb.verdicts, 'backend-guide').map((v) => `${v.dimension} ${v.position} ${v.claim ?? ''}`)).toEqual([
      'performance node bg-performance-verdict',
      'development-speed django bg-django-faster-to-build',
      'security django bg-django-security-defaults',
      'overall depends bg-final-verdict',
    ]);
  });

  test("the freelancer's opening verdict (each choice right in its context) and his real-time winner", () => {
    expect(pick(kb.verdicts, 'freelancer-opinion').map((v) => `${v.dimension} ${v.position}`)).toEqual(['overall depends', 'realtime node']);
  });

  test('no verdict id is also a claim id (both become anchors)', () => {
    const claims = new Set(kb.claims.map((c) => c.id));
    expect(kb.verdicts.filter((v) => claims.has(v.id)).map((v) => v.id)).toEqual([]);
  });
});

describe('assertions', () => {
  test.each([
    ['bg-python-salary-higher', 'django developer-pay higher'],
    ['bg-node-larger-talent-pool', 'node talent-pool higher'],
    ['fo-node-websocket-hiring', 'node talent-pool higher'],
    ['fo-django-async-maturing', 'django async-maturity maturing'],
    ['fo-channels-complexity', 'django channels-complexity high'],
    ['trio-django-python-ease', 'django entry-difficulty easy'],
    ['trio-node-learning-curve', 'node entry-difficulty hard'],
  ])('%s asserts %s', (id, expected) => {
    const found = kb.assertions.filter((a) => a.claim === id).map((a) => `${a.subject} ${a.property} ${a.direction ?? a.rating ?? ''}`);
    expect(found).toEqual([expected]);
  });
});

describe('review', () => {
  test.each(mine)('%s records the date of its review', (id) => {
    expect(kb.sources.find((s) => s.id === id)?.reviewed).toBe('2026-12-02');
  });
});
