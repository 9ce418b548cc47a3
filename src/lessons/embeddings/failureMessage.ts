import { fmt } from '../../i18n';
import type { embeddingsMessages } from './messages';
import type { LoadFailure } from './vectorsProtocol';

type M = (typeof embeddingsMessages)['en'];

/** A data-loading error code (src/data/errors.ts) as a sentence in the current language. */
export function failureMessage(m: M, f: LoadFailure): string {
  const key = `err_${f.code}` as keyof M;
  const template = (m[key] as string | undefined) ?? m.err_unknown;
  const mib = f.limit !== undefined ? (f.limit / 1024 / 1024).toFixed(0) : '';
  return fmt(template, {
    line: f.line ?? '?', column: f.column ?? '?', expected: f.expected ?? '?', found: String(f.found ?? '?').slice(0, 40),
    limit: f.limit ?? '?', limitMb: mib, status: f.status ?? '?',
  });
}
