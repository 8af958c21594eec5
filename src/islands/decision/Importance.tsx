// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { IMPORTANCE, type Importance as Levels, type Level } from '../../lib/decision/importance.ts';
import type { DecisionModel } from '../../lib/decision/types.ts';

interface Props {
  model: DecisionModel;
  importance: Levels;
  /** Rules whose exact weights came from the address (`w=`): they win over the levels here. */
  exact: number;
  fieldId: (field: string) => string;
  ready: boolean;
  onLevel: (question: string, level: Level) => void;
}

/** Inside "How much each answer matters to us": for each question: not at all, normal (the cited weights) or a lot (twice them). */
export function Importance({ model, importance, exact, fieldId, ready, onLevel }: Props) {
  return h(
    'div',
    null,
    h('p', { class: 'dc-hint' }, model.copy.importance),
    exact > 0 && h('p', { class: 'dc-hint' }, `${String(exact)} ${model.copy.exact}`),
    model.questions.map((q) => {
      const id = fieldId(`m-${q.id}`);
      const current = importance[q.id] ?? 1;
      return h(
        'fieldset',
        { class: 'dc-choice dc-level', key: q.id },
        h('legend', null, q.label),
        h(
          'div',
          { class: 'dc-seg' },
          IMPORTANCE.map((l) =>
            h(
              'label',
              { class: 'dc-opt', key: l.value },
              h('input', {
                type: 'radio',
                name: id,
                id: `${id}-${String(l.value)}`,
                value: String(l.value),
                checked: current === l.value,
                disabled: !ready,
                onChange: () => onLevel(q.id, l.value),
              }),
              h('span', null, l.label),
            ),
          ),
        ),
      );
    }),
  );
}
