// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { weightsOf } from '../../lib/decision/score.ts';
import { parseWeight, weightName } from '../../lib/decision/url-state.ts';
import { formatNumber as fmt } from '../../lib/format.ts';
import type { DecisionModel, ModelRule, Weights, WeightOverrides } from '../../lib/decision/types.ts';
import { Refs } from './Refs.tsx';
import { SIDE } from '../../lib/decision/labels.ts';

interface Props {
  model: DecisionModel;
  overrides: WeightOverrides;
  messages: Record<string, string>;
  typed: Record<string, string>;
  fieldId: (field: string) => string;
  /** A new weight for one side of a rule, its field's message (undefined clears it) and the text as typed. */
  onWeight: (rule: string, side: keyof Weights, value: number, message: string | undefined, raw: string) => void;
}

/** The advanced section: every rule's default weights with their sources, each adjustable. Rows are anchored by rule id. */
export function WeightsTable({ model, overrides, messages, typed, fieldId, onWeight }: Props) {
  const changed = Object.keys(overrides).length;
  const caption = fieldId('caption');
  const input = (r: ModelRule, side: keyof Weights) => {
    const key = side === 'django' ? `w-${r.id}` : `w-${r.id}-node`;
    const id = fieldId(key);
    const error = messages[key];
    const current = weightsOf(r, overrides);
    const apply = (e: Event, live: boolean) => {
      const raw = (e.currentTarget as HTMLInputElement).value;
      const p = parseWeight(raw, r.weights[side], weightName(r, side));
      // While typing, an invalid entry keeps the current weight; its message waits for the change event.
      onWeight(r.id, side, live && p.message ? current[side] : p.value, live ? undefined : p.message, raw);
    };
    return h(
      'td',
      { class: error ? 'dc-field-error' : undefined },
      h('label', { class: 'visually-hidden', for: id }, `${SIDE[side]} weight, ${r.label}`),
      error && h('span', { class: 'dc-error', id: `${id}-error` }, `${error} `),
      h('input', {
        id,
        class: 'dc-weight',
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        size: 4,
        value: typed[key] ?? String(current[side]),
        'aria-describedby': error ? `${id}-error` : undefined,
        'aria-invalid': error ? 'true' : undefined,
        onInput: (e: Event) => apply(e, true),
        onChange: (e: Event) => apply(e, false),
      }),
      ' ',
      h('span', { class: 'dc-default' }, `default ${fmt(r.weights[side])}`),
    );
  };
  const row = (r: ModelRule) =>
    h(
      'tr',
      { id: r.id },
      h(
        'th',
        { scope: 'row' },
        r.label,
        (r.split || r.warning) &&
          h(
            'span',
            { class: 'dc-tag' },
            ` (${[r.split && 'split', r.warning && (r.warning.workable.length ? 'warning' : 'rules out')].filter(Boolean).join(', ')})`,
          ),
      ),
      input(r, 'django'),
      input(r, 'node'),
      h(
        'td',
        null,
        h(Refs, { model, ids: r.cites, label: 'Sources' }),
        h(Refs, { model, ids: r.dissent, label: 'Disputed by' }),
      ),
    );
  return h(
    'details',
    { class: 'dc-advanced' },
    h(
      'summary',
      { id: fieldId('weights') },
      `Advanced: adjust the evidence weights${changed > 0 ? ` (${changed} changed)` : ''}`,
    ),
    h('p', null, model.copy.method),
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
            ['Answer', 'Django', 'Node.js', 'Sources'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h('tbody', null, model.rules.map(row)),
      ),
    ),
  );
}
