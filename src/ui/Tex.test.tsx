// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Tex } from './Tex';
import { Prose } from './Prose';
import { tex } from '../lib/texNumber';

afterEach(cleanup);

describe('Tex', () => {
  it('renders a formula with KaTeX', () => {
    const { container } = render(<Tex math={tex`z = ${-0.5}x_1`} />);
    expect(container.querySelector('.katex')).not.toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe('z = (-0.5)x_1');
  });

  it('display math uses KaTeX display mode', () => {
    const { container } = render(<Tex math="a^2" display />);
    expect(container.querySelector('.katex-display')).not.toBeNull();
  });

  it('a formula error shows a visible error box instead of throwing', () => {
    const { container } = render(<Tex math={'\\frac{1}{'} />);
    const box = container.querySelector('.ga-tex-error');
    expect(box).not.toBeNull();
    expect(box?.textContent).toContain('KaTeX parse error');
    expect(container.querySelector('.katex')).toBeNull();
  });

  it('an undefined command is an error box too', () => {
    const { container } = render(<Tex math={'\\nosuchcommand'} />);
    expect(container.querySelector('.ga-tex-error')?.textContent).toContain('nosuchcommand');
  });

  it('untrusted commands are not turned into links (trust: false)', () => {
    const { container } = render(<Tex math={'\\href{javascript:alert(1)}{x}'} />);
    expect(container.querySelector('a')).toBeNull();
  });

  it('ariaLabel makes the formula an image with that name', () => {
    const { container } = render(<Tex math="w_1" ariaLabel="w one" />);
    const img = container.querySelector('[role="img"]');
    expect(img?.getAttribute('aria-label')).toBe('w one');
  });
});

describe('Prose', () => {
  it('splits math and text, and blank lines make paragraphs', () => {
    const { container } = render(<Prose text={'The loss $L$ is **small**.\n\nSo $$L = 0$$ at the *end*.'} />);
    const ps = container.querySelectorAll('p');
    expect(ps).toHaveLength(2);
    expect(ps[0].querySelectorAll('.katex')).toHaveLength(1);
    expect(ps[0].querySelector('strong')?.textContent).toBe('small');
    expect(ps[1].querySelector('.katex-display')).not.toBeNull();
    expect(ps[1].querySelector('em')?.textContent).toBe('end');
    expect(ps[0].textContent).toMatch(/^The loss .* is small\.$/);
  });

  it('a bad formula inside prose shows the error box and keeps the text', () => {
    const { container } = render(<Prose text={'before $\\frac{$ after'} />);
    expect(container.querySelector('.ga-tex-error')).not.toBeNull();
    expect(container.textContent).toContain('before');
    expect(container.textContent).toContain('after');
  });
});
