import { z } from 'zod';
import { IdSchema, TextSchema, SideSchema } from './common.ts';

/** One option of a choice question: the query-string value and its label. */
export interface DecisionOption {
  /** Value in the query string, e.g. "js". Fixed: shared links depend on it. */
  value: string;
  /** Label shown in the form. */
  label: string;
}

/** Fields every question has. */
interface QuestionBase {
  /** Query-string name, fixed by the interface (issue 6); changing one breaks every shared link. */
  id: string;
  /** Form label, a short phrase in our words. */
  label: string;
  /** One line of help under the label. */
  hint: string;
}

/** A question answered by picking one option. */
export interface DecisionChoiceQuestion extends QuestionBase {
  /** Discriminator. */
  kind: 'choice';
  /** Allowed answers in display order. */
  options: readonly DecisionOption[];
  /** Answer used when the reader gives none, and for the result rendered at build time. */
  default: string;
}

/** A question answered with a whole number. */
export interface DecisionNumberQuestion extends QuestionBase {
  /** Discriminator. */
  kind: 'number';
  /** Smallest allowed whole number, inclusive. */
  min: number;
  /** Largest allowed whole number, inclusive. */
  max: number;
  /** Value used when the reader gives none, and for the result rendered at build time. */
  default: number;
  /** Unit shown after the field, e.g. "%". */
  unit: string;
}

/** One question of the decision calculator. */
export type DecisionQuestion = DecisionChoiceQuestion | DecisionNumberQuestion;

/** The calculator's questions, in form order. Ids and option values are part of the URL interface. */
/** The answers of every yes/no question. */
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const DECISION_QUESTIONS = [
  {
    id: 'realtime',
    kind: 'number',
    label: 'Share of server load on long-lived connections',
    hint: 'WebSockets, streams and other connections that stay open, as a percentage of all load (0 to 100).',
    min: 0,
    max: 100,
    default: 10,
    unit: '%',
  },
  {
    id: 'connections',
    kind: 'number',
    label: 'Peak concurrent connections per server',
    hint: 'Open connections one server must hold at the busiest moment (a whole number, 0 to 10,000,000).',
    min: 0,
    max: 10_000_000,
    default: 1000,
    unit: 'connections',
  },
  {
    id: 'team',
    kind: 'choice',
    label: "The team's language",
    hint: 'What the people who will build and run the backend already write.',
    options: [
      { value: 'python', label: 'Python' },
      { value: 'js', label: 'JavaScript or TypeScript only' },
      { value: 'mixed', label: 'Both Python and JavaScript' },
      { value: 'none', label: 'No team yet, or neither language' },
    ],
    default: 'mixed',
  },
  {
    id: 'ml',
    kind: 'choice',
    label: 'Machine learning',
    hint: 'Model inference, data science or other ML work in the product.',
    options: [
      { value: 'none', label: 'None' },
      { value: 'planned', label: 'Planned later' },
      { value: 'core', label: 'At the core of the product' },
    ],
    default: 'none',
  },
  {
    id: 'admin',
    kind: 'choice',
    label: 'An admin panel needed from the start',
    hint: 'Staff need to browse and edit the data from the first release.',
    options: YES_NO,
    default: 'no',
  },
  {
    id: 'data',
    kind: 'choice',
    label: 'Data complexity',
    hint: 'Complex means joins over many tables, aggregates and reporting.',
    options: [
      { value: 'simple', label: 'Simple' },
      { value: 'complex', label: 'Complex' },
    ],
    default: 'simple',
  },
  {
    id: 'serverless',
    kind: 'choice',
    label: 'Serverless or edge deployment',
    hint: 'Functions on a platform such as AWS Lambda or an edge network.',
    options: [
      { value: 'no', label: 'No' },
      { value: 'preferred', label: 'Preferred' },
      { value: 'required', label: 'Required' },
    ],
    default: 'no',
  },
  {
    id: 'compliance',
    kind: 'choice',
    label: 'A regulated domain',
    hint: 'For example fintech or health, with strict security requirements.',
    options: YES_NO,
    default: 'no',
  },
  {
    id: 'mvp',
    kind: 'choice',
    label: 'An MVP due in under 8 weeks',
    hint: 'A first usable version has to ship within two months.',
    options: YES_NO,
    default: 'no',
  },
  {
    id: 'app',
    kind: 'choice',
    label: 'Kind of application',
    hint: 'The closest match for what the backend mainly does.',
    options: [
      { value: 'crud', label: 'Data-heavy CRUD app' },
      { value: 'saas', label: 'SaaS product' },
      { value: 'ecommerce', label: 'E-commerce or payments' },
      { value: 'cms', label: 'Content site or CMS' },
      { value: 'chat', label: 'Chat or notifications' },
      { value: 'streaming', label: 'Live streaming or dashboards' },
      { value: 'iot', label: 'IoT or event ingestion' },
      { value: 'gateway', label: 'API gateway or BFF' },
      { value: 'microservices', label: 'Microservices' },
    ],
    default: 'saas',
  },
] as const satisfies readonly DecisionQuestion[];

