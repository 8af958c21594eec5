import { kb } from './kb.ts';
import { base } from './href.ts';
import { buildDecisionModel } from '../lib/decision/model.ts';
import type { DecisionModel } from '../lib/decision/types.ts';

/**
 * The decision calculator's model of this build (questions, rules, every cited record resolved to a link), built
 * once. The rules were checked with the rest of the content in src/data/kb.ts. The island renders from it at build
 * time, and /calculators/decision/model.json publishes it for the island to fetch when it hydrates.
 */
export const decisionModel: DecisionModel = buildDecisionModel(kb, base);

/** The model as the JSON the island fetches. */
export const decisionModelJson: string = JSON.stringify(decisionModel);
