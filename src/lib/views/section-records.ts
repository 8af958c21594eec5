import type { Adopter, Guidance, HiringModel, History, ProCon, RateCard } from '../../schemas/index.ts';
import { favoursLabel, formatFigure, formatNumber, formatUsd } from '../format.ts';
import { recordPath } from '../routes.ts';
import type { ViewContext } from './context.ts';

/** A record listed under its own id, with the label of its permalink. */
interface Anchored {
  id: string;
  anchorLabel: string;
}

/** A block of the section under a heading whose id derives from the section id. */
interface Group<T> {
  headingId: string;
  heading: string;
  items: T[];
}

export interface GuidanceView extends Anchored {
  title: string;
  kind: string;
  recommends: Guidance['recommends'];
  text: string;
  figures: { value: string; label: string }[];
}

export interface ProConGroupView extends Group<Anchored & { text: string }> {
  kind: ProCon['kind'];
}

export type AdopterGroupView = Group<Anchored & { company: string; usage?: string; scale?: string }>;

export interface HistoryView extends Anchored {
  year: string;
  side: History['side'];
  text: string;
}

export interface HiringModelView extends Anchored {
  name: string;
  bestFor: string;
  timeToHire: string;
  timeToHireNote?: string;
  monthlyCost: string;
  risk: string;
}

export interface RateCardView {
  id: string;
  title: string;
  premium: string;
  saving: string;
  /** The worked example as stated, in words. */
  example: string;
}

export interface RelatedLinksView {
  label: string;
  links: { prefix: string; href: string; text: string; note?: string }[];
}

/** Every non-claim record of one section of one source, each block in the order the section shows them. */
export interface SectionRecordsView {
  guidance: GuidanceView[];
  prosCons: ProConGroupView[];
  adopters: AdopterGroupView[];
  history: HistoryView[];
  hiringModels: HiringModelView[];
  rateCards: RateCardView[];
  /** Links to the section's records that live on other pages. */
  related: RelatedLinksView[];
}

