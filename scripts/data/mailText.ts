/**
 * Raw RFC 822 mail → "subject\nbody text": every header but Subject dropped, MIME parts decoded
 * (quoted-printable, base64 text parts), attachments skipped, HTML reduced to its text.
 */

interface Part { headers: Map<string, string>; body: string }

/** Headers (unfolded, names lower-cased) and body of a message or MIME part. */
export function splitHeaders(raw: string): Part {
  const text = raw.replace(/\r\n?/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut < 0 ? text : text.slice(0, cut);
  const body = cut < 0 ? '' : text.slice(cut + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1].toLowerCase())) headers.set(m[1].toLowerCase(), m[2]);
  }
  return { headers, body };
}

const bytesToText = (bytes: number[]) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return String.fromCharCode(...bytes); // latin-1, the usual charset of 2002 mail
  }
};

export function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const t = s.replace(/=\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const hex = t[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(t.slice(i + 1, i + 3)) : null;
    if (hex) { bytes.push(parseInt(hex[0], 16)); i += 2; } else {
      const c = t.charCodeAt(i);
      if (c < 128) bytes.push(c); else bytes.push(...new TextEncoder().encode(t[i]));
    }
  }
  return bytesToText(bytes);
}

export function decodeBase64(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  return bytesToText([...Buffer.from(clean, 'base64')]);
}

/** RFC 2047 encoded words in a header (=?charset?B?…?= and =?charset?Q?…?=). */
export function decodeHeader(s: string): string {
  return s.replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? decodeBase64(data) : decodeQuotedPrintable(data.replace(/_/g, ' ')));
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®' };

/** Visible text of an HTML fragment: comments, style and script dropped, tags to spaces, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    });
}

const looksLikeHtml = (s: string) => /<(html|body|p|br|div|font|table|a)\b/i.test(s);

/** The text of one part (recursing into multipart containers); '' for attachments and non-text parts. */
function partText(part: Part, depth = 0): string {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary && depth < 8) {
    const pieces = part.body.split(`--${boundary}`).slice(1);
    const texts = pieces.filter((p) => !p.startsWith('--')).map((p) => partText(splitHeaders(p.replace(/^[ \t]*\n/, '')), depth + 1));
    // multipart/alternative carries the same text twice (plain and HTML): keep the first non-empty one.
    if (type.startsWith('multipart/alternative')) return texts.find((t) => t.trim() !== '') ?? '';
    return texts.join('\n');
  }
  if (type.startsWith('message/rfc822') && depth < 8) return mailText(part.body, depth + 1);
  if (!type.startsWith('text/') || /attachment/i.test(part.headers.get('content-disposition') ?? '')) return '';
  const enc = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const body = enc.includes('quoted-printable') ? decodeQuotedPrintable(part.body) : enc.includes('base64') ? decodeBase64(part.body) : part.body;
  return type.startsWith('text/html') || looksLikeHtml(body) ? htmlToText(body) : body;
}

/** "Subject\nbody text" of a raw mail. */
export function mailText(raw: string, depth = 0): string {
  const part = splitHeaders(raw);
  const subject = decodeHeader(part.headers.get('subject') ?? '');
  return `${subject}\n${partText(part, depth)}`;
}
