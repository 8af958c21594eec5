import { describe, expect, test } from 'vitest';
import { csvField, toCsv, type CsvCell } from '../../../src/lib/datasets/csv.ts';

describe('csvField quotes only what RFC 4180 requires', () => {
  test.each<[CsvCell, string]>([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [120000, '120000'],
    [2.7, '2.7'],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['crlf\r\n', '"crlf\r\n"'],
    [' padded ', ' padded '],
    ['Node.js – 2–4 KB, ~3×', '"Node.js – 2–4 KB, ~3×"'],
    ["it's", "it's"],
  ])('%j -> %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  test.each([NaN, Infinity, -Infinity])('refuses %s with a clear message', (n) => {
    expect(() => csvField(n)).toThrow(/finite number/);
  });
});

describe('toCsv', () => {
  test.each<[string, string[], CsvCell[][], string]>([
    ['header only', ['a', 'b'], [], 'a,b\r\n'],
    ['one row', ['id', 'n'], [['x', 1]], 'id,n\r\nx,1\r\n'],
    ['empty cells', ['a', 'b', 'c'], [[null, '', undefined]], 'a,b,c\r\n,,\r\n'],
    ['quoted header', ['cells.Django, Python', 'url'], [['x', 'y']], '"cells.Django, Python",url\r\nx,y\r\n'],
    ['multi-line cell keeps CRLF row ends', ['t'], [['a\nb'], ['c']], 't\r\n"a\nb"\r\nc\r\n'],
  ])('%s', (_name, header, rows, expected) => {
    expect(toCsv(header, rows)).toBe(expected);
  });

  test('a row with the wrong number of cells fails, naming the row', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow('row 2 has 1 cells but the header has 2 columns');
  });

  test('an empty header fails', () => {
    expect(() => toCsv([], [])).toThrow(/at least one column/);
  });
});