const guidanceKind: Record<Guidance['kind'], string> = {
  'choose-when': 'Choose when',
  'who-should-use': 'Who should use it',
  threshold: 'Rule of thumb',
  polyglot: 'Split the stack',
};
const riskLabel = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const span = (low: number, high: number, fmt: (n: number) => string) =>
  low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`;
const label = (side: 'django' | 'node') => favoursLabel[side];

function guidanceView(g: Guidance): GuidanceView {
  return {
    id: g.id,
    anchorLabel: `guidance: ${g.title}`,
    title: g.title,
    kind: guidanceKind[g.kind],
    recommends: g.recommends,
    text: g.text,
    figures: g.figures.map((f) => ({ value: formatFigure(f), label: f.qualifier ?? f.subject })),
  };
}

function proConGroups(items: ProCon[], section: string): ProConGroupView[] {
  return (['node', 'django'] as const)
    .flatMap((side) =>
      (['pro', 'con'] as const).map((kind) => ({
        headingId: `${section}-${side}-${kind}s`,
        heading: `${label(side)}: ${kind === 'pro' ? 'advantages' : 'drawbacks'}`,
        kind,
        items: items
          .filter((p) => p.side === side && p.kind === kind)
          .map((p) => ({ id: p.id, text: p.text, anchorLabel: `${label(p.side)} ${p.kind}: ${p.text.slice(0, 50)}` })),
      })),
    )
    .filter((g) => g.items.length > 0);
}

function adopterGroups(items: Adopter[], section: string): AdopterGroupView[] {
  return (['django', 'node'] as const)
    .map((side) => ({
      headingId: `${section}-users-${side}`,
      heading: `Named as ${label(side)} users`,
      items: items
        .filter((a) => a.side === side)
        .map((a) => ({
          id: a.id,
          anchorLabel: `${a.company} as a ${label(a.side)} user`,
          company: a.company,
          ...(a.usage ? { usage: a.usage } : {}),
          ...(a.scale ? { scale: `${formatFigure(a.scale)}${a.scale.qualifier ? `, ${a.scale.qualifier}` : ''}` } : {}),
        })),
    }))
    .filter((g) => g.items.length > 0);
}

function historyView(h: History): HistoryView {
  return {
    id: h.id,
    anchorLabel: `history: ${h.text.slice(0, 50)}`,
    year: h.year === undefined ? 'Undated' : String(h.year),
    side: h.side,
    text: h.text,
  };
}

function hiringModelView(m: HiringModel): HiringModelView {
  return {
    id: m.id,
    anchorLabel: `hiring model: ${m.name}`,
    name: m.name,
    bestFor: m.bestFor,
    timeToHire: `${span(m.timeToHire.low, m.timeToHire.high, formatNumber)} ${m.timeToHire.unit}`,
    ...(m.timeToHireNote ? { timeToHireNote: m.timeToHireNote } : {}),
    monthlyCost: `${span(m.monthlyCost.low, m.monthlyCost.high, formatUsd)} ${m.costBasis.kind === 'team' ? `for a team of ${m.costBasis.teamSize}` : 'per developer'}`,
    risk: `${riskLabel[m.risk]}: ${m.riskNote}`,
  };
}

function rateCardView(card: RateCard): RateCardView {
  const ex = card.example;
  const level = card.levels.find((l) => l.id === ex.seniority);
  if (!level) throw new Error(`${card.id}: the example's seniority "${ex.seniority}" is not on the card`);
  const usd = (r: { low: number; high: number }) => `${formatUsd(r.low)}–${formatUsd(r.high)}`;
  const pct = (r: { low: number; high: number }) => `${formatNumber(r.low)}–${formatNumber(r.high)}%`;
  return {
    id: card.id,
    title: card.title,
    premium: pct(card.statedNodePremiumPercent),
    saving: pct(card.statedOverallSavingPercent),
    example:
      `${ex.headcount} ${level.label} ${favoursLabel[ex.stack]} developers: ${usd(ex.statedMonthly)} a month in ` +
      `${card.region} against ${usd(ex.statedUsMonthly)} in the US, an annual saving of ` +
      `${usd(ex.statedAnnualSavings)} (all as stated).`,
  };
}

function relatedLinks(ctx: ViewContext, mine: <T extends { source: string; locator: string }>(l: T[]) => T[]) {
  const { kb, href } = ctx;
  const groups: RelatedLinksView[] = [
    {
      label: 'On the when-not page',
      links: mine(kb.whenNot).map((w) => ({
        prefix: '',
        href: href(recordPath.whenNot(w)),
        text: w.title,
        ...(w.kind === 'myth' ? { note: 'a myth the source rejects' } : {}),
      })),
    },
    {
      label: 'In the FAQ',
      // "Q:" also keeps two printed questions from running together into one long quotation of the source.
      links: mine(kb.faqs).map((f) => ({
        prefix: 'Q: ',
        href: href(recordPath.faq(f)),
        text: f.question,
        ...(f.reconstructed ? { note: 'question reconstructed by us' } : {}),
      })),
    },
    {
      label: 'On the benchmarks page',
      links: mine(kb.benchmarks).map((b) => ({ prefix: '', href: href(recordPath.benchmark(b)), text: b.title })),
    },
  ];
  return groups.filter((g) => g.links.length > 0);
}

/** The records of section `locator` of `source`, in data order. */
export function sectionRecordsView(ctx: ViewContext, source: string, locator: string): SectionRecordsView {
  const { kb } = ctx;
  const mine = <T extends { source: string; locator: string }>(list: T[]) =>
    list.filter((r) => r.source === source && r.locator === locator);
  return {
    guidance: mine(kb.guidance).map(guidanceView),
    prosCons: proConGroups(mine(kb.prosCons), locator),
    adopters: adopterGroups(mine(kb.adopters), locator),
    history: mine(kb.history).map(historyView),
    hiringModels: mine(kb.hiringModels).map(hiringModelView),
    rateCards: mine(kb.rateCards).map(rateCardView),
    related: relatedLinks(ctx, mine),
  };
}
