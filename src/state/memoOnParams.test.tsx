// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { num } from '../lib/urlParams';
import { memoOnParams } from './memoOnParams';

afterEach(cleanup);
const schema = { a: num({ default: 1 }), b: num({ default: 2 }) };
type P = { params: { a: number; b: number }; set: (p: object) => void; note?: string };

describe('memoOnParams', () => {
  it('redraws for its own parameters and other props, not for another widget’s parameter', () => {
    let renders = 0;
    const W = memoOnParams(schema, ['a'], ({ params, note }: P) => { renders++; return <p>{params.a}{note}</p>; });
    const set = () => {};
    const { rerender } = render(<W params={{ a: 1, b: 2 }} set={set} />);
    rerender(<W params={{ a: 1, b: 3 }} set={set} />);
    expect(renders).toBe(1);
    rerender(<W params={{ a: 5, b: 3 }} set={set} />);
    expect(renders).toBe(2);
    rerender(<W params={{ a: 5, b: 3 }} set={set} note="x" />);
    expect(renders).toBe(3);
  });
});
