// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { formatNumber as fmt } from '../../lib/format.ts';
import { plural } from '../../lib/text.ts';
import { answerLabel, questionLabel } from '../../lib/decision/labels.ts';
import type { Outcome } from '../../lib/decision/verdict.ts';
import type { Flip } from '../../lib/decision/flip.ts';
import type { Answers, DecisionModel, WeightOverrides } from '../../lib/decision/types.ts';
import { Refs } from './Refs.tsx';
import { Warnings } from './Warnings.tsx';
import { warningViews } from '../../lib/decision/warnings.ts';

interface Props {
  model: DecisionModel;
  answers: Answers;
  outcome: Outcome;
  flips: Flip[];
  /** Weights the reader changed, by rule. */
  overrides: WeightOverrides;
  /** Address of this configuration, printed on the brief (empty before hydration). */
  url: string;
  /** Prefix for element ids. */
  idPrefix: string;
}

const net = (c: { django: number; node: number }) => c.django - c.node;

/** The verdict (live region), deal-breakers, each question's contribution with sources, and the smallest flip. */
export function Result({ model, answers, outcome: o, flips, overrides, url, idPrefix }: Props) {
  const { copy } = model;
  const custom = Object.keys(overrides).length;
  const q = (id: string) => questionLabel(model, id);
  const a = (id: string, v = answers[id] ?? '') => answerLabel(model, id, v);
  const lead = Math.round(Math.abs(o.lead) * 100);
  const refs = (ids: readonly number[], label: string) => h(Refs, { model, ids, label });
  const verdictId = `${idPrefix}-verdict`;
  const summary = h(
    'section',
    { class: 'dc-result', 'data-verdict': o.verdict, 'aria-live': 'polite', 'aria-labelledby': verdictId },
    h('h3', { id: verdictId }, 'Verdict: ', h('span', { class: `chip chip-${o.verdict}` }, copy.verdict[o.verdict])),
    h(
      'p',
      null,
      `Django ${fmt(o.django)} points, Node.js ${fmt(o.node)} points`,
      lead ? `, a lead of ${lead}% for ${o.lead > 0 ? 'Django' : 'Node.js'}.` : ', level.',
      custom > 0 && ` You changed the weights of ${plural(custom, 'rule')}.`,
    ),
    o.verdict === 'both' &&
      h(
        'p',
        null,
        `${copy.both} Django: ${o.strong.django.map((r) => q(r.question)).join(', ')}. Node.js: ${o.strong.node.map((r) => q(r.question)).join(', ')}.`,
      ),
    o.verdict === 'either' && h('p', null, copy.either),
    o.warnings.length > 0 && h('p', null, `${plural(o.warnings.length, 'warning')} ${copy.warningsFound}`),
  );
  const contributions = [...o.contributions]
    .sort((x, y) => Math.abs(net(y)) - Math.abs(net(x)))
    .map((c) =>
      h(
        'li',
        null,
        h(
          'p',
          null,
          h('strong', null, q(c.question)),
          `: ${a(c.question)}. `,
          h(
            'span',
            { class: 'dc-net' },
            `Django +${fmt(c.django)}, Node.js +${fmt(c.node)}`,
            net(c) ? `: ${fmt(Math.abs(net(c)))} toward ${net(c) > 0 ? 'Django' : 'Node.js'}` : ': no effect',
          ),
        ),
        c.rules.map((r) =>
          h('div', null, h('p', null, r.reason), refs(r.cites, 'Sources'), refs(r.dissent, 'Disputed by')),
        ),
      ),
    );
  const flipItems = flips.map((f) =>
    h(
      'li',
      null,
      `${f.changes.map((c) => `${q(c.question)} from ${a(c.question, c.from)} to ${a(c.question, c.to)}`).join(' and ')} gives `,
      h('strong', null, copy.verdict[f.verdict]),
      '.',
    ),
  );
  return h(
    'div',
    { class: 'dc-out' },
    h('p', { class: 'dc-print-only' }, `Decision brief${url && ` for ${url}`}`),
    summary,
    (o.verdict === 'both' || o.verdict === 'either') && refs(model.polyglot, copy.polyglot),
    o.warnings.length > 0 && h('h3', null, copy.warnings),
    h(Warnings, { warnings: warningViews(model, o), verdict: o.verdict, note: copy.dealNote }),
    h('h3', null, copy.moved),
    h('ol', { class: 'dc-contribs' }, contributions),
    h('h3', null, copy.flip),
    flips.length === 0 ? h('p', null, copy.noFlip) : h('ul', null, flipItems),
  );
}
