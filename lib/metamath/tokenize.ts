/**
 * The Metamath lexer: source files (with line/column lookup for diagnostics), whitespace-separated tokens and
 * comments, `$[ file $]` inclusion, and the proof-token splitter for compressed proofs.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MetamathError, type SourceLocation } from './errors.js';

/** One source file of a database (the root or one brought in by `$[ file $]`). */
export class SourceFile {
  private lineStarts: Int32Array | undefined;
  constructor(readonly path: string, readonly text: string) {}
  /** 1-based line and column of a character offset (computed lazily, binary search). */
  locate(offset: number): SourceLocation {
    if (!this.lineStarts) {
      const starts: number[] = [0];
      const t = this.text;
      let i = t.indexOf('\n');
      while (i >= 0) {
        starts.push(i + 1);
        i = t.indexOf('\n', i + 1);
      }
      this.lineStarts = Int32Array.from(starts);
    }
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { path: this.path, line: lo + 1, column: offset - ls[lo] + 1 };
  }
}

export interface LexerSource {
  /** Database text; when absent, read from `path`. */
  readonly text?: string;
  /** File name, for messages and for resolving `$[ $]` includes (default `<input>` in the current directory). */
  readonly path?: string;
}

interface FileState {
  readonly fileIndex: number;
  readonly text: string;
  pos: number;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

/**
 * Streaming tokenizer: whitespace-separated tokens, `$( $)` comments skipped, `$[ f $]` includes spliced in
 * (relative to the including file, each file at most once). After `next()`, `tokenFile`/`tokenOffset` say where the token was.
 */
export class Lexer {
  readonly files: SourceFile[] = [];
  private readonly stack: FileState[] = [];
  private readonly included = new Set<string>();
  tokenFile = 0;
  tokenOffset = 0;

  constructor(source: LexerSource) {
    const path = source.path ?? '<input>';
    let text = source.text;
    if (text === undefined) {
      if (source.path === undefined) throw new MetamathError('Lexer needs a text or a path; got neither.', undefined, 'MM-E001');
      try {
        text = readFileSync(source.path, 'utf8');
      } catch (err) {
        throw new MetamathError(`cannot read Metamath file ${source.path}: ${(err as Error).message}`, undefined, 'MM-E001');
      }
    }
    this.included.add(resolve(path));
    this.push(path, text);
  }

  private push(path: string, text: string): void {
    this.files.push(new SourceFile(path, text));
    this.stack.push({ fileIndex: this.files.length - 1, text, pos: 0 });
  }

  /** Location of a token given by file index and offset. */
  locate(file: number, offset: number): SourceLocation {
    return this.files[file].locate(offset);
  }

  /** Location of the last token returned by `next()`. */
  here(): SourceLocation {
    return this.locate(this.tokenFile, this.tokenOffset);
  }

  /** Scans the next raw token of one file (comments skipped); returns its start, or -1 at end of file; end goes to st.pos. */
  private scan(st: FileState): number {
    const text = st.text;
    const n = text.length;
    let p = st.pos;
    for (;;) {
      while (p < n && isWs(text.charCodeAt(p))) p++;
      if (p >= n) {
        st.pos = n;
        return -1;
      }
      let e = p + 1;
      while (e < n && !isWs(text.charCodeAt(e))) e++;
      if (e - p === 2 && text.charCodeAt(p) === 36 && text.charCodeAt(p + 1) === 40) {
        // comment: find a `$)` token
        let q = text.indexOf('$)', e);
        for (;;) {
          if (q < 0) {
            throw new MetamathError('comment `$(` is never closed by a `$)` token; add one.', this.locate(st.fileIndex, p), 'MM-E002');
          }
          if (isWs(text.charCodeAt(q - 1)) && (q + 2 >= n || isWs(text.charCodeAt(q + 2)))) break;
          q = text.indexOf('$)', q + 1);
        }
        p = q + 2;
        continue;
      }
      st.pos = e;
      return p;
    }
  }

