// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { resolveVars, svgToString, withExtension } from './exportFigure';
import { FigureToolbar } from './FigureToolbar';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
});

function drawFigure(): SVGSVGElement {
  document.documentElement.style.setProperty('--accent', '#1f5fbf');
  document.documentElement.style.setProperty('--bg', '#fafafa');
  const host = document.createElement('div');
  host.innerHTML = `
    <svg viewBox="0 0 200 100" class="chart">
      <rect x="10" y="10" width="50" height="20" style="fill: var(--accent); stroke-width: 2px"></rect>
      <text x="5" y="90" style="font-size: 12px; text-anchor: middle" fill="var(--missing, red)">w₁ = 0.5</text>
      <line x1="0" y1="0" x2="1" y2="1" stroke="var(--accent)"></line>
    </svg>`;
  document.body.appendChild(host);
  return host.querySelector('svg')!;
}

describe('svgToString', () => {
  it('produces a standalone SVG with xmlns, size and viewBox', () => {
    const out = svgToString(drawFigure());
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('width="200"');
    expect(out).toContain('height="100"');
    expect(out).toContain('viewBox="0 0 200 100"');
  });

  it('inlines styles with CSS variables resolved', () => {
    const doc = new DOMParser().parseFromString(svgToString(drawFigure()), 'image/svg+xml');
    const rect = doc.querySelectorAll('rect')[1];
    expect(rect.getAttribute('style')).toMatch(/fill: (#1f5fbf|rgb\(31, 95, 191\))/);
    expect(rect.getAttribute('style')).toContain('stroke-width: 2px');
    const text = doc.querySelector('text')!;
    expect(text.getAttribute('style')).toContain('font-size: 12px');
    expect(text.getAttribute('style')).toContain('text-anchor: middle');
    expect(text.getAttribute('fill')).toBe('red');
    expect(doc.querySelector('line')!.getAttribute('stroke')).toBe('#1f5fbf');
    expect(doc.documentElement.outerHTML).not.toContain('var(');
  });

  it('puts a background rect in the page colour behind everything', () => {
    const doc = new DOMParser().parseFromString(svgToString(drawFigure()), 'image/svg+xml');
    const bg = doc.documentElement.firstElementChild!;
    expect(bg.tagName).toBe('rect');
    expect(bg.getAttribute('width')).toBe('200');
    expect(bg.getAttribute('fill')).toBe('#fafafa');
  });

  it('does not change the figure on the page', () => {
    const svg = drawFigure();
    const before = svg.outerHTML;
    svgToString(svg);
    expect(svg.outerHTML).toBe(before);
  });

  it('a figure without viewBox uses its width and height', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg width="120" height="80"><circle r="3"></circle></svg>';
    const out = svgToString(host.querySelector('svg')!);
    expect(out).toContain('viewBox="0 0 120 80"');
  });
});

describe('helpers', () => {
  it('resolveVars uses the fallback of an unknown variable', () => {
    expect(resolveVars('var(--nope, #123456)', document.documentElement)).toBe('#123456');
  });
  it('withExtension adds the extension once', () => {
    expect(withExtension('plot', 'svg')).toBe('plot.svg');
    expect(withExtension('plot.SVG', 'svg')).toBe('plot.SVG');
  });
});

describe('FigureToolbar', () => {
  it('has labelled buttons and downloads an SVG through a temporary link', () => {
    const svg = drawFigure();
    const createObjectURL = vi.fn(() => 'blob:figure');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<FigureToolbar getSvg={() => svg} filename="boundary" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download figure as SVG' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Download figure as PNG' })).toBeTruthy();
  });

  it('a missing figure shows a message instead of throwing', async () => {
    render(<FigureToolbar getSvg={() => null} filename="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download figure as SVG' }));
    expect(await screen.findByText('Could not export the figure')).toBeTruthy();
  });
});
