// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coursePathOf, Link, NavLink, navigate, normalisePath, replaceSearch, useAddress } from './router';

function Where() {
  const a = useAddress();
  return <output data-testid="where">{`${a.pathname}${a.search}${a.hash}`}</output>;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe('router', () => {
  it('a plain click on a link changes the page without reloading and adds a history entry', () => {
    render(<><Link to="/cnn">CNN</Link><Where /></>);
    const before = window.history.length;
    fireEvent.click(screen.getByText('CNN'));
    expect(screen.getByTestId('where').textContent).toBe('/cnn');
    expect(window.history.length).toBe(before + 1);
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('a ctrl-click is left to the browser (new tab)', () => {
    render(<><Link to="/cnn">CNN</Link><Where /></>);
    fireEvent.click(screen.getByText('CNN'), { ctrlKey: true });
    expect(screen.getByTestId('where').textContent).toBe('/');
  });

  it('replaceSearch changes the query string only: same history length, hash kept', () => {
    window.history.replaceState(null, '', '/rnn#widget-reach');
    render(<Where />);
    const before = window.history.length;
    act(() => replaceSearch(new URLSearchParams({ rs: '0.7' })));
    expect(screen.getByTestId('where').textContent).toBe('/rnn?rs=0.7#widget-reach');
    expect(window.history.length).toBe(before);
    act(() => replaceSearch(new URLSearchParams()));
    expect(window.location.search).toBe('');
  });

  it('the back button (popstate) updates the page', () => {
    render(<Where />);
    act(() => navigate('/attention'));
    act(() => {
      window.history.replaceState(null, '', '/neuron');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('where').textContent).toBe('/neuron');
  });

  it('NavLink marks the current page; `end` keeps "/" from matching every page', () => {
    window.history.replaceState(null, '', '/cnn/');
    render(<><NavLink to="/" end>Home</NavLink><NavLink to="/cnn">CNN</NavLink><NavLink to="/rnn">RNN</NavLink></>);
    expect(screen.getByText('CNN').getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('CNN').className).toBe('active');
    expect(screen.getByText('Home').getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('RNN').getAttribute('aria-current')).toBeNull();
  });

  it('normalises trailing slashes', () => {
    expect(normalisePath('/cnn/')).toBe('/cnn');
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('')).toBe('/');
  });

  it('a course hosted under a sub-path: the address-bar path maps to the course path, outside paths are kept', () => {
    expect(coursePathOf('/dl/cnn', '/dl')).toBe('/cnn');
    expect(coursePathOf('/dl/', '/dl')).toBe('/');
    expect(coursePathOf('/dl', '/dl')).toBe('/');
    expect(coursePathOf('/dlx/cnn', '/dl')).toBe('/dlx/cnn');
    expect(coursePathOf('/cnn', '')).toBe('/cnn');
  });
});