  /**
   * Skips a proof (the tokens after `$=`) through its `$.` without making a string of any token;
   * undefined at the end of the file. Says where it starts and whether a `(` label list is closed.
   * After it, `tokenFile`/`tokenOffset` point at the `$.`.
   */
  skipProof(): { readonly file: number; readonly start: number; readonly compressed: boolean; readonly closed: boolean } | undefined {
    const st = this.stack[this.stack.length - 1];
    if (!st) return undefined;
    const text = st.text;
    let start = -1;
    let compressed = false;
    let closed = false;
    for (;;) {
      const p = this.scan(st);
      if (p < 0) return undefined;
      const len = st.pos - p;
      const c = text.charCodeAt(p);
      if (start < 0) {
        start = p;
        compressed = len === 1 && c === 40;
      }
      if (len === 2 && c === 36 && text.charCodeAt(p + 1) === 46) {
        this.tokenFile = st.fileIndex;
        this.tokenOffset = p;
        return { file: st.fileIndex, start, compressed, closed };
      }
      if (len === 1 && c === 41) closed = true;
    }
  }

  /** Next token, or null at the end of the database. */
  next(): string | null {
    for (;;) {
      const st = this.stack[this.stack.length - 1];
      if (!st) return null;
      const p = this.scan(st);
      if (p < 0) {
        this.stack.pop();
        continue;
      }
      const text = st.text;
      if (st.pos - p === 2 && text.charCodeAt(p) === 36 && text.charCodeAt(p + 1) === 91) {
        this.include(st, p);
        continue;
      }
      this.tokenFile = st.fileIndex;
      this.tokenOffset = p;
      return text.slice(p, st.pos);
    }
  }

  private include(st: FileState, at: number): void {
    const where = this.locate(st.fileIndex, at);
    const fp = this.scan(st);
    if (fp < 0) throw new MetamathError('`$[` at end of file: expected a file name and `$]`.', where, 'MM-E003');
    const name = st.text.slice(fp, st.pos);
    const cp = this.scan(st);
    if (cp < 0 || st.text.slice(cp, st.pos) !== '$]') {
      throw new MetamathError(`\`$[ ${name}\` is not followed by \`$]\`; write \`$[ file $]\`.`, where, 'MM-E003');
    }
    const full = resolve(dirname(resolve(this.files[st.fileIndex].path)), name);
    if (this.included.has(full)) return;
    this.included.add(full);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (err) {
      throw new MetamathError(`cannot read included file ${full}: ${(err as Error).message}`, where, 'MM-E001');
    }
    this.push(full, text);
  }
}

/**
 * The tokens of a proof that Lexer.skipProof has already checked, from `start` through the token
 * before its `$.` (comments skipped). Proofs are read this way when they are verified, not when the
 * database is parsed: their tokens then live only while one proof is checked.
 */
export function proofTokens(text: string, start: number): string[] {
  const out: string[] = [];
  const n = text.length;
  let p = start;
  for (;;) {
    while (p < n && isWs(text.charCodeAt(p))) p++;
    let e = p + 1;
    while (e < n && !isWs(text.charCodeAt(e))) e++;
    if (e - p === 2 && text.charCodeAt(p) === 36) {
      const c = text.charCodeAt(p + 1);
      if (c === 46) return out; // `$.`
      if (c === 40) {
        // comment: up to a `$)` token (skipProof has seen it close)
        let q = text.indexOf('$)', e);
        while (!(isWs(text.charCodeAt(q - 1)) && (q + 2 >= n || isWs(text.charCodeAt(q + 2))))) q = text.indexOf('$)', q + 1);
        p = q + 2;
        continue;
      }
    }
    out.push(text.slice(p, e));
    p = e;
  }
}

/** A token with its location (for tests and tools; the parser uses the streaming Lexer). */
export interface Token {
  readonly text: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** All tokens of a database, with locations. Convenience for small inputs. */
export function tokenize(source: LexerSource): Token[] {
  const lx = new Lexer(source);
  const out: Token[] = [];
  for (let t = lx.next(); t !== null; t = lx.next()) {
    const loc = lx.here();
    out.push({ text: t, path: loc.path, line: loc.line, column: loc.column });
  }
  return out;
}
