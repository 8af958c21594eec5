import { describe, expect, test } from 'vitest';
import { kinds, type KindName } from '../../../src/schemas/index.ts';
import { datasets, datasetNamed } from '../../../src/lib/datasets/definitions.ts';

describe('dataset definitions', () => {
  test('names are unique kebab-case file stems', () => {
    const names = datasets.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  test.each(Object.keys(kinds) as KindName[])('collection %s is published by some dataset', (kind) => {
    const covered = datasets.some((d) => d.kinds.includes(kind));
    expect(covered, `Add a dataset for "${kind}" in src/lib/datasets/definitions.ts so /data/ publishes it.`).toBe(
      true,
    );
  });

  test('every record schema carries a url', () => {
    for (const d of datasets) expect(Object.keys(d.schema.shape), d.name).toContain('url');
  });

  test('datasetNamed names the known datasets when a name is wrong', () => {
    expect(datasetNamed('claims').title).toBe('Claims');
    expect(() => datasetNamed('nope')).toThrow(/No dataset "nope"\. Known: sources, claims/);
  });
});
