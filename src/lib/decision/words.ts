import { SIDE } from './labels.ts';
import type { Outcome } from './verdict.ts';
import type { Side } from './types.ts';

/** How strong a lead is, in words. Shares of all points; our method, stated on the page. */
export const STRENGTH = [
  { min: 0.6, word: 'a strong lean' },
  { min: 0.35, word: 'a clear lean' },
  { min: 0, word: 'a slight lean' },
] as const;

/** The verdict as a reader says it. */
export interface VerdictWords {
  /** The headline: "A strong lean to Node.js", "No meaningful lead: either works", "Both, in one system". */
  title: string;
  /** One line under it: what the headline rests on. */
  detail: string;
  /** The short summary a screen reader hears when the verdict changes (no lists, no points). */
  announce: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The strength word of a lead toward a side: "a strong lean". */
export function strengthOf(lead: number): string {
  const a = Math.abs(lead);
  return (STRENGTH.find((s) => a >= s.min) ?? STRENGTH[2]).word;
}

/**
 * The verdict in words, never in points: a side with its strength, "both" with the strong reasons on each side,
 * or "either". Warnings are counted in the spoken summary so a screen-reader user knows to look for them.
 */
export function verdictWords(
  o: Pick<Outcome, 'verdict' | 'lead' | 'strong' | 'warnings' | 'excluded'>,
  questionLabel: (id: string) => string,
): VerdictWords {
  const warn = o.warnings.length;
  const tail = warn === 0 ? '' : ` ${String(warn)} ${warn === 1 ? 'warning' : 'warnings'} from the when-not lists.`;
  if (o.verdict === 'either') {
    const title = 'No meaningful lead: either works';
    return {
      title,
      detail: 'Neither stack leads by enough for these answers to separate them.',
      announce: `${title}.${tail}`,
    };
  }
  if (o.verdict === 'both') {
    const names = (s: Side) => o.strong[s].map((r) => questionLabel(r.question).toLowerCase()).join(', ');
    const title = 'Both: Django and Node.js in one system';
    return {
      title,
      detail: `Strong reasons pull each way: Django for ${names('django')}, Node.js for ${names('node')}.`,
      announce: `${title}.${tail}`,
    };
  }
  const title = `${cap(strengthOf(o.lead))} to ${SIDE[o.verdict]}`;
  const ruledOut = o.excluded.includes(o.verdict);
  const detail = ruledOut
    ? `The evidence leans to ${SIDE[o.verdict]}, but a when-not item below rules it out and no source disagrees.`
    : `The sources’ evidence for these answers favours ${SIDE[o.verdict]}.`;
  return { title, detail, announce: `${title}.${tail}` };
}
