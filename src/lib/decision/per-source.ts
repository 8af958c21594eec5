import { SIDE } from './labels.ts';
import { joinWords } from '../text.ts';
import type { DecisionModel, ModelRule, Ref, Side, SourceGuidance } from './types.ts';

/** What one source's own guidance gives for the reader's answers. */
export interface SourceAnswer extends SourceGuidance {
  /** A side when its matching items lean one way; `split` when they balance; `none` when nothing of it applies. */
  answer: Side | 'split' | 'none';
  /** The items of its guidance the answers match, each once, with the side it gives. */
  items: { ref: Ref; side: Side }[];
  /** How many items give each side. */
  count: Record<Side, number>;
}

type Model = Pick<DecisionModel, 'sources' | 'refs'>;

/**
 * Per source, what its own decision guidance implies for the triggered rules: the items the answers match (each
 * counted once, however many answers match it) and the side with more of them. Counting matching rows is Witarist's
 * own method for its matrix; for the other sources it is our reading of their lists, stated on the page.
 */
export function perSource(model: Model, triggered: readonly ModelRule[]): SourceAnswer[] {
  return model.sources.map((s, i) => {
    const seen = new Map<number, Side>();
    for (const r of triggered) for (const x of r.reads) if (x.source === i && !seen.has(x.ref)) seen.set(x.ref, x.side);
    const items = [...seen].flatMap(([ref, side]) => {
      const found = model.refs[ref];
      return found ? [{ ref: found, side }] : [];
    });
    const count = { django: 0, node: 0 };
    for (const x of items) count[x.side] += 1;
    const answer: SourceAnswer['answer'] =
      items.length === 0
        ? 'none'
        : count.django === count.node
          ? 'split'
          : count.django > count.node
            ? 'django'
            : 'node';
    return { ...s, answer, items, count };
  });
}

const ANSWER_WORDS: Record<SourceAnswer['answer'], string> = {
  django: 'Django',
  node: 'Node.js',
  split: 'split',
  none: 'nothing',
};

/** A source's answer in words, e.g. "Node.js: 3 of its items to 1." (used where the full list is shown). */
export function sourceWords({ answer, count, ...s }: SourceAnswer): string {
  if (answer === 'none') return `Nothing in ${s.what} matches these answers.`;
  if (answer === 'split')
    return s.polyglot === undefined
      ? `Split: as many of its items point each way (${String(count.django)} to ${String(count.node)}).`
      : `Both: its items split evenly, and its advice then is a polyglot system.`;
  const other = answer === 'django' ? 'node' : 'django';
  return `${SIDE[answer]}: ${String(count[answer])} of its items to ${String(count[other])}.`;
}
/**
 * One line on how
 the sources' answers compare, grouped by answer: "They differ: Node.js for Witarist 2026 and
 * Backend guide; Django for Hosting benchmarks 2026." Sources whose guidance matches nothing are left out.
 */
export function howTheyCompare(answers: readonly SourceAnswer[]): { differ: boolean; text: string } {
  const speaking = answers.filter((a) => a.answer !== 'none');
  if (speaking.length === 0) return { differ: false, text: 'None of the sources’ own guidance matches these answers.' };
  const groups = new Map<SourceAnswer['answer'], string[]>();
  for (const a of speaking) groups.set(a.answer, [...(groups.get(a.answer) ?? []), a.name]);
  const parts = [...groups].map(([answer, names]) => `${ANSWER_WORDS[answer]} for ${joinWords(names)}`);
  if (groups.size > 1) return { differ: true, text: `They differ: ${parts.join('; ')}.` };
  const [answer] = [...groups.keys()];
  const what = answer === 'split' ? 'is split' : `says ${ANSWER_WORDS[answer ?? 'none']}`;
  const text =
    speaking.length === 1
      ? `Only ${speaking[0]?.name ?? ''}’s guidance matches: it ${what}.`
      : `They agree: each of the ${String(speaking.length)} sources whose guidance matches ${what}.`;
  return { differ: false, text };
}
