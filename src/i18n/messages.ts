/** Languages the course speaks. */
export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];

/** A flat catalog of message strings, keyed by identifier. */
export type Messages = Record<string, string>;

/** A catalog in both languages; TypeScript makes Vietnamese carry exactly the English keys. */
export interface Catalog<T extends Messages> {
  en: T;
  vi: { [K in keyof T]: string };
}

/** Declares a bilingual catalog. Each feature keeps its own (a lesson's prose sits beside the lesson). */
export function defineMessages<T extends Messages>(catalog: Catalog<T>): Catalog<T> {
  return catalog;
}

/**
 * Fills `{name}` placeholders from `params`. Unknown placeholders are left visible so a missing
 * parameter is noticed rather than silently dropped.
 */
export function fmt(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

/** Every registered catalog, so a test can check that no Vietnamese string is missing or left in English. */
export const registry: Catalog<Messages>[] = [];

/** Like `defineMessages`, and also registers the catalog for completeness checks. */
export function registerMessages<T extends Messages>(catalog: Catalog<T>): Catalog<T> {
  registry.push(catalog as unknown as Catalog<Messages>);
  return catalog;
}
