// Hyperscript, not JSX: see Refs.tsx.
import { h, type ComponentChildren } from 'preact';
import { plural } from '../../lib/text.ts';
import { answerLabel, questionLabel } from '../../lib/decision/labels.ts';
import type { Outcome } from '../../lib/decision/verdict.ts';
import type { Flip } from '../../lib/decision/flip.ts';
import type { VerdictWords } from '../../lib/decision/words.ts';
import type { WarningView } from '../../lib/decision/warnings.ts';
import type { Answers, DecisionModel } from '../../lib/decision/types.ts';
import { Refs } from './Refs.tsx';
import { Warnings } from './Warnings.tsx';

interface Props {
  model: DecisionModel;
  answers: Answers;
  outcome: Outcome;
  words: VerdictWords;
  warnings: WarningView[];
  flips: Flip[];
  /** How the sources' own answers compare, one line under the verdict. */
  compare: { differ: boolean; text: string };
  /** "What each source would say" in full, built by the island (it loads on demand). */
  sources: ComponentChildren;
  /** Prefix for element ids. */
  idPrefix: string;
}

/**
 * The verdict panel, in reading order: the verdict in words (its short summary is the live region), the when-not
 * warnings right under it, the smallest change that flips it, then what each source's own guidance says.
 */
export function Result({ model, answers, outcome: o, words, warnings, flips, compare, sources, idPrefix }: Props) {
  const { copy } = model;
  const q = (id: string) => questionLabel(model, id);
  const a = (id: string, v: string | number) => answerLabel(model, id, v);
  const verdictId = `${idPrefix}-verdict`;
  const flipItems = flips.map((f, i) =>
    h(
      'li',
      { key: i },
      `${f.changes.map((c) => `${q(c.question)} from ${a(c.question, c.from)} to ${a(c.question, c.to)}`).join(' and ')} gives `,
      h('strong', null, copy.verdict[f.verdict]),
      '.',
    ),
  );
  return h(
    'div',
    { class: 'dc-out' },
    h(
      'dl',
      { class: 'dc-print-only dc-answers' },
      model.questions.map((x) => [
        h('dt', { key: `t${x.id}` }, x.label),
        h('dd', { key: `d${x.id}` }, a(x.id, answers[x.id] ?? x.default)),
      ]),
    ),
    h(
      'section',
      { class: 'dc-result', 'data-verdict': o.verdict, 'aria-labelledby': verdictId },
      h(
        'div',
        { 'aria-live': 'polite', 'aria-atomic': 'true', class: 'dc-headline' },
        h('h3', { id: verdictId }, h('span', { class: 'dc-kicker' }, 'Verdict: '), words.title),
        h(
          'p',
          { class: 'dc-count' },
          o.warnings.length > 0 ? `${plural(o.warnings.length, 'warning')} ${copy.warningsFound}` : copy.noWarnings,
        ),
      ),
      h('p', null, words.detail),
      h('p', { class: 'dc-compare' }, h('strong', null, `${copy.sourcesTitle}: `), compare.text),
      (o.verdict === 'both' || o.verdict === 'either') && h(Refs, { model, ids: model.polyglot, label: copy.polyglot }),
    ),
    o.warnings.length > 0 && h('h4', null, copy.warnings),
    h(Warnings, { warnings, verdict: o.verdict, note: copy.dealNote }),
    h('h4', null, copy.flip),
    flips.length === 0 ? h('p', null, copy.noFlip) : h('ul', { class: 'dc-flips' }, flipItems),
    sources,
  );
}
