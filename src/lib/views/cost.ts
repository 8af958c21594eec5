import { checkMath } from '../cost/check.ts';
import { checkMathView, type CheckMathView } from './check-math.ts';
import type { RateLevel } from '../cost/compute.ts';
import type { UsedRecord } from '../cost/export.ts';
import type { HiringModelLike } from '../cost/hiring.ts';
import { defaultState, STACK_LABEL, type CostState } from '../cost/state.ts';
import { paths, recordPath } from '../routes.ts';
import type { SearchFacets } from '../search-facets.ts';
import { joinWords, plural } from '../text.ts';
import { unique } from '../collections.ts';
import type { ViewContext } from './context.ts';
import { sourceBadge, type SourceBadgeView } from './links.ts';

/** Everything the cost calculator's wrapper renders, and the island's props. */
export interface CostCalculatorView {
  /** Rate card id: prefixes the ids of the check-the-math section, so its anchors are stable. */
  id: string;
  region: string;
  /** The source, linked to its rate table. */
  rates: SourceBadgeView;
  /** The source, linked to its hiring-model table (the rate table when there is none). */
  hiringTable: SourceBadgeView;
  island: {
    levels: RateLevel[];
    region: string;
    models: HiringModelLike[];
    defaults: CostState;
    records: UsedRecord[];
  };
  /** The starting team for readers without JavaScript. */
  start: { team: string; level: string; stack: string; hours: number; months: number };
  /** Names of the hiring models priced per developer, as a list; and the team-priced ones, as phrases. */
  perDeveloper: string;
  teams: string;
  hasModels: boolean;
  check: CheckMathView;
}

/** The cost calculator of a rate card (default: the first): its rates, the same source's hiring models, the check. */
export function costCalculatorView(ctx: ViewContext, rateCard?: string): CostCalculatorView {
  const { kb, lookup } = ctx;
  const card = rateCard ? kb.rateCards.find((c) => c.id === rateCard) : kb.rateCards[0];
  if (!card) throw new Error(`CostCalculator: no rate card "${rateCard ?? '(first)'}" in content/rate-cards`);
  const source = lookup.source(card.source);
  const rateTable = lookup.table(card.table);
  if (!source || !rateTable) throw new Error(`CostCalculator: rate card ${card.id} needs its source and table`);
  const unordered = kb.hiringModels.filter((m) => m.source === card.source);
  const hiringTable = kb.tables.find((t) => t.source === card.source && t.locator === unordered[0]?.locator);
  // The source's row order; a model's id ends with its table row's id.
  const rowOf = (id: string) => hiringTable?.rows.findIndex((r) => id.endsWith(`-${r.id}`)) ?? -1;
  const models = unordered.toSorted((a, b) => rowOf(a.id) - rowOf(b.id));
  const used = (record: string, kind: UsedRecord['kind'], path: string): UsedRecord => ({
    source: source.id,
    sourceTitle: source.title,
    record,
    kind,
    url: ctx.absoluteHref(path),
  });
  const records = [used(card.id, 'rate card', recordPath.table(rateTable))];
  if (hiringTable && models.length) records.push(used(hiringTable.id, 'hiring models', recordPath.table(hiringTable)));
  const defaults = defaultState(card.example);
  const exampleLevel = card.levels.find((l) => l.id === card.example.seniority)?.label ?? card.example.seniority;
  return {
    id: card.id,
    region: card.region,
    rates: sourceBadge(ctx, source.id, rateTable.id),
    hiringTable: sourceBadge(ctx, source.id, hiringTable?.id ?? rateTable.id),
    island: {
      levels: card.levels.map(({ id, label, django, node, us }) => ({ id, label, django, node, us })),
      region: card.region,
      models: models.map(({ id, name, timeToHire, timeToHireNote, monthlyCost, costBasis, risk, riskNote }) => ({
        id,
        name,
        timeToHire,
        monthlyCost,
        costBasis,
        risk,
        riskNote,
        ...(timeToHireNote ? { timeToHireNote } : {}),
      })),
      defaults,
      records,
    },
    start: {
      team: plural(card.example.headcount, 'developer'),
      level: exampleLevel,
      stack: STACK_LABEL[defaults.stack],
      hours: defaults.hours,
      months: defaults.months,
    },
    perDeveloper: joinWords(models.filter((m) => m.costBasis.kind === 'per-developer').map((m) => m.name)),
    teams: joinWords(
      models.flatMap((m) => (m.costBasis.kind === 'team' ? [`a team of ${m.costBasis.teamSize} for ${m.name}`] : [])),
    ),
    hasModels: models.length > 0,
    check: checkMathView(checkMath(card), card.id, card.region, exampleLevel),
  };
}

/** /calculators/cost/: the rate card's region and source, and the topics its section of the source covers. */
export interface CostPageView {
  search: SearchFacets;
  region: string;
  /** The source, linked to its rate table. */
  source: SourceBadgeView;
  calculator: CostCalculatorView;
  decisionHref: string;
  calculatorsHref: string;
}

export function costPageView(ctx: ViewContext): CostPageView {
  const card = ctx.kb.rateCards[0];
  if (!card) throw new Error('The cost calculator needs a rate card in content/rate-cards');
  // Topics come from the claims made at the rate card's place in its source, so the page is filed with them.
  const topics = unique(
    ctx.kb.claims.filter((c) => c.source === card.source && c.locator === card.locator).flatMap((c) => c.topics),
  );
  return {
    search: { type: 'Calculator', sources: [card.source], topics, sides: ['django', 'node'] },
    region: card.region,
    source: sourceBadge(ctx, card.source, card.table),
    calculator: costCalculatorView(ctx, card.id),
    decisionHref: ctx.href(paths.decision),
    calculatorsHref: ctx.href(paths.calculators),
  };
}
