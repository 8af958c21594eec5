import { describe, expect, test } from 'vitest';
import { externalizeBodyScripts } from '../../../src/integrations/island-scripts.ts';

const head = '<head><script>theme()</script><script type="application/ld+json">{}</script></head>';

describe('externalizeBodyScripts', () => {
  test('moves the body’s inline scripts, in order, to one deferred file at the place of the first', () => {
    const html = `${head}<body><p>a</p><script>directive()</script><astro-island></astro-island><script>island()</script></body>`;
    const out = externalizeBodyScripts(html, '/kb/_astro/');
    expect(out.file?.code).toBe('directive();\nisland();');
    expect(out.file?.name).toMatch(/^inline\.[\w-]{10}\.js$/);
    expect(out.html).toBe(
      `${head}<body><p>a</p><script src="/kb/_astro/${out.file?.name ?? ''}" defer></script><astro-island></astro-island></body>`,
    );
  });

  test.each([
    [`${head}<body><p>no scripts</p><script type="module" src="/a.js"></script></body>`],
    ['<p>no body</p><script>x()</script>'],
  ])('leaves a page without inline body scripts as it is: %s', (html) => {
    expect(externalizeBodyScripts(html, '/_astro/')).toEqual({ html });
  });

  test('the same code gives the same file name, so pages share one cached file', () => {
    const page = (text: string) => `<body><h1>${text}</h1><script>same()</script></body>`;
    expect(externalizeBodyScripts(page('one'), '/').file).toEqual(externalizeBodyScripts(page('two'), '/').file);
  });
});
