// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import type { WarningView } from '../../lib/decision/warnings.ts';
import type { Verdict } from '../../lib/decision/types.ts';

interface Props {
  warnings: WarningView[];
  verdict: Verdict;
  /** Shown when the total still points to a side a warning is against. */
  note: string;
}

const link = (r: { href: string; label: string }) => h('a', { href: r.href }, r.label);

/** The when-not warnings under the verdict: who advises against a side and, quoted, who says it still works. */
export function Warnings({ warnings, verdict, note }: Props) {
  if (warnings.length === 0) return null;
  return h(
    'ul',
    { class: 'dc-warnings' },
    warnings.map((w) =>
      h(
        'li',
        { class: w.hard ? 'dc-warn dc-warn-hard' : 'dc-warn', key: w.rule },
        h(
          'p',
          null,
          h('strong', null, w.hard ? 'Ruled out. ' : 'Warning. '),
          w.headline,
          verdict === w.against && ` ${note}`,
        ),
        h(
          'p',
          { class: 'dc-refs' },
          `Because of “${w.because}”: `,
          link(w.item),
          ' ',
          h('span', { class: 'badge' }, w.item.source),
        ),
        w.workable.length > 0 &&
          h(
            'ul',
            { class: 'dc-workable' },
            w.workable.map((x) =>
              h(
                'li',
                null,
                h('span', { class: 'badge' }, x.source),
                ' “',
                x.words,
                '”: ',
                x.says,
                ' ',
                link({ href: x.ref.href, label: 'Record' }),
              ),
            ),
          ),
      ),
    ),
  );
}