/** Query-string name of a question. */
export type DecisionQuestionId = (typeof DECISION_QUESTIONS)[number]['id'];

/** Query-string names of the questions, as a Zod enum. */
export const DecisionQuestionIdSchema = z.enum(
  DECISION_QUESTIONS.map((q) => q.id) as [DecisionQuestionId, ...DecisionQuestionId[]],
);

/** Records a rule leans on. Every id must exist (checked by src/lib/decision/integrity.ts). */
export const DecisionCitationsSchema = z.object({
  /** Claim ids (content/claims). Default none. */
  claims: z.array(IdSchema).default([]),
  /** Comparison-table rows (content/tables), each as its table id and row id. Default none. */
  rows: z
    .array(
      z.object({
        /** Table id. */
        table: IdSchema,
        /** Row id within that table. */
        row: IdSchema,
      }),
    )
    .default([]),
  /** When-not item ids (content/when-not). Default none. */
  whenNot: z.array(IdSchema).default([]),
  /** Guidance item ids (content/guidance). Default none. */
  guidance: z.array(IdSchema).default([]),
});

/** Evidence weight for one side: a non-negative number on the 0–4 scale described in content/decision-rules. */
const WeightSchema = z.number().nonnegative('a weight of 0 or more').max(100, 'a weight of at most 100');

/**
 * One rule of the decision calculator (content/decision-rules/*.yaml, a list per file). When the reader's
 * answer to `question` is one of `answers` (choice questions) or lies in `range` (number questions), the
 * rule adds its weights to Django's and Node.js's scores. Weights are evidence from the sources, never our
 * opinion: every rule cites the records it rests on.
 */
export const DecisionRuleSchema = z
  .object({
    /** Stable slug, unique among rules; used in exports and in the `w` query parameter. */
    id: IdSchema,
    /** The question it answers; one of the query-string names. */
    question: DecisionQuestionIdSchema,
    /** For choice questions: the answers (option values) it applies to. At least one. */
    answers: z.array(z.string()).min(1).optional(),
    /** For number questions: the inclusive range of whole numbers it applies to. */
    range: z
      .object({
        /** Lowest value, inclusive. */
        min: z.number().int().nonnegative(),
        /** Highest value, inclusive; omitted means no upper bound. */
        max: z.number().int().nonnegative().optional(),
      })
      .optional(),
    /** Evidence weights added when the rule applies. Scale: 0 none, 1 a passing mention, 2 a matrix row or checklist item, 3 a stated threshold or when-not rule; +1 when another source agrees. */
    weights: z.object({
      /** Points for Django, 0–100 (defaults stay within 0–4). */
      django: WeightSchema,
      /** Points for Node.js, 0–100 (defaults stay within 0–4). */
      node: WeightSchema,
    }),
    /** The records the weights rest on. At least one claim or table row. */
    cites: DecisionCitationsSchema,
    /** Records that disagree with this rule, shown next to it so no disagreement is hidden. Default none. */
    dissent: DecisionCitationsSchema.default({ claims: [], rows: [], whenNot: [], guidance: [] }),
    /** A when-not item this answer triggers: the side it rules out, shown even when the total points the other way. */
    dealBreaker: z
      .object({
        /** The side the when-not item warns against. */
        rulesOut: SideSchema,
        /** Id of the when-not item (content/when-not); it must also be in `cites.whenNot`. */
        whenNot: IdSchema,
      })
      .optional(),
    /** In the sources' split architecture, the side whose part of the system this evidence belongs to (Django: data, admin, ML; Node.js: real-time layer, gateway, edge). Strong split evidence on both sides gives the verdict "both". */
    split: SideSchema.optional(),
    /** Why the answer moves the result, one line in our words. */
    reason: TextSchema,
  })
  .superRefine((rule, ctx) => {
    const q = DECISION_QUESTIONS.find((x) => x.id === rule.question);
    if (!q) return;
    if (q.kind === 'choice') {
      if (!rule.answers)
        ctx.addIssue({
          code: 'custom',
          path: ['answers'],
          message: `question "${q.id}" is a choice: list the answers it applies to`,
        });
      if (rule.range)
        ctx.addIssue({
          code: 'custom',
          path: ['range'],
          message: `question "${q.id}" is a choice: use answers, not range`,
        });
      const allowed: readonly string[] = q.options.map((o) => o.value);
      for (const a of rule.answers ?? []) {
        if (!allowed.includes(a))
          ctx.addIssue({
            code: 'custom',
            path: ['answers'],
            message: `"${a}" is not an answer of "${q.id}" (${allowed.join(', ')})`,
          });
      }
      return;
    }
    if (!rule.range)
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: `question "${q.id}" is a number: give a range {min, max}`,
      });
    if (rule.answers)
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `question "${q.id}" is a number: use range, not answers`,
      });
    const r = rule.range;
    if (r && (r.min > q.max || (r.max !== undefined && (r.max < r.min || r.max > q.max)))) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: `range must lie within ${q.min}–${q.max} with min at most max`,
      });
    }
  });

export type DecisionRule = z.output<typeof DecisionRuleSchema>;
export type DecisionCitations = z.output<typeof DecisionCitationsSchema>;
