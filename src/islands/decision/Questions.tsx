// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { readNumberAnswer, type ProblemBody } from '../../lib/decision/query.ts';
import type { Answers, DecisionChoiceQuestion, DecisionModel, DecisionQuestion } from '../../lib/decision/types.ts';

interface Props {
  model: DecisionModel;
  answers: Answers;
  messages: Record<string, string>;
  typed: Record<string, string>;
  fieldId: (field: string) => string;
  /** False until hydrated: without JavaScript the fields show the build-time answers, disabled, rather than dead. */
  ready: boolean;
  /** A new answer, the field's problem (undefined clears it) and, for text fields, the text as typed. */
  onAnswer: (question: string, value: string | number, problem: ProblemBody | undefined, raw?: string) => void;
}

/** Questions with at most this many answers are radio groups; longer lists stay a select. */
const MAX_RADIOS = 5;
/** Number questions with a range this small also get a slider beside the field. */
const MAX_SLIDER = 100;

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/**
 * The questions as a labelled form: radio groups for short choices (nothing truncates at 320 px), a select for the
 * long one, text fields for numbers (so any typed text can be explained), and a slider beside the load share.
 */
export function Questions({ model, answers, messages, typed, fieldId, ready, onAnswer }: Props) {
  const disabled = !ready;
  const help = (id: string, hint: string, error: string | undefined) => [
    h('p', { class: 'dc-hint', id: `${id}-hint` }, hint),
    error &&
      h('p', { class: 'dc-error', id: `${id}-error` }, h('span', { class: 'visually-hidden' }, 'Error: '), error),
  ];
  const described = (id: string, error: string | undefined) => `${id}-hint${error ? ` ${id}-error` : ''}`;

  const radios = (q: DecisionChoiceQuestion, id: string, error: string | undefined) =>
    h(
      'fieldset',
      {
        id,
        tabindex: -1,
        class: error ? 'dc-field dc-choice dc-field-error' : 'dc-field dc-choice',
        'aria-describedby': described(id, error),
      },
      h('legend', null, q.label),
      help(id, q.hint, error),
      h(
        'div',
        { class: 'dc-seg' },
        q.options.map((o) =>
          h(
            'label',
            { class: 'dc-opt', key: o.value },
            h('input', {
              type: 'radio',
              id: `${id}-${o.value}`,
              name: id,
              value: o.value,
              checked: (answers[q.id] ?? q.default) === o.value,
              disabled,
              onChange: () => onAnswer(q.id, o.value, undefined),
            }),
            h('span', null, o.label),
          ),
        ),
      ),
    );

  const field = (q: DecisionQuestion) => {
    const id = fieldId(q.id);
    const error = messages[q.id];
    if (q.kind === 'choice' && q.options.length <= MAX_RADIOS) return radios(q, id, error);
    const value = answers[q.id] ?? q.default;
    const common = {
      id,
      name: q.id,
      disabled,
      'aria-describedby': described(id, error),
      'aria-invalid': error ? ('true' as const) : undefined,
    };
    const inputs =
      q.kind === 'number'
        ? [
            q.max - q.min <= MAX_SLIDER &&
              h('input', {
                type: 'range',
                class: 'dc-range',
                min: q.min,
                max: q.max,
                step: 1,
                value: Number(value),
                disabled,
                'aria-label': `${q.label}, slider`,
                'aria-valuetext': `${String(value)}${q.unit}`,
                onInput: (e: Event) => onAnswer(q.id, Number(valueOf(e)), undefined, valueOf(e)),
              }),
            h(
              'span',
              { class: 'dc-number' },
              h('input', {
                ...common,
                type: 'text',
                inputmode: 'numeric',
                autocomplete: 'off',
                size: 9,
                value: typed[q.id] ?? String(value),
                onInput: (e: Event) => {
                  const raw = valueOf(e);
                  const r = readNumberAnswer(raw, q);
                  // While typing, only a valid number replaces the answer; the message waits for the change event.
                  onAnswer(q.id, r.problem ? value : r.value, undefined, raw);
                },
                onChange: (e: Event) => {
                  const raw = valueOf(e);
                  const r = readNumberAnswer(raw, q);
                  onAnswer(q.id, r.value, r.problem, raw);
                },
              }),
              h('span', { class: 'dc-unit', 'aria-hidden': 'true' }, q.unit),
            ),
          ]
        : [
            h(
              'select',
              // A select can only offer valid options, so no parsing is needed here.
              { ...common, value: String(value), onChange: (e: Event) => onAnswer(q.id, valueOf(e), undefined) },
              q.options.map((o) => h('option', { value: o.value }, o.label)),
            ),
          ];
    return h(
      'div',
      { class: error ? 'dc-field dc-field-error' : 'dc-field' },
      h('label', { for: id }, q.label),
      help(id, q.hint, error),
      h('div', { class: 'dc-inputs' }, inputs),
    );
  };
  return h('fieldset', { class: 'dc-questions' }, h('legend', null, model.copy.questions), model.questions.map(field));
}
