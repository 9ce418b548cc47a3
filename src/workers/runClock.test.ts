import { describe, expect, it } from 'vitest';
import { RunClock } from './runClock';

describe('RunClock', () => {
  it('counts running time only, across pauses, and starts again from zero', () => {
    const c = new RunClock();
    expect(c.seconds(500)).toBe(0);
    c.status('running', 1000);
    c.status('running', 2000); // a repeated status does not restart the stretch
    expect(c.seconds(3000)).toBe(2);
    c.status('paused', 4000);
    expect(c.seconds(9000)).toBe(3);
    c.status('running', 10_000);
    expect(c.seconds(10_500)).toBe(3.5);
    c.status('idle', 11_000);
    expect(c.seconds(20_000)).toBe(4);
    c.reset();
    expect(c.seconds(20_000)).toBe(0);
  });
});
