import type { KnowledgeBase } from './read.ts';

/**
 * Every line of the home page's answer cites guidance that exists and recommends the line's own side, and claims
 * that exist: the short answer may only repeat what the guidance says.
 */
export function answerEvidence(kb: Pick<KnowledgeBase, 'answers' | 'guidance' | 'claims'>): string[] {
  const guidance = new Map(kb.guidance.map((g) => [g.id, g]));
  const claims = new Set(kb.claims.map((c) => c.id));
  return kb.answers.flatMap((a) => [
    ...a.guidance.flatMap((id) => {
      const g = guidance.get(id);
      if (!g) return [`${a.id}: guidance "${id}" does not exist`];
      return g.recommends === a.side
        ? []
        : [`${a.id}: guidance "${id}" recommends ${g.recommends}, but the line says ${a.side}; cite guidance for ${a.side}`];
    }),
    ...a.claims.filter((id) => !claims.has(id)).map((id) => `${a.id}: claim "${id}" does not exist`),
  ]);
}
