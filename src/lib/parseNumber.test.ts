import { describe, expect, it } from 'vitest';
import { formatForInput, formatNumber, parseNumberInput, parseNumberList } from './parseNumber';

const value = (text: string) => {
  const r = parseNumberInput(text);
  return r.ok ? r.value : r.error;
};

describe('parseNumberInput accepts what people type', () => {
  it.each([
    ['0.5', 0.5],
    ['0,5', 0.5],
    ['  42  ', 42],
    ['\t-3\n', -3],
    ['+7', 7],
    ['\u22122.5', -2.5],
    ['\u20132.5', -2.5],
    ['1e-3', 0.001],
    ['1E3', 1000],
    ['2,5E3', 2500],
    ['1e\u22122', 0.01],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['1.', 1],
    ['0', 0],
  ])('"%s" reads as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('minus zero comes back as plain zero', () => {
    const r = parseNumberInput('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

describe('parseNumberInput rejects what is not a number', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notNumber'],
    ['1.2.3', 'notNumber'],
    ['1,2,3', 'notNumber'],
    ['1,2.3', 'notNumber'],
    ['--1', 'notNumber'],
    ['+-1', 'notNumber'],
    ['-', 'notNumber'],
    ['.', 'notNumber'],
    ['1e', 'notNumber'],
    ['e5', 'notNumber'],
    ['1 000', 'notNumber'],
    ['0x10', 'notNumber'],
    ['NaN', 'notNumber'],
    ['Infinity', 'notNumber'],
    ['-Infinity', 'notNumber'],
    ['1e999', 'notFinite'],
    ['-1e999', 'notFinite'],
  ])('"%s" is rejected as %s', (text, error) => {
    expect(value(text)).toBe(error);
  });
});

describe('parseNumberInput constraints', () => {
  it('below min reports tooSmall with the limit', () => {
    expect(parseNumberInput('-1', { min: 0 })).toEqual({ ok: false, error: 'tooSmall', limit: 0 });
  });
  it('above max reports tooLarge with the limit', () => {
    expect(parseNumberInput('11', { max: 10 })).toEqual({ ok: false, error: 'tooLarge', limit: 10 });
  });
  it('bounds are inclusive', () => {
    expect(parseNumberInput('0', { min: 0, max: 0 })).toEqual({ ok: true, value: 0 });
  });
  it('a fraction where a whole number is required reports notInteger', () => {
    expect(parseNumberInput('2.5', { integer: true })).toEqual({ ok: false, error: 'notInteger' });
  });
  it('an exponent that makes a whole number is accepted as an integer', () => {
    expect(parseNumberInput('1e3', { integer: true })).toEqual({ ok: true, value: 1000 });
  });
  it('notInteger is reported before the range, since it is the more useful hint', () => {
    expect(parseNumberInput('0.5', { integer: true, min: 1 })).toEqual({ ok: false, error: 'notInteger' });
  });
});

describe('parseNumberList', () => {
  it('comma-space separated vector', () => {
    expect(parseNumberList('1, -2.5, 3e-2')).toEqual({ ok: true, values: [1, -2.5, 0.03] });
  });
  it('space, semicolon and bare-comma separators', () => {
    expect(parseNumberList('1 2;3,4  ;  5')).toEqual({ ok: true, values: [1, 2, 3, 4, 5] });
  });
  it('a comma in a list separates, so "0,5" is two items', () => {
    expect(parseNumberList('0,5')).toEqual({ ok: true, values: [0, 5] });
  });
  it('surrounding brackets are ignored', () => {
    expect(parseNumberList('[0.1; \u22120.2]')).toEqual({ ok: true, values: [0.1, -0.2] });
    expect(parseNumberList('(1 2)')).toEqual({ ok: true, values: [1, 2] });
  });
  it('empty text and empty brackets are empty', () => {
    expect(parseNumberList('  ')).toEqual({ ok: false, error: 'empty' });
    expect(parseNumberList('[]')).toEqual({ ok: false, error: 'empty' });
  });
  it('an empty item between two commas is reported with its index', () => {
    expect(parseNumberList('1,,2')).toEqual({ ok: false, error: 'empty', index: 1 });
  });
  it('a bad item is reported with its index', () => {
    expect(parseNumberList('1 2 abc')).toEqual({ ok: false, error: 'notNumber', index: 2 });
    expect(parseNumberList('1 1e999')).toEqual({ ok: false, error: 'notFinite', index: 1 });
  });
  it('item constraints apply to every item', () => {
    expect(parseNumberList('1 -1', { min: 0 })).toEqual({ ok: false, error: 'tooSmall', index: 1, limit: 0 });
  });
  it('the wrong number of items is reported with the expected length', () => {
    expect(parseNumberList('1 2', { length: 3 })).toEqual({ ok: false, error: 'wrongLength', limit: 3 });
  });
});

describe('formatNumber', () => {
  it('trims trailing zeros', () => {
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
  it('rounds to the given decimal places', () => {
    expect(formatNumber(Math.PI)).toBe('3.1416');
    expect(formatNumber(Math.PI, 2)).toBe('3.14');
    expect(formatNumber(2.7, 0)).toBe('3');
  });
  it('minus zero, and negatives that round to zero, show as 0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4, 0)).toBe('0');
  });
  it('a non-zero below 10^-digits keeps its sign in exponent form rather than rounding to 0', () => {
    expect(formatNumber(-0.004, 2)).toBe('\u22124e\u22123');
  });
  it('negatives use the real minus sign', () => {
    expect(formatNumber(-1.25)).toBe('\u22121.25');
  });
  it('tiny and huge magnitudes use exponent form', () => {
    expect(formatNumber(0.0000123456)).toBe('1.235e\u22125');
    expect(formatNumber(1e12)).toBe('1e12');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(NaN)).toBe('\u2014');
    expect(formatNumber(Infinity)).toBe('\u2014');
    expect(formatNumber(-Infinity)).toBe('\u2014');
  });
});

describe('formatForInput', () => {
  it('removes float noise and uses an ASCII minus that parses back', () => {
    expect(formatForInput(0.1 + 0.2)).toBe('0.3');
    expect(formatForInput(-2.5)).toBe('-2.5');
    expect(parseNumberInput(formatForInput(1e-7))).toEqual({ ok: true, value: 1e-7 });
  });
  it('non-finite values give an empty text', () => {
    expect(formatForInput(NaN)).toBe('');
  });
});
