import type { KnowledgeBase } from '../content/read.ts';

/** What the candidate computation reads from the knowledge base. */
export type CandidateInput = Pick<
  KnowledgeBase,
  'claims' | 'sources' | 'dimensions' | 'topics' | 'metrics' | 'setups' | 'assertions' | 'properties'
>;

/** Display name of a stack. */
export const stackName = { django: 'Django', node: 'Node.js', both: 'both stacks' } as const;
