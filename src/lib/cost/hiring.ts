/**
 * The publisher's hiring models applied to the reader's team, only as far as its figures reach: it prices one
 * mid-level developer per model, or one fixed-size team, and nothing else.
 */
import type { HiringModel } from '../../schemas/hiring-model.ts';
import { toCents, type IntRange } from './compute.ts';
import type { CostState } from './state.ts';

/** The fields of a hiring model the calculator needs (the notes are static text outside the island). */
export type HiringModelLike = Pick<HiringModel, 'id' | 'name' | 'monthlyCost' | 'costBasis'>;

/**
 * What the source's figures say about this team under one model:
 * - `priced`: `monthly` covers `covered` mid-level developers; `uncovered` developers of other levels have no figure;
 * - `empty`: the team has no developers;
 * - `no-mid`: the model is priced per mid-level developer and the team has none;
 * - `team-size`: the model is priced only for a team of exactly `teamSize` mid-level developers.
 */
export type Projection =
  | { kind: 'priced'; monthly: IntRange; covered: number; uncovered: number }
  | { kind: 'empty' }
  | { kind: 'no-mid'; uncovered: number }
  | { kind: 'team-size'; teamSize: number; stated: IntRange };

/** Projects one hiring model onto the team. The source's cost column is for mid-level developers only. */
export function projectHiring(model: HiringModelLike, state: CostState): Projection {
  const others = state.junior + state.senior + state.lead;
  const cost = { low: toCents(model.monthlyCost.low), high: toCents(model.monthlyCost.high) };
  if (state.mid + others === 0) return { kind: 'empty' };
  if (model.costBasis.kind === 'team') {
    const { teamSize } = model.costBasis;
    return state.mid === teamSize && others === 0
      ? { kind: 'priced', monthly: cost, covered: teamSize, uncovered: 0 }
      : { kind: 'team-size', teamSize, stated: cost };
  }
  if (state.mid === 0) return { kind: 'no-mid', uncovered: others };
  return {
    kind: 'priced',
    monthly: { low: cost.low * state.mid, high: cost.high * state.mid },
    covered: state.mid,
    uncovered: others,
  };
}

/** Time to hire as text: "3–14 days", "48 hours", "1 week". */
export function timeToHireText(t: HiringModel['timeToHire']): string {
  const unit = t.high === 1 ? t.unit.slice(0, -1) : t.unit;
  return `${t.low === t.high ? t.low : `${t.low}–${t.high}`} ${unit}`;
}
