// Fetching the decision model in the browser, with a plain message on the page when it cannot be had.
import type { DecisionModel } from '../../lib/decision/types.ts';

/**
 * Fetches /calculators/decision/model.json from the address the Astro wrapper puts on the page. On an abort, an
 * HTTP error or bad JSON it shows the wrapper's hidden note with the reason and returns a promise that never
 * settles, so the island never hydrates: the build-time result and its links stay, and the fields stay disabled
 * instead of doing nothing. Nothing is thrown: the note is the message, and the console stays clean.
 */
export async function loadModel(): Promise<DecisionModel> {
  const wrap = document.querySelector<HTMLElement>('[data-decision-model]');
  try {
    const res = await fetch(wrap?.dataset['decisionModel'] ?? '');
    if (!res.ok) throw new Error(`HTTP ${String(res.status)}`);
    const model = (await res.json()) as DecisionModel;
    if (!Array.isArray(model.questions) || !Array.isArray(model.rules)) throw new Error('unexpected data');
    return model;
  } catch (error) {
    const status = wrap?.querySelector<HTMLElement>('[data-decision-status]');
    if (status) {
      // The note itself is in the page's HTML (the Astro wrapper); only the reason is added here.
      status.append(` (${error instanceof Error ? error.message : String(error)})`);
      status.hidden = false;
    }
    return new Promise<never>(() => undefined);
  }
}
