// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { formatNumber as fmt } from '../../lib/format.ts';
import { plural } from '../../lib/text.ts';
import { answerLabel, questionLabel } from '../../lib/decision/labels.ts';
import type { Outcome } from '../../lib/decision/verdict.ts';
import type { Answers, DecisionModel } from '../../lib/decision/types.ts';
import { Refs } from './Refs.tsx';

interface Props {
  model: DecisionModel;
  answers: Answers;
  outcome: Outcome;
  /** How many rules have weights other than the cited ones (importance or exact numbers). */
  changed: number;
}

const net = (c: { django: number; node: number }) => c.django - c.node;

/** "How this was scored": the points, each question's contribution with its reason and sources, and the method. */
export function Scored({ model, answers, outcome: o, changed }: Props) {
  const lead = Math.round(Math.abs(o.lead) * 100);
  const q = (id: string) => questionLabel(model, id);
  const contributions = [...o.contributions]
    .sort((x, y) => Math.abs(net(y)) - Math.abs(net(x)))
    .map((c) =>
      h(
        'li',
        { key: c.question },
        h(
          'p',
          null,
          h('strong', null, q(c.question)),
          `: ${answerLabel(model, c.question, answers[c.question] ?? c.answer)}. `,
          h(
            'span',
            { class: 'dc-net' },
            `Django +${fmt(c.django)}, Node.js +${fmt(c.node)}`,
            net(c) ? `: ${fmt(Math.abs(net(c)))} toward ${net(c) > 0 ? 'Django' : 'Node.js'}` : ': no effect',
          ),
        ),
        c.rules.map((r) =>
          h(
            'div',
            { key: r.id },
            h('p', null, r.reason),
            h(Refs, { model, ids: r.cites, label: 'Sources' }),
            h(Refs, { model, ids: r.dissent, label: 'Disputed by' }),
          ),
        ),
      ),
    );
  return [
    h(
      'p',
      { class: 'dc-points' },
      `Django ${fmt(o.django)} points, Node.js ${fmt(o.node)} points`,
      lead ? `, a lead of ${String(lead)}% for ${o.lead > 0 ? 'Django' : 'Node.js'}.` : ', level.',
      changed > 0 && ` ${plural(changed, 'rule')} weighted other than cited.`,
    ),
    h('p', null, model.copy.method),
    h('h4', null, model.copy.moved),
    h('ol', { class: 'dc-contribs' }, contributions),
  ];
}
