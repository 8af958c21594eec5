import { describe, expect, test } from 'vitest';
import { formatBudget, resolveSpecifier, staticGraph, staticImports } from '../../src/lib/budgets.ts';

describe('staticImports', () => {
  test.each<[string, string[]]>([
    ['import{a as b}from"./x.js";', ['./x.js']],
    ["import x from './x.js'", ['./x.js']],
    ['import * as ns from "./ns.js"', ['./ns.js']],
    ['import"./side.js";', ['./side.js']],
    ['import `./tpl.js`', ['./tpl.js']],
    ['export{a}from"./re.js";export*from"./all.js"', ['./re.js', './all.js']],
    ['const m=import(`./lazy.js`);', []],
    ['e(()=>import("./lazy.js"),[])', []],
    ['const u=import.meta.url;', []],
    ['export{e as openSearch};', []],
    ['reimport"./no.js"', []],
    ['a.import"./no.js"', []],
    ['import{a}from"./a.js";import{b}from"./b.js";const c=import("./c.js")', ['./a.js', './b.js']],
    ['import{t as e}from"./p.js";var t;function n(){return t??=e(()=>import(`./d.js`),[]),t}', ['./p.js']],
  ])('%s', (code, specifiers) => {
    expect(staticImports(code)).toEqual(specifiers);
  });
});

describe('resolveSpecifier', () => {
  test.each([
    ['./b.js', '/_astro/a.js', '/_astro/b.js'],
    ['../x.js', '/_astro/sub/a.js', '/_astro/x.js'],
    ['/kb/_astro/c.js', '/kb/_astro/a.js', '/kb/_astro/c.js'],
  ])('%s from %s -> %s', (spec, from, path) => {
    expect(resolveSpecifier(spec, from)).toBe(path);
  });
});

describe('staticGraph', () => {
  const files: Record<string, string> = {
    '/_astro/entry.js': 'import{a}from"./a.js";import"./b.js";const l=import("./lazy.js")',
    '/_astro/a.js': 'import{b}from"./b.js";export const a=1',
    '/_astro/b.js': 'import"./a.js";export const b=2',
    '/_astro/lazy.js': 'export const big=1',
    '/_astro/broken.js': 'import"./gone.js"',
  };
  const read = (p: string) => files[p];
  test.each<[string[], string[], string[]]>([
    [['/_astro/entry.js'], ['/_astro/entry.js', '/_astro/a.js', '/_astro/b.js'], []],
    [['/_astro/a.js', '/_astro/a.js'], ['/_astro/a.js', '/_astro/b.js'], []],
    [['/_astro/broken.js'], ['/_astro/broken.js'], ['/_astro/gone.js']],
    [[], [], []],
  ])('from %j', (entries, modules, missing) => {
    expect(staticGraph(entries, read)).toEqual({ modules, missing });
  });
});

describe('formatBudget', () => {
  test.each([
    [2500, 3000, '2,500 B of 3,000 B (83%)'],
    [3412, 3000, '3,412 B of 3,000 B (114%)'],
  ])('%d of %d', (bytes, budget, text) => {
    expect(formatBudget(bytes, budget)).toBe(text);
  });
});
