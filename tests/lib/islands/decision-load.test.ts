// The decision island's model fetch (src/islands/decision/load.ts) on a page stand-in: when the model cannot be
// had, the note shows with the reason and the promise never settles (no throw, so no console error from Astro's
// loader, and no hydration without a model).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadModel } from '../../../src/islands/decision/load.ts';

/** The wrapper section and its hidden note, as far as loadModel uses them. */
function page() {
  const note = {
    hidden: true,
    text: 'The calculator could not load its data.',
    append: (s: string) => void (note.text += s),
  };
  const wrap = { dataset: { decisionModel: '/calculators/decision/model.json' }, querySelector: () => note };
  vi.stubGlobal('document', { querySelector: () => wrap });
  return note;
}

/** How a promise stands once every pending job and one task have run. */
async function standing(p: Promise<unknown>): Promise<string> {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((done) => setTimeout(done));
  return state;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadModel', () => {
  test.each([
    ['an aborted request', () => Promise.reject(new TypeError('Failed to fetch')), '(Failed to fetch)'],
    ['HTTP 500', () => Promise.resolve(new Response('oops', { status: 500 })), '(HTTP 500)'],
    ['bad JSON', () => Promise.resolve(new Response('{"questions": [')), '(Unexpected end of JSON input)'],
    ['JSON of another shape', () => Promise.resolve(new Response('{"questions": 1}')), '(unexpected data)'],
  ])('%s: shows the note with the reason and never settles', async (_, fetch, reason) => {
    const note = page();
    vi.stubGlobal('fetch', fetch);
    expect(await standing(loadModel())).toBe('pending');
    expect(note.hidden).toBe(false);
    expect(note.text).toBe(`The calculator could not load its data. ${reason}`);
  });

  test('a model with questions and rules is returned', async () => {
    const note = page();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"questions": [], "rules": []}')));
    await expect(loadModel()).resolves.toEqual({ questions: [], rules: [] });
    expect(note.hidden).toBe(true);
  });
});
