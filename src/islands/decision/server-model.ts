// Server side only (build time): the decision model from the knowledge base. The page and the island render
// from it, and /calculators/decision/model.json publishes it for the island to fetch when it hydrates.
import { getKb } from '../../data/kb.ts';
import { base } from '../../data/href.ts';
import { buildDecisionModel } from '../../lib/decision/model.ts';
import { checkDecisionRules } from '../../lib/decision/integrity.ts';

let cached: Promise<string> | undefined;

/** The model as JSON, built once per build. Fails the build with every inconsistency of the rules. */
export function decisionModelJson(): Promise<string> {
  cached ??= (async () => {
    const kb = await getKb();
    const errors = checkDecisionRules(kb);
    if (errors.length > 0)
      throw new Error(`Decision rules are inconsistent:\n${errors.map((e) => `- ${e}`).join('\n')}`);
    return JSON.stringify(buildDecisionModel(kb, base));
  })();
  return cached;
}
