// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import type { Message } from '../../lib/decision/url-state.ts';

interface Props {
  id: string;
  title: string;
  messages: Message[];
  fieldId: (field: string) => string;
}

/** A GOV.UK-style error summary: what was wrong, what we used instead, and a link that focuses the field. */
export function ErrorSummary({ id, title, messages, fieldId }: Props) {
  if (messages.length === 0) return null;
  return h(
    'div',
    { class: 'dc-error-summary', id, tabindex: -1, role: 'alert', 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, title),
    h(
      'ul',
      null,
      messages.map((m) => {
        const target = fieldId(m.field);
        const focus = (e: Event) => {
          e.preventDefault();
          const el = document.getElementById(target);
          // A weight field sits in the closed advanced section: open it first.
          const details = el?.closest('details');
          if (details) details.open = true;
          el?.focus();
        };
        return h('li', null, h('a', { href: `#${target}`, onClick: focus }, m.text));
      }),
    ),
  );
}
