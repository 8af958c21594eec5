import type { Assertion, Property } from '../../schemas/index.ts';
import type { Candidate } from './types.ts';
import { stackName, type CandidateInput } from './input.ts';
import { placeCandidate } from './place.ts';
import { formatNumber } from '../format.ts';
import { groupBy } from '../collections.ts';

const flip = { higher: 'lower', lower: 'higher', same: 'same' } as const;
const other = { django: 'node', node: 'django' } as const;

/** A direction stated about Node.js, whichever stack the assertion names ("Django: lower" is "Node.js: higher"). */
export function directionForNode(a: Pick<Assertion, 'subject' | 'direction'>): 'higher' | 'lower' | 'same' | undefined {
  if (a.direction === undefined) return undefined;
  return a.subject === 'node' ? a.direction : flip[a.direction];
}

/**
 * "Node.js higher than Django", "Django: maturing", "Django: 4–6 weeks"; with what the source really compares in
 * brackets where it is broader than the stacks: "Django higher than Node.js (Python vs JavaScript developers)".
 */
export function assertionReading(a: Assertion, property: Pick<Property, 'unit'>): string {
  const reading = bareReading(a, property);
  return a.compares === undefined ? reading : `${reading} (${a.compares})`;
}

function bareReading(a: Assertion, property: Pick<Property, 'unit'>): string {
  if (a.direction !== undefined) {
    return a.direction === 'same'
      ? `${stackName[a.subject]} the same as ${stackName[other[a.subject]]}`
      : `${stackName[a.subject]} ${a.direction} than ${stackName[other[a.subject]]}`;
  }
  if (a.rating !== undefined) return `${stackName[a.subject]}: ${a.rating}`;
  const amount = a.amount;
  if (!amount) return stackName[a.subject];
  const value =
    amount.low === amount.high ? formatNumber(amount.low) : `${formatNumber(amount.low)}–${formatNumber(amount.high)}`;
  return `${stackName[a.subject]}: ${amount.approx ? '~' : ''}${value} ${property.unit ?? ''}`.trimEnd();
}

/** One source's assertions on a property in a comparable form: "node:higher", "django:maturing". Amounts have none. */
function holdsOf(own: readonly Assertion[]): string | undefined {
  const parts = own.flatMap((a) => {
    if (a.direction !== undefined) return [`node:${directionForNode(a) ?? ''}`];
    if (a.rating !== undefined) return [`${a.subject}:${a.rating}`];
    return [];
  });
  return parts.length ? [...new Set(parts)].sort().join(' ') : undefined;
}

/** Whether two assertions on one property (from different sources) differ enough to be a candidate. */
export function assertionsDiffer(a: Assertion, b: Assertion): boolean {
  if (a.direction !== undefined && b.direction !== undefined) return directionForNode(a) !== directionForNode(b);
  if (a.subject !== b.subject) return false;
  if (a.rating !== undefined && b.rating !== undefined) return a.rating !== b.rating;
  if (a.amount && b.amount) {
    const low = Math.min(a.amount.high, b.amount.high);
    const high = Math.max(a.amount.low, b.amount.low);
    // An order of magnitude apart: the larger lower end is at least ten times the smaller upper end.
    return low === 0 ? high > 0 : high / low >= 10;
  }
  return false;
}

/**
 * Assertions of one property from different sources that point opposite ways (directions, normalised to one
 * subject), give different ratings of the same stack, or amounts an order of magnitude apart: `assertion-<property>`,
 * with every assertion involved.
 */
export function assertionCandidates(input: CandidateInput): Candidate[] {
  const claims = new Map(input.claims.map((c) => [c.id, c]));
  return input.properties.flatMap((property): Candidate[] => {
    const mine = input.assertions.filter((a) => a.property === property.id);
    const involved = new Set<Assertion>();
    mine.forEach((a, i) => {
      for (const b of mine.slice(i + 1)) {
        if (a.source !== b.source && assertionsDiffer(a, b)) {
          involved.add(a);
          involved.add(b);
        }
      }
    });
    if (involved.size === 0) return [];
    const list = mine.filter((a) => involved.has(a));
    return [
      {
        id: `assertion-${property.id}`,
        basis: 'assertion',
        title: `${property.title}: the sources differ`,
        property: property.id,
        ...placeCandidate(
          list.flatMap((a) => claims.get(a.claim) ?? []),
          input,
        ),
        sides: [...groupBy(list, (a) => a.source)].map(([source, own]) => {
          const holds = holdsOf(own);
          return {
            source,
            records: [...new Set(own.map((a) => a.claim))],
            reading: own.map((a) => assertionReading(a, property)).join('; '),
            ...(holds ? { holds } : {}),
          };
        }),
      },
    ];
  });
}
