import type { ComponentChildren } from 'preact';
import type { Compared, MathCheck } from '../../lib/cost/check.ts';
import type { IntRange } from '../../lib/cost/compute.ts';
import { pctRange, ptsDiff, usd, usdDiff, usdRange } from '../../lib/format.ts';
import { plural } from '../../lib/text.ts';
import { LEVELS, STACK_LABEL } from '../../lib/cost/state.ts';

interface Props {
  check: MathCheck;
  /** Label of the example's seniority, e.g. "Mid (2–5 yrs)". */
  exampleLevel: string;
  region: string;
  /** Prefix for ids; the rate card id, so anchors are stable. */
  uid: string;
  /** Level of the section's own heading (rendered by the Astro wrapper); sub-headings are one below. */
  heading: 'h2' | 'h3';
}

/** Implied minus stated at each end: "−5 pts / +11.5 pts" in a cell, worded out in prose. */
const diffs = (d: IntRange, f: (n: number) => string) => `${f(d.low)} / ${f(d.high)}`;
const diffsProse = (d: IntRange, f: (n: number) => string) => `${f(d.low)} at the low end, ${f(d.high)} at the high end`;

function Table({ id, caption, head, children }: { id: string; caption: string; head: string[]; children: ComponentChildren }) {
  return (
    <section class="table-scroll" aria-labelledby={id} tabIndex={0}>
      <table class="cc-table cc-nums">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

const moneyRow = (label: string, c: Compared) => (
  <tr key={label}>
    <th scope="row">{label}</th>
    <td>{usdRange(c.stated)}</td>
    <td>{usdRange(c.implied)}</td>
    <td>{diffs(c.diff, usdDiff)}</td>
  </tr>
);

/**
 * A heading with the site's "#" permalink and copy-link button (the markup of AnchorTools.astro), so the check-the-math
 * sections can be linked like every other heading. This part is static HTML; src/scripts/enhance.ts wires the button.
 */
function AnchoredHeading({ tag: Tag, id, text }: { tag: 'h3' | 'h4'; id: string; text: string }) {
  return (
    <div class="anchored heading-row">
      <Tag id={id}>{text}</Tag>
      <span class="anchor-tools" data-pagefind-ignore>
        <a class="anchor-link" href={`#${id}`} aria-label={`Link to ${text}`}>
          #
        </a>
        <button type="button" class="copy-link" data-copy-link={`#${id}`} aria-label={`Copy link to ${text}`} hidden>
          <span aria-hidden="true">⧉</span>
        </button>
      </span>
    </div>
  );
}

/**
 * The tables of the check-the-math section: every figure the rate card's publisher derives, recomputed from its
 * rates. Rendered without a client directive, so it ships no JS.
 * "Implied" always pairs the ends the calculator pairs: conservative = US low against offshore high.
 */
export function CheckMath({ check, exampleLevel, region, uid, heading }: Props) {
  const H3 = heading === 'h2' ? 'h3' : 'h4';
  const ex = check.example;
  const team = plural(LEVELS.reduce((n, l) => n + ex.state[l], 0), 'developer');
  return (
    <>
      <AnchoredHeading tag={H3} id={`${uid}-check-you-save`} text="The “You Save” column" />
      <p>
        Recomputed from conservative (US low rate against {region} high rate, as a share of the US low rate) to
        optimistic (US high against {region} low, as a share of the US high rate). The source does not say which stack
        its column describes, so both are shown.
      </p>
      <Table id={`${uid}-check-you-save-t`} caption="Stated saving per seniority against the saving the rates imply" head={['Seniority', 'Stated', 'Django rates imply', 'Django difference (low / high end)', 'Node.js rates imply', 'Node.js difference (low / high end)']}>
        {check.youSave.map((l) => (
          <tr key={l.id}>
            <th scope="row">{l.label}</th>
            <td>{pctRange(l.stated)}</td>
            <td>{pctRange(l.django.implied)}</td>
            <td>{diffs(l.django.diff, ptsDiff)}</td>
            <td>{pctRange(l.node.implied)}</td>
            <td>{diffs(l.node.diff, ptsDiff)}</td>
          </tr>
        ))}
      </Table>
      <p>
        The publisher also claims a blanket saving of {pctRange(check.overallSaving.stated)} against US pay at the same
        level. Across all levels and both stacks the rates imply {pctRange(check.overallSaving.implied)} (difference:{' '}
        {diffsProse(check.overallSaving.diff, ptsDiff)}).
      </p>
      <AnchoredHeading tag={H3} id={`${uid}-check-example`} text="The worked example" />
      <p>
        {team} at the {exampleLevel} level on {STACK_LABEL[ex.state.stack]} rates. The source does not say how many
        hours a month it assumes; {ex.state.hours} hours reproduces its lower monthly figure, so that is used.
      </p>
      <Table id={`${uid}-check-example-t`} caption={`The worked example: ${team}, ${exampleLevel}, ${STACK_LABEL[ex.state.stack]}, ${ex.state.hours} hours a month`} head={['Figure', 'Stated', 'Rates imply', 'Difference (low / high end)']}>
        {moneyRow(`Per month in ${region}`, ex.monthly)}
        {moneyRow('Per month at US rates', ex.usMonthly)}
        {moneyRow('Savings per year (12 × the monthly saving)', ex.annualSavings)}
      </Table>
      <p>
        Twelve months of the gap between the publisher’s own monthly figures, paired the same way, come to{' '}
        {usdRange(ex.annualFromStated)}. The stated upper end is close to {usd(ex.annualHighPaired)}, which is what twelve
        months give when the two high ends are paired (US high minus {region} high) rather than US high against {region} low.
      </p>
      <AnchoredHeading tag={H3} id={`${uid}-check-premium`} text="The Node.js premium" />
      <p>
        Stated: about {pctRange(check.premium.overall.stated)} at every level. Implied by the rates across all levels:{' '}
        {pctRange(check.premium.overall.implied)} (difference: {diffsProse(check.premium.overall.diff, ptsDiff)}).
      </p>
      <Table id={`${uid}-check-premium-t`} caption="Node.js rates over Django rates, per seniority, at the low and high ends of the ranges" head={['Seniority', 'Django, per hour', 'Node.js, per hour', 'Implied premium']}>
        {check.premium.levels.map((l) => (
          <tr key={l.id}>
            <th scope="row">{l.label}</th>
            <td>{usdRange(l.django)}</td>
            <td>{usdRange(l.node)}</td>
            <td>{pctRange(l.implied)}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
