import { kb } from './kb.ts';
import { synthesize, type Synthesis } from '../lib/synthesis/index.ts';

/**
 * The synthesis of this build (src/lib/synthesis): positions, consensus and the reviewed candidate disagreements,
 * computed once; every page, search entry and download reads it through the context. The knowledge base's integrity
 * checks (src/data/kb.ts) already fail the build on a candidate nobody reviewed, so `problems` is empty here.
 */
export const synthesis: Synthesis = synthesize(kb);
