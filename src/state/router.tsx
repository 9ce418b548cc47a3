import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * The address bar as a store: the page's path, query string and hash, changed by `navigate` (links) and
 * `replaceSearch` (a lesson's parameters) or by the browser's back and forward buttons. The course needs no
 * more routing than this (one page per path), so it does without a router library: 32 KB less to download
 * and no route table to build before the first paint.
 */
export interface Address { pathname: string; search: string; hash: string }

/**
 * Where the course is hosted: Vite's `base` without its trailing slash ("" at the site root, "/dl" for a build
 * made with `BASE_PATH=/dl/`). Pages know only their course path ("/cnn"); the address bar holds "/dl/cnn".
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** The address-bar form of a course path: "/cnn" → "/dl/cnn", "/" → "/dl/"; anything else is left as it is. */
export function hrefOf(to: string): string {
  return to.startsWith('/') && !to.startsWith('//') ? `${BASE}${to}` : to;
}

/** The course path of an address-bar path: "/dl/cnn" → "/cnn", "/dl" → "/"; a path outside the base is kept. */
export function coursePathOf(pathname: string, base = BASE): string {
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

const listeners = new Set<() => void>();
let current: Address & { href: string } = { href: '', pathname: '/', search: '', hash: '' };

/** The address, as the same object for as long as the URL stays the same (also after a direct history call). */
function snapshot(): Address {
  const { href, pathname, search, hash } = window.location;
  if (href !== current.href) current = { href, pathname: coursePathOf(pathname), search, hash };
  return current;
}

function changed() {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('popstate', changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', changed);
  };
}

/** The current address; the component re-renders when it changes. */
export function useAddress(): Address {
  return useSyncExternalStore(subscribe, snapshot, () => current);
}

/** Goes to another page of the course (`to` a course path such as "/cnn?x=1"; a new history entry) and starts it at the top. */
export function navigate(to: string) {
  const url = new URL(hrefOf(to), window.location.href);
  if (url.href === window.location.href) return;
  window.history.pushState(null, '', url);
  changed();
  window.scrollTo(0, 0);
}

/** Replaces the query string of the current page (no new history entry, no scrolling). */
export function replaceSearch(params: URLSearchParams) {
  const query = params.toString();
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
  changed();
}

/** A path without its trailing slashes ("/" stays "/"). */
export const normalisePath = (path: string) => path.replace(/\/+$/, '') || '/';

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A link inside the course: a plain click changes the page without reloading; a modified click opens a tab. */
export function Link({ to, onClick, ...rest }: AnchorProps) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || rest.target) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={hrefOf(to)} onClick={follow} {...rest} />;
}

/**
 * A navigation link that knows whether it points at the current page (class `active`, `aria-current="page"`).
 * `end`: only the exact path counts, not the pages below it.
 */
export function NavLink({ to, end = false, className, ...rest }: AnchorProps & { end?: boolean }) {
  const path = normalisePath(useAddress().pathname);
  const target = normalisePath(to);
  const active = path === target || (!end && target !== '/' && path.startsWith(`${target}/`));
  return <Link to={to} className={[className, active ? 'active' : ''].filter(Boolean).join(' ') || undefined} aria-current={active ? 'page' : undefined} {...rest} />;
}
