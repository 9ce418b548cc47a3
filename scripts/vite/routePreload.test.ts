// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { preloadScript } from './routePreload';

const ROUTES = { '/cnn': { js: ['/assets/CnnLesson-a.js', '/assets/texNumber-b.js'], css: ['/assets/CnnLesson-c.css'] } };
const links = () => [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}${l.getAttribute('as') ? ` as ${l.getAttribute('as')}` : ''}`);
const openAt = (path: string) => {
  window.history.replaceState(null, '', path);
  new Function(preloadScript(ROUTES))();
};

afterEach(() => { document.head.innerHTML = ''; });

describe('route preload script', () => {
  it("asks for the opened lesson's chunks and CSS", () => {
    openAt('/cnn');
    expect(links()).toEqual(['modulepreload /assets/CnnLesson-a.js', 'modulepreload /assets/texNumber-b.js', 'preload /assets/CnnLesson-c.css as style']);
  });
  it('a trailing slash and a query string still match the lesson', () => {
    openAt('/cnn/?k=3');
    expect(links()).toHaveLength(3);
  });
  it('the home page and unknown pages ask for nothing', () => {
    openAt('/');
    openAt('/nope');
    expect(links()).toEqual([]);
  });
});
