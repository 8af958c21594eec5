import { describe, expect, test } from 'vitest';
import { diffAnchors, mergeManifest, aliasesForPage } from '../../src/lib/anchors.ts';

describe('diffAnchors', () => {
  test.each([
    {
      name: 'nothing changed',
      manifest: ['/a/#x'],
      current: ['/a/#x'],
      aliases: {},
      missing: [],
      unlisted: [],
      broken: [],
    },
    {
      name: 'an anchor disappeared',
      manifest: ['/a/#x', '/a/#y'],
      current: ['/a/#x'],
      aliases: {},
      missing: ['/a/#y'],
      unlisted: [],
      broken: [],
    },
    {
      name: 'an alias covers it',
      manifest: ['/a/#y'],
      current: ['/a/#z'],
      aliases: { '/a/#y': '/a/#z' },
      missing: [],
      unlisted: ['/a/#z'],
      broken: [],
    },
    {
      name: 'an alias to nowhere',
      manifest: ['/a/#y'],
      current: [],
      aliases: { '/a/#y': '/b/#q' },
      missing: ['/a/#y'],
      unlisted: [],
      broken: ['/a/#y -> /b/#q'],
    },
    {
      name: 'a new anchor',
      manifest: [],
      current: ['/b/#n'],
      aliases: {},
      missing: [],
      unlisted: ['/b/#n'],
      broken: [],
    },
  ])('$name', ({ manifest, current, aliases, missing, unlisted, broken }) => {
    expect(diffAnchors(manifest, current, aliases)).toEqual({ missing, unlisted, brokenAliases: broken });
  });
});

test('mergeManifest keeps every published anchor and sorts', () => {
  expect(mergeManifest(['/b/#2', '/a/#1'], ['/a/#1', '/c/#3'])).toEqual(['/a/#1', '/b/#2', '/c/#3']);
});

test('aliasesForPage keeps same-page aliases of that page only', () => {
  const aliases = { '/faq/#old': '/faq/#new', '/faq/#gone': '/topics/x/#y', '/when-not/#a': '/when-not/#b' };
  expect(aliasesForPage(aliases, '/faq/')).toEqual({ old: 'new' });
});
