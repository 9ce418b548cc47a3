import { createContext, useContext } from 'react';
import type { Catalog, Lang, Messages } from './messages';

/** The current language; the app shell provides it from the store, components read it here. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Returns the strings of `catalog` in the current language. */
export function useMessages<T extends Messages>(catalog: Catalog<T>): T {
  const lang = useContext(LangContext);
  return catalog[lang] as T;
}
