/**
 * Byte-level JSONL line reading with a per-line byte cap. node:readline builds each line as one
 * string, so a single huge line (hundreds of MB) throws an uncaught RangeError inside it; here a line
 * past the cap is skipped as it streams (its bytes counted, never kept), so memory stays bounded by
 * the cap and the caller gets the line number to report.
 */
import { createReadStream } from 'node:fs';

export type RawLine =
  | { readonly line: number; readonly bytes: Buffer; readonly tooLong?: undefined }
  /** A line over the cap: only its length survives. */
  | { readonly line: number; readonly bytes?: undefined; readonly tooLong: number };

const NEWLINE = 0x0a;

/** Yields every line of `file` (1-based numbers, `\n` or `\r\n` endings removed), or its length when over `maxBytes`. */
export async function* readRawLines(file: string, maxBytes: number): AsyncGenerator<RawLine> {
  const input = createReadStream(file, { highWaterMark: 1 << 16 });
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let line = 0;
  const finish = (): RawLine => {
    line++;
    if (skipping) {
      const out: RawLine = { line, tooLong: size };
      skipping = false;
      size = 0;
      return out;
    }
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return { line, bytes };
  };
  const append = (seg: Buffer): void => {
    size += seg.length;
    if (skipping) return;
    // the cap counts the line's bytes including a trailing \r, which is within one byte of its content
    if (size > maxBytes + 1) {
      skipping = true;
      parts = [];
      return;
    }
    if (seg.length > 0) parts.push(seg);
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(NEWLINE, start);
        if (nl < 0) break;
        append(chunk.subarray(start, nl));
        yield finish();
        start = nl + 1;
      }
      // copy the tail: the chunk's buffer may be pooled and reused
      if (start < chunk.length) append(Buffer.from(chunk.subarray(start)));
    }
    if (size > 0 || skipping) yield finish();
  } finally {
    input.destroy();
  }
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or -1 when the whole buffer is valid.
 */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined) return i;
      const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (x < l || x > h) return i;
    }
    i += n + 1;
  }
  return -1;
}
