import { describe, expect, test } from 'vitest';
import {
  repeatsTitle,
  decodeEntities,
  excerptParts,
  excerptText,
  withoutLeadingTitle,
  type ExcerptPart,
} from '../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  test.each<[string, ExcerptPart[]]>([
    ['', []],
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'a <mark>cold</mark> <mark>start</mark> here',
      [
        { text: 'a ', mark: false },
        { text: 'cold', mark: true },
        { text: ' ', mark: false },
        { text: 'start', mark: true },
        { text: ' here', mark: false },
      ],
    ],
    ['<mark>Node.js</mark>', [{ text: 'Node.js', mark: true }]],
    ['x &lt;script&gt;alert(1)&lt;/script&gt; y', [{ text: 'x <script>alert(1)</script> y', mark: false }]],
    ['<img src=x onerror=alert(1)>', [{ text: '<img src=x onerror=alert(1)>', mark: false }]],
    ['<mark>a</mark><mark>b</mark>', [{ text: 'ab', mark: true }]],
    ['<mark>unclosed', [{ text: 'unclosed', mark: true }]],
    ['&amp;lt;b&amp;gt;', [{ text: '&lt;b&gt;', mark: false }]],
  ])('%j', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});

describe('decodeEntities and excerptText', () => {
  test.each<[string, string]>([
    ['&lt;b&gt;', '<b>'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&quot;x&quot; &#39;y&#39; &#x27;z&#x27;', `"x" 'y' 'z'`],
    ['&copy; &nbsp;', '&copy; &nbsp;'],
  ])('decodes %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });

  test('excerptText drops the marks', () => {
    expect(excerptText('~800 <mark>ms</mark> &lt;cold&gt;')).toBe('~800 ms <cold>');
  });
});

describe('withoutLeadingTitle', () => {
  const text = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
  test.each<[string, string, string]>([
    [
      '<mark>Startup</mark> or <mark>cold-start</mark> time: the figures differ. Hosting benchmarks gives ~75ms for a <mark>startup</mark>',
      'Startup or cold-start time: the figures differ',
      'Hosting benchmarks gives ~75ms for a [startup]',
    ],
    [
      'and <mark>rates:</mark> sources favour different stacks. Favour Django because hourly <mark>rates</mark> are lower',
      'Hiring and rates: sources favour different stacks',
      'Favour Django because hourly [rates] are lower',
    ],
    ['Cold start. ~800ms', 'Cold start', 'Cold start. ~800ms'],
    [
      'Something else first, then the Cold start title words later on',
      'Cold start',
      'Something else first, then the Cold start title words later on',
    ],
    [
      'rates: too short to cut from the excerpt start here ok',
      'Hiring and rates:',
      'rates: too short to cut from the excerpt start here ok',
    ],
    [
      '<mark>Cold</mark> start: a serverless <mark>cold</mark> start takes about 800 ms',
      'Cold start',
      'a serverless [cold] start takes about 800 ms',
    ],
    [
      '<mark>Cold</mark> start: a serverless function takes about 800 ms to wake',
      'Cold start',
      '[Cold] start: a serverless function takes about 800 ms to wake',
    ],
  ])('%j without %j', (excerpt, title, out) => {
    expect(text(withoutLeadingTitle(excerptParts(excerpt), title))).toBe(out);
  });
});

describe('repeatsTitle', () => {
  test.each<[string, string, boolean]>([
    [
      'view can serve concurrent I/O without a thread',
      'Since 4.1 an async view can serve concurrent I/O without a thread per request.',
      true,
    ],
    ['Mozilla uses Django', 'Mozilla uses Django', true],
    ['…mid, senior and lead level…', 'Rates at junior, mid, senior and lead level.', true],
    ['', 'Anything', true],
    ['850,000 req/s Django 6.0', 'JSON responses per second for Django', false],
  ])('%j in %j: %s', (excerpt, title, repeats) => {
    expect(repeatsTitle(excerpt, title)).toBe(repeats);
  });
});
