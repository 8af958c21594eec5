import { usdRange } from '../../lib/cost/money.ts';
import { projectHiring, type HiringModelLike, type Projection } from '../../lib/cost/hiring.ts';
import type { CostState } from '../../lib/cost/state.ts';

interface Props {
  state: CostState;
  models: readonly HiringModelLike[];
  heading: 'h2' | 'h3';
}

/** What the source's figure says about this team, or plainly that it says nothing (the note below explains why). */
function costText(p: Projection): string {
  switch (p.kind) {
    case 'empty':
    case 'no-mid':
      return 'no figure: the team has no mid-level developers.';
    case 'team-size':
      return `no figure: priced only for ${p.teamSize} mid-level developers (${usdRange(p.stated)}).`;
    case 'priced':
      return `${usdRange(p.monthly)} a month for ${p.covered} mid-level${p.uncovered ? `; no figure for the other ${p.uncovered}` : ''}.`;
  }
}

/**
 * The source's hiring models, costed for the reader's team where its figures allow. Their time to hire and risk
 * do not depend on the team, so they sit in the static table after the island.
 */
export function Hiring({ state, models, heading: H }: Props) {
  return (
    <div class="cc-hiring">
      <H>Hiring models for this team</H>
      <ul>
        {models.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong>: {costText(projectHiring(m, state))}
          </li>
        ))}
      </ul>
    </div>
  );
}
