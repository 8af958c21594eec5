import type { z } from 'zod';
import type { KnowledgeBase } from '../content/read.ts';
import type { KindName } from '../../schemas/index.ts';
import { paths, recordPath, rowAnchor } from '../routes.ts';
import type { Synthesis } from '../synthesis/index.ts';
import { positionLabel } from '../synthesis/labels.ts';
import {
  withUrl,
  TableRowRecordSchema,
  BenchmarkRecordSchema,
  CandidateRecordSchema,
  PositionRecordSchema,
} from './records.ts';

/** Turns a base-relative site path ("/faq/#x") into the absolute URL readers and tools should use. */
export type UrlOf = (path: string) => string;

/** What building records needs besides the knowledge base: absolute URLs, and the build's synthesis. */
export interface RecordContext {
  urlOf: UrlOf;
  /** The build's synthesis (src/data/synthesis.ts), so the datasets publish exactly what the pages show. */
  synthesis: Pick<Synthesis, 'candidates' | 'positions'>;
}

/** One downloadable dataset: /data/<name>.json, /data/<name>.csv and /data/schema/<name>.json. */
export interface Dataset<S extends z.ZodObject = z.ZodObject> {
  /** File name stem, kebab-case. Part of the public interface: never rename one. */
  name: string;
  /** Display name. */
  title: string;
  /** What one record is, in our words. */
  description: string;
  /** Collections the records are built from. */
  kinds: readonly KindName[];
  /** Schema of one emitted record. */
  schema: S;
  /** The records, in collection order. */
  records: (kb: KnowledgeBase, ctx: RecordContext) => z.input<S>[];
  /** CSV only: write one row per item of this array field (the rate card's levels) instead of one per record. */
  explode?: string;
  /** For records that name no source: who made them and whom to credit, in our words. */
  credit?: string;
}

/** Keeps each definition's records typed against its own schema. */
function define<S extends z.ZodObject>(d: Dataset<S>): Dataset {
  return d;
}

/** A dataset that publishes one collection as it is, plus each record's URL. */
function collection<K extends KindName>(
  kind: K,
  name: string,
  title: string,
  description: string,
  path: (r: KnowledgeBase[K][number]) => string,
  more: Pick<Dataset, 'explode' | 'credit'> = {},
): Dataset {
  // The record type depends on `kind`, which TypeScript cannot follow through the union of schemas here;
  // datasetRecords() checks every record against the schema at build time instead.
  return define<z.ZodObject>({
    name,
    title,
    description,
    kinds: [kind],
    schema: withUrl(kind),
    records: (kb, { urlOf }) => kb[kind].map((r: KnowledgeBase[K][number]) => ({ ...r, url: urlOf(path(r)) })),
    ...more,
  });
}

const taxonomy = 'Our own classification, with no facts from the sources in it: reuse it freely.';

