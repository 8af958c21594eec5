import type { CostResult, RateLevel } from '../../lib/cost/compute.ts';
import { pctRange, usdRange } from '../../lib/cost/money.ts';
import { plural } from '../../lib/text.ts';
import { STACK_LABEL, type CostState } from '../../lib/cost/state.ts';

interface Props {
  state: CostState;
  result: CostResult;
  levels: readonly RateLevel[];
  region: string;
  changed: number;
  heading: 'h2' | 'h3';
  /** Prefix for element ids. */
  uid: string;
}

/**
 * The figures. Only the short summary is a live region (a status, but not atomic: only the figures that changed are
 * read), so a screen reader hears the new totals after an edit, not the whole table. Every row is always present, so the box keeps its size as numbers change.
 */
export function Results({ state, result, levels, region, changed, heading: H, uid }: Props) {
  const stack = STACK_LABEL[state.stack];
  const r = result;
  return (
    <div class="cc-results">
      <H>Result</H>
      <div class="cc-live" role="status" aria-live="polite" aria-atomic="false">
        <p>
          {plural(r.headcount, 'developer')}, {stack}, {plural(state.hours, 'hour')} a month each, for{' '}
          {plural(state.months, 'month')}.
          {changed > 0 && ` ${plural(changed, 'input')} changed; see the list at the top.`}
        </p>
        <dl class="cc-figures">
          <div>
            <dt>Per month in {region}</dt>
            <dd>{usdRange(r.monthly)}</dd>
          </div>
          <div>
            <dt>Per month at US rates</dt>
            <dd>{usdRange(r.usMonthly)}</dd>
          </div>
          <div>
            <dt>Saving per month</dt>
            <dd>
              {usdRange(r.saving)} <span class="cc-pct">({pctRange(r.savingPct)})</span>
            </dd>
          </div>
          <div>
            <dt>Over {plural(state.months, 'month')}</dt>
            <dd>
              {usdRange(r.total.offshore)} <span class="cc-pct">against {usdRange(r.total.us)} in the US; saving {usdRange(r.total.saving)}</span>
            </dd>
          </div>
        </dl>
      </div>
      <section class="table-scroll" aria-labelledby={`${uid}-by-level`} tabIndex={0}>
        <table class="cc-table cc-nums">
          <caption id={`${uid}-by-level`}>Cost per month by seniority</caption>
          <thead>
            <tr>
              <th scope="col">Seniority</th>
              <th scope="col">Developers</th>
              <th scope="col">{stack}, {region}</th>
              <th scope="col">US rates</th>
            </tr>
          </thead>
          <tbody>
            {r.levels.map((l) => (
              <tr key={l.id}>
                <th scope="row">{levels.find((x) => x.id === l.id)?.label}</th>
                <td>{l.headcount}</td>
                <td>{usdRange(l.offshore)}</td>
                <td>{usdRange(l.us)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
