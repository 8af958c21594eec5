// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { parseNumberAnswer } from '../../lib/decision/url-state.ts';
import type { Answers, DecisionModel, DecisionQuestion } from '../../lib/decision/types.ts';

interface Props {
  model: DecisionModel;
  answers: Answers;
  messages: Record<string, string>;
  typed: Record<string, string>;
  fieldId: (field: string) => string;
  /** A new answer, the field's message (undefined clears it) and, for text fields, the text as typed. */
  onAnswer: (question: string, value: string | number, message: string | undefined, raw?: string) => void;
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The questions as a labelled form. Numbers are text fields (GOV.UK style) so any typed text can be explained. */
export function Questions({ model, answers, messages, typed, fieldId, onAnswer }: Props) {
  const field = (q: DecisionQuestion) => {
    const id = fieldId(q.id);
    const error = messages[q.id];
    const value = answers[q.id] ?? q.default;
    const common = {
      id,
      name: q.id,
      'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
      'aria-invalid': error ? ('true' as const) : undefined,
    };
    const input =
      q.kind === 'number'
        ? h('input', {
            ...common,
            type: 'text',
            inputmode: 'numeric',
            autocomplete: 'off',
            value: typed[q.id] ?? String(value),
            onInput: (e: Event) => {
              const raw = valueOf(e);
              const r = parseNumberAnswer(raw, q);
              // While typing, only a valid number replaces the answer; the message waits for the change event.
              onAnswer(q.id, r.message ? value : r.value, undefined, raw);
            },
            onChange: (e: Event) => {
              const raw = valueOf(e);
              const r = parseNumberAnswer(raw, q);
              onAnswer(q.id, r.value, r.message, raw);
            },
          })
        : h(
            'select',
            // A select can only offer valid options, so no parsing is needed here.
            { ...common, value: String(value), onChange: (e: Event) => onAnswer(q.id, valueOf(e), undefined) },
            q.options.map((o) => h('option', { value: o.value }, o.label)),
          );
    return h(
      'div',
      { class: error ? 'dc-field dc-field-error' : 'dc-field' },
      h('label', { for: id }, q.label),
      h('p', { class: 'dc-hint', id: `${id}-hint` }, q.hint),
      error &&
        h('p', { class: 'dc-error', id: `${id}-error` }, h('span', { class: 'visually-hidden' }, 'Error: '), error),
      input,
    );
  };
  return h('fieldset', { class: 'dc-questions' }, h('legend', null, model.copy.questions), model.questions.map(field));
}
