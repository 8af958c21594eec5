import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The run options of every axe run here: the WCAG rules, and full detail for violations only. */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag' as const, values: WCAG_TAGS },
  resultTypes: ['violations' as const],
};

/**
 * axe as every browser test runs it. Legacy mode runs axe.run in the page itself instead of opening a blank page
 * to merge per-frame results: our pages have no cross-origin frames (the one thing only the newer mode audits),
 * the violations are the same (same-origin frames included), and it takes a third of the time. `resultTypes`
 * keeps full detail for violations only: every rule still runs on every element, but axe stops recording each
 * passing one.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options(AXE_OPTIONS);
}
