// Small literal inputs shared by the conflict unit tests (not a test file itself).
import type { Claim, Figure, Metric } from '../../src/schemas/index.ts';
import type { ConflictInput } from '../../src/lib/conflicts.ts';

const metric = (m: Pick<Metric, 'id' | 'unit' | 'tolerance'> & Partial<Metric>): Metric => ({
  title: m.id,
  higherIsBetter: true,
  perSubject: false,
  ...m,
});

export const base: Omit<ConflictInput, 'claims'> = {
  sources: [
    { id: 'alpha', short: 'Alpha', newestYearCited: 2026 },
    { id: 'beta', short: 'Beta', newestYearCited: 2021 },
    { id: 'gamma', short: 'Gamma', newestYearCited: 2026 },
  ],
  topics: [
    { id: 'speed', order: 1 },
    { id: 'people', order: 2 },
  ],
  dimensions: [
    { id: 'perf', title: 'Performance', topic: 'speed', order: 1 },
    { id: 'team', title: 'Team fit', topic: 'people', order: 2 },
  ],
  metrics: [
    metric({ id: 'rps', title: 'Requests per second', unit: 'req/s', tolerance: 0.05 }),
    metric({ id: 'users', title: 'Users', unit: 'users', tolerance: 0.1, perSubject: true }),
    metric({
      id: 'rps-ratio',
      title: 'Node.js throughput relative to Django',
      unit: 'x',
      tolerance: 0.1,
      ratioOf: 'rps',
    }),
  ],
};

/** A claim of `source` on dimension "perf" and topic "speed", section "intro", unless overridden. */
export const claim = (id: string, source: string, favours: Claim['favours'], extra: Partial<Claim> = {}): Claim => ({
  id,
  source,
  locator: 'intro',
  topics: ['speed'],
  dimension: 'perf',
  favours,
  figures: [],
  text: 'x',
  ...extra,
});

/** A req/s figure without markers; subject "Node" or "Django" by side. */
export const fig = (side: Figure['side'], value: number, extra: Partial<Figure> = {}): Figure => ({
  side,
  subject: side === 'node' ? 'Node' : 'Django',
  metric: 'rps',
  value,
  unit: 'req/s',
  approx: false,
  setup: 'unstated',
  atLeast: false,
  atMost: false,
  ...extra,
});

export const input = (...claims: Claim[]): ConflictInput => ({ ...base, claims });
