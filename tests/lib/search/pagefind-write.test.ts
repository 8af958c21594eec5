import { describe, expect, test } from 'vitest';
import { bundlePageCount } from '../../../src/integrations/pagefind-write.ts';

const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });

describe('bundlePageCount', () => {
  test.each<[string, string, number]>([
    ['one language', '{"languages":{"en":{"page_count":12}}}', 12],
    ['two languages', '{"languages":{"en":{"page_count":2},"fr":{"page_count":3}}}', 5],
    ['no languages', '{"version":"1.6.0"}', 0],
  ])('%s', (_name, json, count) => {
    expect(bundlePageCount([file('pagefind.js', 'x'), file('pagefind-entry.json', json)])).toBe(count);
  });

  test('an empty or missing entry fails with a message, never a bare JSON error', () => {
    expect(() => bundlePageCount([file('pagefind-entry.json', '')])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Pagefind produced no pagefind-entry.json: the index is empty.]`,
    );
    expect(() => bundlePageCount([])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Pagefind produced no pagefind-entry.json: the index is empty.]`,
    );
    expect(() => bundlePageCount([file('pagefind-entry.json', '{"lang')])).toThrow(
      /^Pagefind's pagefind-entry.json is not valid JSON: /,
    );
  });
});
