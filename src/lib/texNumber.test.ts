import { describe, expect, it } from 'vitest';
import { tex, texNum, texVector, texWithDigits } from './texNumber';

describe('texNum', () => {
  it('trims trailing zeros and rounds to the given decimals', () => {
    expect(texNum(0.5)).toBe('0.5');
    expect(texNum(Math.PI)).toBe('3.1416');
    expect(texNum(Math.PI, 2)).toBe('3.14');
    expect(texNum(2)).toBe('2');
  });
  it('negative numbers are bare by default and parenthesised with paren', () => {
    expect(texNum(-0.25)).toBe('-0.25');
    expect(texNum(-0.25, 4, { paren: true })).toBe('(-0.25)');
    expect(texNum(0.25, 4, { paren: true })).toBe('0.25');
  });
  it('minus zero is 0 and never parenthesised', () => {
    expect(texNum(-0, 4, { paren: true })).toBe('0');
  });
  it('a tiny negative keeps its sign as a power of ten, in parentheses with paren', () => {
    expect(texNum(-0.00001, 2, { paren: true })).toBe('(-10^{-5})');
  });
  it('tiny and huge magnitudes use powers of ten', () => {
    expect(texNum(0.0000123456)).toBe('1.235 \\times 10^{-5}');
    expect(texNum(3e12)).toBe('3 \\times 10^{12}');
  });
  it('NaN and infinities become a dash, never "NaN"', () => {
    expect(texNum(NaN)).toBe('\\text{—}');
    expect(texNum(-Infinity)).toBe('\\text{—}');
  });
});

describe('tex tagged template', () => {
  it('formats interpolated numbers and keeps the formula around them', () => {
    const w1 = 0.5, w2 = -1.25, b = 0.1 + 0.2;
    expect(tex`z = ${w1}x_1 + ${w2}x_2 + ${b}`).toBe('z = 0.5x_1 + (-1.25)x_2 + 0.3');
  });
  it('keeps backslashes of TeX commands (raw strings)', () => {
    expect(tex`\frac{1}{${4}} \cdot \sigma(${NaN})`).toBe('\\frac{1}{4} \\cdot \\sigma(\\text{—})');
  });
  it('inserts strings verbatim', () => {
    expect(tex`${'\\hat{y}'} = ${texNum(-2)}`).toBe('\\hat{y} = -2');
  });
  it('texWithDigits sets the rounding', () => {
    expect(texWithDigits(1)`${Math.PI}`).toBe('3.1');
  });
});

describe('texVector', () => {
  it('writes components through texNum with bare negatives and a thin space after each comma', () => {
    expect(texVector([0.2, -0.5, 1])).toBe('(0.2,\\ -0.5,\\ 1)');
    expect(texVector([1 / 3, Number.NaN], 2)).toBe('(0.33,\\ \\text{—})');
  });
});
