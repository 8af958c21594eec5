import type { ComponentChildren } from 'preact';
import type { Comparison } from '../../lib/cost/compare.ts';
import type { RateLevel } from '../../lib/cost/compute.ts';
import { usdRange } from '../../lib/cost/money.ts';
import { differenceText, summaryText } from '../../lib/cost/words.ts';
import { plural } from '../../lib/text.ts';
import { STACKS, STACK_LABEL, type CostState } from '../../lib/cost/state.ts';

interface Props {
  state: CostState;
  cmp: Comparison;
  levels: readonly RateLevel[];
  /** Where the rates come from and how old they are, for the state's rate choice (always shown). */
  disclosure: ComponentChildren;
  /** Each changed input, as "label: value used". */
  used: string[];
  heading: 'h2' | 'h3';
  /** Prefix for element ids. */
  uid: string;
}

/**
 * Both stacks side by side. Only the one-sentence summary is a live region, so a screen reader hears the new
 * totals after an edit, not the whole panel. With no developers the figures give way to what to do.
 */
export function Results({ state, cmp, levels, disclosure, used, heading: H, uid }: Props) {
  const months = plural(state.months, 'month');
  return (
    <div class="cc-results">
      <H id={`${uid}-result`}>Result</H>
      <div class="cc-box">
        <p class="cc-live" role="status">
          {summaryText(cmp)}
        </p>
        {cmp.headcount > 0 && (
          <>
            <dl class="cc-figures">
              {STACKS.map((s) => (
                <div key={s}>
                  <dt>{STACK_LABEL[s]}, per month</dt>
                  <dd>{usdRange(cmp[s].monthly)}</dd>
                  <dd class="cc-pct">
                    {usdRange(cmp[s].total.offshore)} over {months}
                  </dd>
                </div>
              ))}
              <div>
                <dt>Difference</dt>
                <dd class="cc-diff">{differenceText(cmp, months)}.</dd>
              </div>
            </dl>
            <p class="cc-used">
              For {plural(cmp.headcount, 'developer')} at {plural(state.hours, 'hour')} a month each.
              {used.length > 0 && ` Values changed before computing: ${used.join('; ')}.`}
            </p>
          </>
        )}
        {disclosure}
      </div>
      {cmp.headcount > 0 && (
        <section class="table-scroll" aria-labelledby={`${uid}-by-level`} tabIndex={0}>
          <table class="cc-table cc-nums">
            <caption id={`${uid}-by-level`}>Cost per month by seniority</caption>
            <thead>
              <tr>
                <th scope="col">Seniority</th>
                <th scope="col">Developers</th>
                <th scope="col">Django</th>
                <th scope="col">Node.js</th>
              </tr>
            </thead>
            <tbody>
              {cmp.django.levels.map((l, i) => (
                <tr key={l.id}>
                  <th scope="row">{levels.find((x) => x.id === l.id)?.label}</th>
                  <td>{l.headcount}</td>
                  <td>{usdRange(l.offshore)}</td>
                  <td>{usdRange(cmp.node.levels[i]?.offshore ?? l.offshore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
