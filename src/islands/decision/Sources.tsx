// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import { sourceWords, type SourceAnswer } from '../../lib/decision/per-source.ts';
import { SIDE } from '../../lib/decision/labels.ts';

interface Props {
  answers: SourceAnswer[];
  note: string;
}

const chip = { django: 'Django', node: 'Node.js', split: 'Split', none: 'No match' } as const;

/** Inside "What each source would say": per source, what its own decision guidance says for these answers, with the rows it used and its age. */
export function Sources({ answers, note }: Props) {
  return h(
    'div',
    null,
    h(
      'ul',
      null,
      answers.map((s) =>
        h(
          'li',
          { key: s.id, 'data-answer': s.answer },
          h(
            'span',
            { class: `chip chip-${s.answer === 'split' ? 'both' : s.answer === 'none' ? 'either' : s.answer}` },
            chip[s.answer],
          ),
          ' ',
          h('strong', null, s.name),
          ` (${s.what}, newest year cited ${String(s.year)}): ${sourceWords(s)}`,
          s.items.length > 0 &&
            h(
              'details',
              null,
              h('summary', null, `The ${String(s.items.length)} ${s.items.length === 1 ? 'item' : 'items'} it used`),
              h(
                'ul',
                { class: 'dc-refs' },
                s.items.map((x) =>
                  h('li', { key: x.ref.id }, h('a', { href: x.ref.href }, x.ref.label), ` → ${SIDE[x.side]}`),
                ),
              ),
            ),
        ),
      ),
    ),
    h('p', { class: 'dc-hint' }, note),
  );
}
