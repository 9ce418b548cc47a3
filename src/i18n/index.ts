export { defineMessages, registerMessages, fmt, LANGS, registry } from './messages';
export type { Lang, Catalog, Messages } from './messages';
export { LangContext, useLang, useMessages } from './LangContext';
export { EnglishWord, fmtNodes } from './fmtNodes';
