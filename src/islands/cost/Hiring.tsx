import { usdRange } from '../../lib/cost/money.ts';
import { projectHiring, timeToHireText, type HiringModelLike, type Projection } from '../../lib/cost/hiring.ts';
import type { CostState } from '../../lib/cost/state.ts';

interface Props {
  state: CostState;
  models: readonly HiringModelLike[];
  heading: 'h2' | 'h3';
  uid: string;
}

/** What the source's figure says about this team, or plainly that it says nothing (the note below explains why). */
function costText(p: Projection): string {
  switch (p.kind) {
    case 'empty':
      return 'No developers in the team.';
    case 'no-mid':
      return 'No figure: the team has no mid-level developers.';
    case 'team-size':
      return `No figure: priced only for ${p.teamSize} mid-level developers (${usdRange(p.stated)}).`;
    case 'priced':
      return `${usdRange(p.monthly)} for ${p.covered} mid-level${p.uncovered ? `; no figure for the other ${p.uncovered}` : ''}`;
  }
}

/** The source's four hiring models, costed for the reader's team where its figures allow. */
export function Hiring({ state, models, heading: H, uid }: Props) {
  return (
    <div class="cc-hiring">
      <H>Hiring models for this team</H>
      <section class="table-scroll" aria-labelledby={`${uid}-hiring`} tabIndex={0}>
        <table class="cc-table">
          <caption id={`${uid}-hiring`}>The source's hiring models applied to this team, per month</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Time to hire</th>
              <th scope="col">Monthly cost for this team</th>
              <th scope="col">Risk</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>
                  {timeToHireText(m.timeToHire)}
                  {m.timeToHireNote && <span class="cc-note">{m.timeToHireNote}</span>}
                </td>
                <td>{costText(projectHiring(m, state))}</td>
                <td>
                  <span class="cc-risk">{m.risk}</span>
                  <span class="cc-note">{m.riskNote}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
