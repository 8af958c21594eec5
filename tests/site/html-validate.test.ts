// Every built page is valid HTML under html-validate's recommended and document presets: 0 errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { distDir, htmlPages } from '../../scripts/lib/dist.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: [
    'html5',
    // Astro writes its island CSS (`<style>astro-island,astro-slot,…{display:contents}</style>`) in the body, next
    // to the first island; no option moves it to <head>. Browsers apply it anywhere, so accept <style> as flow content.
    { style: { flow: true } },
  ],
  rules: {
    // Preact's server renderer writes void elements self-closed (`<input/>`), Astro's compiler writes them bare
    // (`<input>`); both are valid HTML and neither can be configured, so the style of void tags is not checked.
    'void-style': 'off',
    // Astro emits same-origin, content-hashed bundles (/_astro/*) and has no option to add integrity attributes;
    // SRI protects against a tampering CDN, so require it only where we would load something cross-origin.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
const validator = new HtmlValidate(config);
const pages = htmlPages();

describe('html-validate (recommended + document)', () => {
  test('dist has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('$path has no errors', async ({ file }) => {
    const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column} (${m.selector ?? 'document'}): ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
