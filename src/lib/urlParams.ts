/**
 * Typed, validated query-string parameters. A lesson declares a schema; the URL is parsed with it,
 * a bad value falls back to its default and is reported, and only non-default values are written back,
 * so a copied link is short and reproduces the picture.
 */
export interface Param<T> {
  default: T;
  /** Returns the value, or undefined when `raw` is not acceptable. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  equals?(a: T, b: T): boolean;
}

export type Schema = Record<string, Param<unknown>>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

export interface NumOptions { default: number; min?: number; max?: number; integer?: boolean }

function parseFinite(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const x = Number(raw);
  return Number.isFinite(x) ? x : undefined;
}

function inRange(x: number, o: { min?: number; max?: number; integer?: boolean }): boolean {
  return (o.min === undefined || x >= o.min) && (o.max === undefined || x <= o.max) && (!o.integer || Number.isInteger(x));
}

/** A finite number, optionally bounded and integral. */
export function num(o: NumOptions): Param<number> {
  return {
    default: o.default,
    parse: (raw) => {
      const x = parseFinite(raw);
      return x !== undefined && inRange(x, o) ? x : undefined;
    },
    format: (v) => String(v),
  };
}

/** One of a fixed set of strings. */
export function choice<T extends string>(options: readonly T[], def: T): Param<T> {
  return { default: def, parse: (raw) => (options as readonly string[]).includes(raw) ? raw as T : undefined, format: (v) => v };
}

/** A boolean written as 1 / 0. */
export function bool(def: boolean): Param<boolean> {
  return { default: def, parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined), format: (v) => (v ? '1' : '0') };
}

export interface NumListOptions { default: number[]; min?: number; max?: number; minLength?: number; maxLength?: number; integer?: boolean }

/** A list of finite numbers written comma-separated (`0.2,0.3,0.9`). */
export function numList(o: NumListOptions): Param<number[]> {
  return {
    default: o.default,
    parse: (raw) => {
      const parts = raw.split(',');
      if ((o.minLength !== undefined && parts.length < o.minLength) || (o.maxLength !== undefined && parts.length > o.maxLength)) return undefined;
      const xs = parts.map(parseFinite);
      return xs.every((x): x is number => x !== undefined && inRange(x, o)) ? xs : undefined;
    },
    format: (v) => v.join(','),
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  };
}

function same<T>(p: Param<T>, a: T, b: T): boolean {
  return p.equals ? p.equals(a, b) : a === b;
}

/** Reads every parameter of `schema` from `search`; `invalid` lists the keys whose value was rejected. */
export function readParams<S extends Schema>(schema: S, search: URLSearchParams): { values: Values<S>; invalid: string[] } {
  const values = {} as Record<string, unknown>;
  const invalid: string[] = [];
  for (const [key, p] of Object.entries(schema)) {
    const raw = search.get(key);
    const parsed = raw === null ? undefined : p.parse(raw);
    if (raw !== null && parsed === undefined) invalid.push(key);
    values[key] = parsed === undefined ? p.default : parsed;
  }
  return { values: values as Values<S>, invalid };
}

/**
 * Writes `values` into a copy of `search`: defaults are removed, other keys of the query are kept.
 */
export function writeParams<S extends Schema>(schema: S, values: Partial<Values<S>>, search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, v] of Object.entries(values)) {
    const p = schema[key];
    if (!p || v === undefined) continue;
    if (same(p, v, p.default)) next.delete(key);
    else next.set(key, p.format(v));
  }
  return next;
}
