import { describe, expect, it } from 'vitest';
import { axisLabel, columnCount, dataValue, gridKey, inWindow, labelSpace } from './gridMath';

describe('gridMath', () => {
  it('moves a cursor within the grid', () => {
    expect(gridKey('ArrowRight', null, 2, 3)).toEqual({ row: 0, col: 0 });
    expect(gridKey('ArrowRight', { row: 0, col: 2 }, 2, 3)).toEqual({ row: 0, col: 2 });
    expect(gridKey('ArrowDown', { row: 0, col: 1 }, 2, 3)).toEqual({ row: 1, col: 1 });
    expect(gridKey('End', { row: 1, col: 0 }, 2, 3)).toEqual({ row: 1, col: 2 });
    expect(gridKey('Escape', { row: 1, col: 0 }, 2, 3)).toBeNull();
    expect(gridKey('x', { row: 1, col: 0 }, 2, 3)).toBeUndefined();
  });

  it('formats data values and labels', () => {
    expect(dataValue(1 / 3)).toBe('0.333333');
    expect(dataValue(-0)).toBe('0');
    expect(dataValue(NaN)).toBe('NaN');
    expect(axisLabel(['a', 'b'], 1)).toBe('b');
    expect(axisLabel(undefined, 1)).toBe('2');
    expect(columnCount([[1], [1, 2, 3], []])).toBe(3);
  });

  it('tests window membership and label space', () => {
    const w = { row: 1, col: 1, rows: 2, cols: 2 };
    expect(inWindow({ row: 2, col: 2 }, w)).toBe(true);
    expect(inWindow({ row: 3, col: 2 }, w)).toBe(false);
    expect(labelSpace(undefined, undefined, 30)).toEqual({ left: 0, top: 0, rotateCols: false });
    expect(labelSpace(['abc'], ['a very long label'], 30).rotateCols).toBe(true);
  });
});
