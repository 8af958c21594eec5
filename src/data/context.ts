import anchorAliases from '../anchors/aliases.json';
import { kb } from './kb.ts';
import { lookup, relations } from './lookup.ts';
import { synthesis } from './synthesis.ts';
import { absoluteHref, href } from './href.ts';
import type { ViewContext } from '../lib/views/context.ts';

/**
 * The one view context of a build, in the manner of Starlight's route data: every derived part is computed once when
 * first imported, and pages hand it to the view functions of src/lib/views, whose results components render.
 */
export const ctx: ViewContext = { kb, synthesis, lookup, relations, href, absoluteHref, aliases: anchorAliases };
