// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { weightsOf } from '../../lib/decision/score.ts';
import { formatNumber as fmt } from '../../lib/format.ts';
import type { DecisionModel, ModelRule, WeightOverrides } from '../../lib/decision/types.ts';
import { Refs } from './Refs.tsx';

interface Props {
  model: DecisionModel;
  /** The weights in force where they differ from the cited ones. */
  overrides: WeightOverrides;
  /** Messages about exact weights from the address, shown above the table. */
  messages: string[];
  fieldId: (field: string) => string;
}

const pair = (w: { django: number; node: number }) => `${fmt(w.django)} / ${fmt(w.node)}`;

/**
 * Every rule's cited default weights (Django / Node.js) and the records they rest on, read-only: the reader changes
 * weights through "how much this matters", and exact numbers still come through the address (`w=rule:django:node`).
 * Rows are anchored by rule id.
 */
export function WeightsTable({ model, overrides, messages, fieldId }: Props) {
  const caption = fieldId('caption');
  const tag = (r: ModelRule) =>
    [r.split && 'split', r.warning && (r.warning.workable.length ? 'warning' : 'rules out')].filter(Boolean).join(', ');
  const row = (r: ModelRule) => {
    const now = weightsOf(r, overrides);
    const changed = now.django !== r.weights.django || now.node !== r.weights.node;
    return h(
      'tr',
      { id: r.id, key: r.id },
      h('th', { scope: 'row' }, r.label, tag(r) && h('span', { class: 'dc-tag' }, ` (${tag(r)})`)),
      h('td', null, pair(r.weights), changed && h('span', { class: 'dc-default' }, ` now ${pair(now)}`)),
      h(
        'td',
        null,
        h(Refs, { model, ids: r.cites, label: 'Sources' }),
        h(Refs, { model, ids: r.dissent, label: 'Disputed by' }),
      ),
    );
  };
  return h(
    'div',
    { id: fieldId('weights'), tabindex: -1 },
    messages.map((m) => h('p', { class: 'dc-error', key: m }, m)),
    h(
      'section',
      { class: 'table-scroll', 'aria-labelledby': caption, tabindex: 0 },
      h(
        'table',
        { class: 'dc-weights' },
        h('caption', { id: caption }, model.copy.caption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Answer', 'Django / Node.js', 'Sources'].map((c) => h('th', { scope: 'col', key: c }, c)),
          ),
        ),
        h('tbody', null, model.rules.map(row)),
      ),
    ),
  );
}
