// Hyperscript (h) rather than JSX in the calculator's components: JSX would pull Preact's JSX runtime into the
// page, about 330 bytes gzip the calculator page's 15 KB JS budget cannot spare.
import { h } from 'preact';
import type { DecisionModel } from '../../lib/decision/types.ts';

interface Props {
  model: DecisionModel;
  /** Indexes into model.refs. */
  ids: readonly number[];
  /** Lead-in, e.g. "Sources". */
  label: string;
}

/** A line of links to cited records, each with its source badge. */
export function Refs({ model, ids, label }: Props) {
  if (ids.length === 0) return null;
  return h(
    'p',
    { class: 'dc-refs' },
    `${label}: `,
    ids.map((i, k) => {
      const r = model.refs[i];
      return (
        r &&
        h('span', null, k > 0 && '; ', h('a', { href: r.href }, r.label), ' ', h('span', { class: 'badge' }, r.source))
      );
    }),
  );
}
