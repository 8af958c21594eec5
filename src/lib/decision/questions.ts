/**
 * The decision calculator's questions: the form, the query-string interface (ids and option values are fixed: shared
 * links depend on them) and what content/decision-rules must cover. Plain data with no Zod, so the island can use
 * it; the rules' schema (src/schemas/decision-rule.ts) takes the ids from here.
 */

import type { DecisionQuestion } from './types.ts';

/** The answers of every yes/no question. */
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** The calculator's questions, in form order. Ids and option values are part of the URL interface. */
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

/** Query-string names of the questions, in form order (a non-empty tuple, for z.enum). */
export const DECISION_QUESTION_IDS = DECISION_QUESTIONS.map((q) => q.id) as [
  DecisionQuestionId,
  ...DecisionQuestionId[],
];
