import { checkMath } from '../cost/check.ts';
import { checkMathView, type CheckMathView } from './check-math.ts';
import type { RateLevel } from '../cost/compute.ts';
import type { UsedRecord } from '../cost/export.ts';
import { timeToHireText, type HiringModelLike } from '../cost/hiring.ts';
import { defaultState, FIELDS, STACK_LABEL, type CostState, type Field, type RateSource } from '../cost/state.ts';
import { paths, recordPath } from '../routes.ts';
import { joinWords, plural } from '../text.ts';
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
    models: HiringModelLike[];
    defaults: CostState;
    records: UsedRecord[];
    rateLabels: Record<RateSource, string>;
    labels: Record<Field, string>;
  };
  /** The starting team for readers without JavaScript. */
  start: { team: string; level: string; stack: string; hours: number; months: number };
  /** Names of the hiring models priced per developer, as a list; and the team-priced ones, as phrases. */
  perDeveloper: string;
  teams: string;
  hasModels: boolean;
  /**
   * Where each rate choice's rates come from and how old they are. Static HTML passed into the island, which shows
   * the one for the current choice (CSS), so the words are not repeated in its props.
   */
  disclosure: Record<RateSource, string>;
  /** The hiring models' time to hire and risk, which do not depend on the team: a static table. */
  modelRows: { id: string; name: string; timeToHire: string; risk: string }[];
  check: CheckMathView;
}

const NAMES: Partial<Record<Field, string>> = {
  stack: 'Measure the difference from',
  rates: 'Hourly rates',
  hours: 'Hours per developer per month',
  months: 'Duration in months',
};

/**
 * Each input's full name, for the error summary and the result. Head counts and own rates sit under a legend that
 * names their group, so their name adds it: "Mid (2–5 yrs) developers", "Django rate, Mid (2–5 yrs)".
 */
export function fieldLabels(levels: readonly { id: string; label: string }[]): Record<Field, string> {
  const label = (id: string) => levels.find((l) => l.id === id)?.label ?? id;
  return Object.fromEntries(
    FIELDS.map((f): [Field, string] => {
      const [stack, id] = f.split('-') as [keyof typeof STACK_LABEL, string | undefined];
      return [f, NAMES[f] ?? (id ? `${STACK_LABEL[stack]} rate, ${label(id)}` : `${label(f)} developers`)];
    }),
  ) as Record<Field, string>;
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
    record,
    kind,
    url: ctx.absoluteHref(path),
  });
  const records = [used(card.id, 'rate card', recordPath.table(rateTable))];
  if (hiringTable && models.length) records.push(used(hiringTable.id, 'hiring models', recordPath.table(hiringTable)));
  const defaults = defaultState(card.example, card.levels);
  const publisher = source.publisher ?? source.short;
  // The article prints no date; the newest year it cites is the best age a reader can be given.
  const year = source.newestYearCited;
  const seller = `a staffing firm that sells offshore developers in ${card.region}`;
  const exampleLevel = card.levels.find((l) => l.id === card.example.seniority)?.label ?? card.example.seniority;
  return {
    id: card.id,
    region: card.region,
    rates: sourceBadge(ctx, source.id, rateTable.id),
    hiringTable: sourceBadge(ctx, source.id, hiringTable?.id ?? rateTable.id),
    island: {
      levels: card.levels.map(({ id, label, django, node, us }) => ({ id, label, django, node, us })),
      rateLabels: {
        india: `${publisher}'s ${card.region} rates`,
        us: `${publisher}'s US-equivalent rates`,
        own: 'My own rates',
      },
      labels: fieldLabels(card.levels),
      models: models.map(({ id, name, monthlyCost, costBasis }) => ({ id, name, monthlyCost, costBasis })),
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
    disclosure: {
      india: `${publisher}'s own ${year} rate card. ${publisher} is ${seller}: these are a seller's prices, not a market survey. The article is undated; ${year} is the newest year it cites.`,
      us: `the US-equivalent column of ${publisher}'s ${year} rate card (${seller}; the article is undated). It has one US rate per seniority for both stacks, so the stacks cost the same here.`,
      own: `your own rates. The hiring models below are still ${publisher}'s figures.`,
    },

    modelRows: models.map((m) => ({
      id: m.id,
      name: m.name,
      timeToHire: m.timeToHireNote
        ? `${timeToHireText(m.timeToHire)} (${m.timeToHireNote})`
        : timeToHireText(m.timeToHire),
      risk: `${m.risk[0]?.toUpperCase() ?? ''}${m.risk.slice(1)}: ${m.riskNote}`,
    })),
    check: checkMathView(checkMath(card), card.id, card.region, exampleLevel),
  };
}

/** /calculators/cost/: the rate card's region and source, and the topics its section of the source covers. */
export interface CostPageView {
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
  return {
    region: card.region,
    source: sourceBadge(ctx, card.source, card.table),
    calculator: costCalculatorView(ctx, card.id),
    decisionHref: ctx.href(paths.decision),
    calculatorsHref: ctx.href(paths.calculators),
  };
}
