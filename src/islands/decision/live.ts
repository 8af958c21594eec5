// What the calculator works out from the answers: the verdict in words, the warnings, the smallest flips and each
// source's answer, and the panel that shows them. The server renders the panel for the build-time result; in the
// browser this chunk loads on the reader's first pointer, focus or change (or at once when the address carries
// answers), so the page's start-up JS stays within its budget while the build-time panel stands in.
import { evaluate } from '../../lib/decision/verdict.ts';
import { smallestFlips } from '../../lib/decision/flip.ts';
import { effectiveOverrides, type Importance } from '../../lib/decision/importance.ts';
import { verdictWords } from '../../lib/decision/words.ts';
import { warningViews } from '../../lib/decision/warnings.ts';
import { howTheyCompare, perSource } from '../../lib/decision/per-source.ts';
import { questionLabel } from '../../lib/decision/labels.ts';
import type { Answers, DecisionModel, WeightOverrides } from '../../lib/decision/types.ts';

export { Result } from './Result.tsx';

/** Everything the panel, the bar, the scoring details and the exports show for one set of answers. */
export function workOut(model: DecisionModel, answers: Answers, importance: Importance, overrides: WeightOverrides) {
  const weights = effectiveOverrides(model, importance, overrides);
  // Cheap enough to redo on every render: a few hundred evaluations of about thirty rules.
  const outcome = evaluate(model, answers, weights);
  const flips = smallestFlips(model, answers, weights);
  const sources = perSource(
    model,
    outcome.contributions.flatMap((c) => c.rules),
  );
  return {
    weights,
    outcome,
    flips,
    sources,
    words: verdictWords(outcome, (id) => questionLabel(model, id)),
    warnings: warningViews(model, outcome),
    compare: howTheyCompare(sources),
  };
}

/** What workOut returns. */
export type Worked = ReturnType<typeof workOut>;
