import { describe, expect, it } from 'vitest';
import { bool, choice, num, numList, readParams, writeParams } from './urlParams';

const schema = {
  b: num({ default: 0.5, min: -10, max: 10 }),
  n: num({ default: 3, min: 1, max: 8, integer: true }),
  act: choice(['sigmoid', 'tanh'] as const, 'sigmoid'),
  w: numList({ default: [0.2, 0.3, 0.9], minLength: 3, maxLength: 3 }),
  show: bool(true),
};

describe('readParams', () => {
  it('uses defaults when the query is missing every key', () => {
    const { values, invalid } = readParams(schema, new URLSearchParams(''));
    expect(values).toEqual({ b: 0.5, n: 3, act: 'sigmoid', w: [0.2, 0.3, 0.9], show: true });
    expect(invalid).toEqual([]);
  });

  it('reads good values of every kind', () => {
    const { values, invalid } = readParams(schema, new URLSearchParams('b=-1.5&n=5&act=tanh&w=1,2,3&show=0'));
    expect(values).toEqual({ b: -1.5, n: 5, act: 'tanh', w: [1, 2, 3], show: false });
    expect(invalid).toEqual([]);
  });

  it('falls back to the default and reports each bad value', () => {
    const q = new URLSearchParams('b=abc&n=2.5&act=relu&w=1,2&show=yes');
    const { values, invalid } = readParams(schema, q);
    expect(values).toEqual({ b: 0.5, n: 3, act: 'sigmoid', w: [0.2, 0.3, 0.9], show: true });
    expect(invalid.sort()).toEqual(['act', 'b', 'n', 'show', 'w']);
  });

  it('rejects non-finite numbers, out-of-range values and empty strings', () => {
    for (const bad of ['1e999', 'NaN', 'Infinity', '', '11', '-11']) {
      expect(readParams(schema, new URLSearchParams({ b: bad })).invalid).toEqual(['b']);
    }
  });

  it('rejects a list with an empty or non-numeric item', () => {
    expect(readParams(schema, new URLSearchParams('w=1,,3')).invalid).toEqual(['w']);
    expect(readParams(schema, new URLSearchParams('w=1,x,3')).invalid).toEqual(['w']);
  });
});

describe('writeParams', () => {
  it('omits defaults, writes changes and keeps foreign keys', () => {
    const q = writeParams(schema, { b: 2, w: [0.2, 0.3, 0.9], act: 'tanh' }, new URLSearchParams('other=1&w=5,5,5'));
    expect(q.get('b')).toBe('2');
    expect(q.get('act')).toBe('tanh');
    expect(q.has('w')).toBe(false);
    expect(q.get('other')).toBe('1');
  });

  it('round-trips through readParams', () => {
    const values = { b: -0.25, n: 7, act: 'tanh' as const, w: [1e-3, -2, 3.5], show: false };
    expect(readParams(schema, writeParams(schema, values, new URLSearchParams())).values).toEqual(values);
  });
});