/** Every dataset, in the order the /data/ page lists them. */
export const datasets: readonly Dataset[] = [
  collection(
    'sources',
    'sources',
    'Sources',
    'The source documents: who wrote each, for whom, its leaning, verdict and sections.',
    (s) => paths.source(s.id),
  ),
  collection(
    'claims',
    'claims',
    'Claims',
    'One statement of one source in our words, with its topics, verdict and figures as stated.',
    recordPath.claim,
  ),
  define({
    name: 'conflicts',
    title: 'Candidate disagreements, reviewed',
    description:
      'Every candidate disagreement the site computes (opposite positions, figures that cannot both hold, ratios across setups, differing assertions) with its review: a disagreement, not comparable, or consistent.',
    kinds: ['claims', 'metrics', 'assertions', 'reviews'],
    schema: CandidateRecordSchema,
    records: (_kb, { synthesis, urlOf }) =>
      synthesis.candidates.map((c) => ({ ...c, url: urlOf(recordPath.candidate(c)) })),
  }),
  define({
    name: 'positions',
    title: 'Positions',
    description:
      'Each source’s position on each dimension it speaks to: its stated verdict where it declares one, else derived from its claims.',
    kinds: ['claims', 'verdicts'],
    schema: PositionRecordSchema,
    records: (_kb, { synthesis, urlOf }) =>
      synthesis.positions.map((p) => ({
        id: `${p.source}-${p.dimension}`,
        ...p,
        label: positionLabel(p.position),
        url: urlOf(recordPath.dimension({ id: p.dimension })),
      })),
  }),
  define({
    name: 'tables',
    title: 'Comparison table rows',
    description: 'Every row of the tables the sources print, one record per row, with its cells keyed by column label.',
    kinds: ['tables'],
    schema: TableRowRecordSchema,
    records: (kb, { urlOf }) =>
      kb.tables.flatMap((t) =>
        t.rows.map((row) => ({
          id: rowAnchor(t.id, row.id),
          table: t.id,
          row: row.id,
          tableTitle: t.title,
          source: t.source,
          locator: t.locator,
          cells: Object.fromEntries(t.columns.map((c) => [c.label, row.cells[c.id] ?? ''])),
          ...(row.favours ? { favours: row.favours } : {}),
          claims: row.claims,
          url: urlOf(recordPath.row(t, row.id)),
        })),
      ),
  }),
  define({
    name: 'benchmarks',
    title: 'Benchmarks',
    description: 'Each benchmark result with its setup, conditions, declared winner and the figures of its claim.',
    kinds: ['benchmarks', 'claims'],
    schema: BenchmarkRecordSchema,
    records: (kb, { urlOf }) =>
      kb.benchmarks.map((b) => {
        const claim = kb.claims.find((c) => c.id === b.claim);
        return {
          ...b,
          figures: (claim?.figures ?? []).filter((f) => f.metric === b.metric),
          claimUrl: urlOf(recordPath.claim({ id: b.claim, source: claim?.source ?? b.source })),
          url: urlOf(recordPath.benchmark(b)),
        };
      }),
  }),
  collection(
    'rateCards',
    'rate-cards',
    'Rate cards',
    'Published hourly rates per seniority for each stack, with the savings and worked example as stated; the cost calculator’s input. The CSV has one row per seniority level.',
    recordPath.sourced,
    { explode: 'levels' },
  ),
  collection(
    'hiringModels',
    'hiring-models',
    'Hiring models',
    'Ways to hire a developer with time to hire, monthly cost and risk as the source states them.',
    recordPath.sourced,
  ),
  collection(
    'adopters',
    'adopters',
    'Adopters',
    'Companies a source names as users of a stack, with what they use it for and any scale figure.',
    recordPath.sourced,
  ),
  collection(
    'whenNot',
    'when-not',
    'When not to use a stack',
    'Situations in which a source advises against a stack, and popular reasons it rejects.',
    recordPath.whenNot,
  ),
  collection(
    'guidance',
    'guidance',
    'Decision guidance',
    '“Choose it when” items, audience advice, numeric thresholds and advice on using both stacks.',
    recordPath.sourced,
  ),
  collection(
    'faqs',
    'faqs',
    'FAQs',
    'Questions the sources answer, with the answer in our words and the claims behind it.',
    recordPath.faq,
  ),
  collection(
    'prosCons',
    'pros-cons',
    'Pros and cons',
    'Strengths and weaknesses of each stack as a source lists them.',
    recordPath.sourced,
  ),
  collection('history', 'history', 'History', 'Dated and historical facts about the two stacks.', recordPath.sourced),
  collection(
    'decisionRules',
    'decision-rules',
    'Decision calculator rules',
    'How each answer of the decision calculator moves the result: the evidence weights for each stack and the records they rest on; the calculator’s input.',
    (r) => `${paths.decision}#${r.id}`,
    {
      credit:
        'The weights are our coding of the sources’ evidence; each rule lists the claims, rows and items it rests on, and those name their sources.',
    },
  ),
  collection(
    'verdicts',
    'stated-verdicts',
    'Stated verdicts',
    'Verdicts a source declares itself on one dimension (a category winner, a matrix row, a final verdict), with the record that holds it.',
    (v) => `${paths.compare}#${v.dimension}`,
  ),
  collection(
    'answers',
    'answers',
    'The short answer',
    'The home page’s “Django when …”, “Node.js when …” and “both when …” lines, each with the guidance it rests on.',
    (a) => `${paths.home}#${a.id}`,
  ),
  collection(
    'assertions',
    'assertions',
    'Assertions',
    'Small structured statements inside claims (a stack, a property, and a direction, amount or rating) used to find where sources point opposite ways.',
    (a) => recordPath.claim({ id: a.claim, source: a.source }),
  ),
  collection(
    'properties',
    'properties',
    'Properties',
    'The properties that assertions are about, with the kind of value each takes.',
    () => paths.compare,
    { credit: taxonomy },
  ),
  collection(
    'setups',
    'setups',
    'Measurement setups',
    'What a figure was measured on; absolute figures of one metric are compared only within one setup.',
    () => paths.benchmarks,
    { credit: taxonomy },
  ),
  collection(
    'topics',
    'topics',
    'Topics',
    'The fixed list of topics every claim is filed under.',
    (t) => paths.topic(t.id),
    { credit: taxonomy },
  ),
  collection(
    'dimensions',
    'dimensions',
    'Dimensions',
    'The questions of the comparison matrix, each under one topic.',
    recordPath.dimension,
    { credit: taxonomy },
  ),
  collection(
    'metrics',
    'metrics',
    'Metrics',
    'Measurable quantities with their unit and the tolerance used to decide when two figures disagree.',
    (m) => `${paths.data}#metric-${m.id}`,
    { credit: taxonomy },
  ),
];

/** The dataset with this name, or a clear error naming the ones that exist. */
export function datasetNamed(name: string): Dataset {
  const found = datasets.find((d) => d.name === name);
  if (!found) throw new Error(`No dataset "${name}". Known: ${datasets.map((d) => d.name).join(', ')}.`);
  return found;
}
