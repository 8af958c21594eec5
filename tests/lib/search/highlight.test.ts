import { describe, expect, test } from 'vitest';
import {
  highlightPattern,
  highlightTerms,
  splitMatches,
  termsToHighlight,
  withHighlight,
  withoutHighlight,
} from '../../../src/lib/search/highlight.ts';

describe('termsToHighlight', () => {
  test.each<[string, string[]]>([
    ['cold start', ['cold', 'start']],
    ['Is Node.js faster than Django?', ['Node.js', 'faster', 'Django']],
    ['  "senior"   hourly  rate! ', ['senior', 'hourly', 'rate']],
    ['what is it', ['what', 'is', 'it']],
    ['Django django DJANGO', ['Django']],
    ['?! …', []],
    ['', []],
  ])('%j -> %j', (query, terms) => {
    expect(termsToHighlight(query)).toEqual(terms);
  });
});

describe('withHighlight', () => {
  test.each<[string, string[], string]>([
    ['/faq/#q-1', ['cold', 'start'], '/faq/?highlight=cold&highlight=start#q-1'],
    ['/kb/topics/performance/', ['Node.js'], '/kb/topics/performance/?highlight=Node.js'],
    ['/search/?q=x#a', ['a b'], '/search/?q=x&highlight=a+b#a'],
    ['/faq/#q-1', [], '/faq/#q-1'],
    ['/faq/', ['<script>'], '/faq/?highlight=%3Cscript%3E'],
  ])('%s + %j', (url, terms, out) => {
    expect(withHighlight(url, terms)).toBe(out);
  });
});

describe('highlightTerms', () => {
  test.each<[string, string[]]>([
    ['?highlight=cold&highlight=start', ['cold', 'start']],
    ['?highlight=%20cold%20&highlight=cold&highlight=', ['cold']],
    ['?q=cold', []],
    ['', []],
    [`?highlight=${'x'.repeat(65)}&highlight=ok`, ['ok']],
    [
      `?${Array.from({ length: 20 }, (_, i) => `highlight=t${i}`).join('&')}`,
      ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11'],
    ],
  ])('%s', (search, terms) => {
    expect(highlightTerms(search)).toEqual(terms);
  });
});

describe('withoutHighlight', () => {
  test.each<[string, string | undefined]>([
    ['https://s.example/faq/?highlight=cold&highlight=start#q-1', 'https://s.example/faq/#q-1'],
    ['https://s.example/kb/faq/?highlight=cold', 'https://s.example/kb/faq/'],
    ['https://s.example/calc/?team=3&highlight=x#r', 'https://s.example/calc/?team=3#r'],
    ['https://s.example/faq/#q-1', undefined],
    ['https://s.example/faq/?q=highlight', undefined],
  ])('%s', (href, out) => {
    expect(withoutHighlight(href)).toBe(out);
  });
});

describe('highlightPattern and splitMatches', () => {
  const split = (text: string, terms: string[]) => {
    const p = highlightPattern(terms);
    return p ? splitMatches(text, p) : undefined;
  };
  test.each<[string, string[], { text: string; mark: boolean }[] | undefined]>([
    ['Cold start', [], undefined],
    [
      'A cold start of 800 ms',
      ['cold', 'start'],
      [
        { text: 'A ', mark: false },
        { text: 'cold', mark: true },
        { text: ' ', mark: false },
        { text: 'start', mark: true },
        { text: ' of 800 ms', mark: false },
      ],
    ],
    [
      'Startup and restart',
      ['start'],
      [
        { text: 'Start', mark: true },
        { text: 'up and restart', mark: false },
      ],
    ],
    [
      'Node.js or node',
      ['Node.js'],
      [
        { text: 'Node.js', mark: true },
        { text: ' or node', mark: false },
      ],
    ],
    [
      'a.b*c (x)',
      ['b*c', '(x)'],
      [
        { text: 'a.', mark: false },
        { text: 'b*c', mark: true },
        { text: ' ', mark: false },
        { text: '(x)', mark: true },
      ],
    ],
    ['no match here', ['zzz'], [{ text: 'no match here', mark: false }]],
    [
      'Über fast',
      ['über'],
      [
        { text: 'Über', mark: true },
        { text: ' fast', mark: false },
      ],
    ],
  ])('%j with %j', (text, terms, parts) => {
    expect(split(text, terms)).toEqual(parts);
  });

  test.each<[string, string, string]>([
    ['Real-time apps with Socket.IO', 'real-time', 'Real-time'],
    ['Node.js vs nodexjs', 'node.js', 'Node.js'],
    ['Arrays [x] and [y]', '[x]', '[x]'],
    ['Fast 🚀 launch', '🚀', '🚀'],
    ['Cost in $ per hour', '$', '$'],
    ['a\\b or a|b', 'a|b', 'a|b'],
    ['{json} ^top', '{json}', '{json}'],
  ])('%j marks %j literally, with no invalid-escape error under the u flag', (text, term, marked) => {
    const p = highlightPattern([term]);
    expect(p && splitMatches(text, p).filter((x) => x.mark)).toEqual([{ text: marked, mark: true }]);
  });

  test('longer terms win over their prefixes', () => {
    const p = highlightPattern(['node', 'node.js']);
    expect(p && splitMatches('node.js', p)).toEqual([{ text: 'node.js', mark: true }]);
  });
});
