import { kb } from './kb.ts';
import { synthesise, type Synthesis } from '../lib/synthesis.ts';

/** The synthesis of this build (conflicts and the consensus matrix), computed once; views read it through the context. */
export const synthesis: Synthesis = synthesise(kb);
