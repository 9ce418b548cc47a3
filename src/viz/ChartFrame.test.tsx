// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { ChartFrame, slugify } from './ChartFrame';

afterEach(cleanup);

function Frame(props: { hint?: string; live?: string }) {
  const ref = useRef<SVGSVGElement>(null);
  return (
    <ChartFrame title="Hàm mất mát" width={200} height={100} svgRef={ref} hint={props.hint} live={props.live}>
      <circle cx={10} cy={10} r={5} />
    </ChartFrame>
  );
}

describe('ChartFrame', () => {
  it('wraps the chart in a captioned figure with a download toolbar', () => {
    const { container } = render(<Frame />);
    expect(container.querySelector('figcaption')?.textContent).toBe('Hàm mất mát');
    expect(screen.getByRole('img', { name: 'Hàm mất mát' }).getAttribute('viewBox')).toBe('0 0 200 100');
    expect(container.querySelectorAll('.ga-figure-toolbar button')).toHaveLength(2);
    expect(container.querySelector('svg')!.hasAttribute('tabindex')).toBe(false);
  });

  it('is focusable and described by its hint when interactive, with a live region', () => {
    const { container } = render(<Frame hint="Use the arrows" live="x = 1" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent).toBe('Use the arrows');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('x = 1');
  });

  it('makes ASCII file names', () => {
    expect(slugify('Hàm mất mát: đạo hàm')).toBe('ham-mat-mat-dao-ham');
    expect(slugify('!!!')).toBe('figure');
  });
});
