import { METHOD, type Method } from './method.ts';
import { STRENGTH } from './words.ts';

/**
 * The calculator's fixed wording. It travels in the page's HTML, inside the model, rather than in the island's
 * script: that keeps the calculator page within its 15 KB JS budget. Dynamic bits (counts, names) stay in the island.
 */
export function decisionCopy(method: Method = METHOD) {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    verdict: {
      django: 'Django',
      node: 'Node.js',
      both: 'Both: Django and Node.js in one system',
      either: 'Either: no meaningful lead',
    },
    both: 'Strong reasons point both ways. The sources’ advice on splitting a system is below.',
    either: `Neither side leads by ${pct(method.margin)} of all points or more, so these answers do not separate the two. The sources differ on what to do then; their advice is below.`,
    polyglot: 'The sources on using both',
    dealNote: 'The total still points to this side, so weigh this first.',
    noFlip: 'No change to one or two answers gives a different verdict.',
    method: `Each answer adds the points of its rule (times how much it matters to you). A side wins when it leads by at least ${pct(method.margin)} of all points; otherwise the verdict is “either”. Rules marked “split” count as strong reasons once their net weight reaches ${pct(method.strongShare)} of the largest weight, and strong reasons on both sides give “both”. The strength of a lean is its share of all points: ${pct(STRENGTH[0].min)} or more is strong, ${pct(STRENGTH[1].min)} or more clear, less slight. Weights run from 0 to 100.`,
    caption: 'Every rule, its default weights and the records they rest on',
    copied: 'Link copied. It restores these answers and weights.',
    copyFailed: 'Copying is blocked here; copy the address from the address bar instead.',
    reset: 'Answers and weights reset to the defaults.',
    errors: 'There is a problem with the answers',
    questions: 'Your project',
    warningsFound: 'from the when-not lists, below.',
    noWarnings: 'No when-not item applies.',
    importance:
      'Not at all leaves a question out; normal uses the weights the sources support; a lot doubles them. The cited default weights are listed under “How this was scored”.',
    exact: 'rules have exact weights from the address (w=rule:django:node); those win over the settings here.',
    sourcesTitle: 'What each source would say',
    sourcesNote:
      'Each source’s own guidance for your answers: the items of it that match, counted once each. Counting rows is Witarist’s own method for its matrix; for the other sources it is our reading of their lists. Trio names category winners but gives no decision guidance.',
    scored: 'How this was scored',
    matters: 'How much each answer matters to us',
    changed: 'changed',
    why: 'Why',
    warnings: 'Warnings from the when-not lists',
    moved: 'What moved the result',
    flip: 'Smallest change that flips the verdict',
    buttons: { copy: 'Copy link', reset: 'Reset', csv: 'Export CSV', json: 'Export JSON', print: 'Print brief' },
  };
}

/** The wording the island shows. */
export type DecisionCopy = ReturnType<typeof decisionCopy>;
