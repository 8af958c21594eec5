import { describe, expect, test } from 'vitest';
import { csvField, toCsv, type CsvCell } from '../../src/lib/csv.ts';

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
    [3.5, '3.5'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\r', '"carriage\r"'],
    ['Node.js – “both”', 'Node.js – “both”'],
    ['ü', 'ü'],
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
    ['rows end in CRLF, the last one included', ['a', 'b'], [[1, 'x,y']], 'a,b\r\n1,"x,y"\r\n'],
    [
      'quotes only the fields that need it',
      ['a', 'b', 'c'],
      [['say "hi"', 1.5, null]],
      'a,b,c\r\n"say ""hi""",1.5,\r\n',
    ],
    [
      'a comma and a line break',
      ['a', 'b'],
      [
        ['a,b', 'line\nbreak'],
        ['x', 'ü'],
      ],
      'a,b\r\n"a,b","line\nbreak"\r\nx,ü\r\n',
    ],
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
