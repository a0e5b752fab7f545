/**
 * The Metamath proof checker: replays each $p proof (normal or compressed) on a stack, unifying with each
 * assertion's frame and checking $d conditions; reports every failure with its place.
 */
import { type MmCode, withCode } from './errors.js';
import type { Database, Statement } from './types.js';
import { dvKey } from './types.js';

export interface VerifyOptions {
  /** Verify only these $p labels (default: all). */
  readonly labels?: Iterable<string>;
  /** Stop after this many failures (default: no limit). */
  readonly maxFailures?: number;
  /** Called with (proofs checked, proofs selected) every `progressEvery` proofs (default 2000), and at the end unless that was just reported. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

export interface VerifyFailure {
  readonly label: string;
  /** What failed, ending with its code: `step 5: hypothesis ... does not match ... [MM-E105]`. */
  readonly reason: string;
  /** The diagnostic code (lib/metamath/errors.ts, docs/metamath.md). */
  readonly code: MmCode;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export interface VerifyResult {
  /** $p statements looked at. */
  readonly checked: number;
  readonly failures: VerifyFailure[];
  /** Labels of proofs containing `?` (unknown steps): not errors, not proved. */
  readonly incomplete: string[];
}

export type ProofOutcome = { readonly status: 'ok' } | { readonly status: 'incomplete' } | { readonly status: 'fail'; readonly reason: string; readonly code: MmCode };

const OK: ProofOutcome = { status: 'ok' };
const INCOMPLETE: ProofOutcome = { status: 'incomplete' };

class ProofFailure {
  readonly reason: string;
  constructor(
    readonly code: MmCode,
    reason: string,
  ) {
    this.reason = withCode(reason, code);
  }
}

/** Separator of hypotheses in the unknown-step unifier (no symbol id is negative). */
const SEP = -1;
/** Bound on the unknown-step unifier's search (it backtracks over variable lengths, as metamath-exe's does). */
const UNKNOWN_SEARCH_LIMIT = 1_000_000;
/** Stack entry length of a `?` step (and of a step whose result `?` left undetermined): matches anything. */
const UNKNOWN = -1;

/**
 * The proof stack machine. One instance per database; reuses its buffers across proofs.
 *
 * Expressions live in one arena (an Int32Array) per proof, not in an array each: a stack entry is an
 * offset and a length, a `Z` back-reference shares its entry's slice, and a step's result is moved
 * down over the hypotheses it consumed when nothing saved lies there. Verifying set.mm then
 * allocates almost nothing, where one array per step made the garbage collector a fifth of the time.
 */
export class Verifier {
  private readonly isVar: Uint8Array;
  private arena = new Int32Array(1 << 16);
  private top = 0;
  /** Proof stack: arena offset and length (UNKNOWN for `?`) of each entry, and whether the slice is the entry's own. */
  private sOff = new Int32Array(256);
  private sLen = new Int32Array(256);
  private sOwn = new Uint8Array(256);
  private sp = 0;
  /** Entries saved by `Z`, and the end of the highest arena slice they use (nothing below it may be overwritten). */
  private zOff = new Int32Array(256);
  private zLen = new Int32Array(256);
  private zn = 0;
  private savedHigh = 0;
  /** The substitution: per variable, the arena offset and length of the stack entry it was taken from (value = entry minus its typecode). */
  private readonly vOff: Int32Array;
  private readonly vLen: Int32Array;
  /** The theorem's $d pairs as a set, built only when a $d condition has to be checked. */
  private dvSet: Set<number> | undefined;
  private step = 0;
  private sawUnknown = false;
  private thm!: Statement;

  constructor(private readonly db: Database) {
    this.isVar = db.isVariable;
    this.vOff = new Int32Array(db.symbols.length);
    this.vLen = new Int32Array(db.symbols.length);
  }

  private fail(code: MmCode, msg: string): never {
    throw new ProofFailure(code, `step ${this.step}: ${msg}`);
  }

  /**
   * Verifies one $p statement's proof. `?` steps follow metamath-exe (and the Metamath book, 4.3.2):
   * a `?` is an unknown stack entry, the rest of the proof is still checked (stack shape, every
   * determinable hypothesis match and $d condition), and a proof with `?` and no error is
   * `incomplete`: never `ok`.
   */
  check(thm: Statement): ProofOutcome {
    const p = thm.kind === 'p' ? thm.proof : undefined; // read from the source text on each access
    if (!p) return { status: 'fail', reason: withCode(`${thm.label} is not a $p statement.`, 'MM-E101'), code: 'MM-E101' };
    this.thm = thm;
    this.top = 0;
    this.sp = 0;
    this.zn = 0;
    this.savedHigh = 0;
    this.step = 0;
    this.sawUnknown = false;
    this.dvSet = undefined;
    try {
      if (p.kind === 'normal') this.runNormal(p.steps);
      else this.runCompressed(p.labels, p.letters);
      if (this.sp !== 1) {
        throw new ProofFailure('MM-E107', `proof ends with ${this.sp} entries on the stack; exactly one is required.`);
      }
      if (this.sawUnknown) return INCOMPLETE;
      if (!this.equalsExpr(this.sOff[0], this.sLen[0], thm.expr)) {
        throw new ProofFailure('MM-E108', `proof proves \`${this.format(0)}\` but the statement is \`${this.db.format(thm.expr)}\`.`);
      }
      return OK;
    } catch (err) {
      if (err instanceof ProofFailure) return { status: 'fail', reason: err.reason, code: err.code };
      throw err;
    }
  }

  /** The stack entry at position i, as symbols. */
  private format(i: number): string {
    const len = this.sLen[i];
    return len === UNKNOWN ? '?' : this.db.format(this.arena.subarray(this.sOff[i], this.sOff[i] + len));
  }

  private equalsExpr(off: number, len: number, e: Int32Array): boolean {
    if (len !== e.length) return false;
    const a = this.arena;
    for (let i = 0; i < len; i++) if (a[off + i] !== e[i]) return false;
    return true;
  }

  private reserve(n: number): void {
    if (this.top + n <= this.arena.length) return;
    let size = this.arena.length * 2;
    while (size < this.top + n) size *= 2;
    const a = new Int32Array(size);
    a.set(this.arena.subarray(0, this.top));
    this.arena = a;
  }

  private pushEntry(off: number, len: number, own: boolean): void {
    if (this.sp === this.sOff.length) {
      const n = this.sp * 2;
      const o = new Int32Array(n);
      o.set(this.sOff);
      this.sOff = o;
      const l = new Int32Array(n);
      l.set(this.sLen);
      this.sLen = l;
      const w = new Uint8Array(n);
      w.set(this.sOwn);
      this.sOwn = w;
    }
    this.sOff[this.sp] = off;
    this.sLen[this.sp] = len;
    this.sOwn[this.sp] = own ? 1 : 0;
    this.sp++;
  }

  /** Pushes a copy of a statement's expression (a hypothesis). */
  private pushExpr(e: Int32Array): void {
    this.reserve(e.length);
    this.arena.set(e, this.top);
    this.pushEntry(this.top, e.length, true);
    this.top += e.length;
  }

  private save(): void {
    if (this.zn === this.zOff.length) {
      const o = new Int32Array(this.zn * 2);
      o.set(this.zOff);
      this.zOff = o;
      const l = new Int32Array(this.zn * 2);
      l.set(this.zLen);
      this.zLen = l;
    }
    const off = this.sOff[this.sp - 1];
    const len = this.sLen[this.sp - 1];
    this.zOff[this.zn] = off;
    this.zLen[this.zn] = len;
    this.zn++;
    if (len !== UNKNOWN && off + len > this.savedHigh) this.savedHigh = off + len;
  }

  private resolve(label: string): Statement {
    const s = this.db.labels.get(label);
    const k = this.thm.index;
    if (!s || s.index >= k) this.fail('MM-E102', `label \`${label}\` is not defined before ${this.thm.label}.`);
    if (s.activeUntil <= k) this.fail('MM-E102', `hypothesis \`${label}\` is not active at ${this.thm.label} (its block has closed).`);
    return s;
  }

  private runNormal(steps: readonly string[]): void {
    for (let i = 0; i < steps.length; i++) {
      this.step = i + 1;
      if (steps[i] === '?') {
        this.sawUnknown = true;
        this.pushEntry(0, UNKNOWN, false);
      } else this.apply(this.resolve(steps[i]));
    }
  }

  private runCompressed(labels: readonly string[], letters: string): void {
    const hyps = this.thm.frame!.hyps;
    const m = hyps.length;
    const refs: Statement[] = [];
    for (const l of labels) {
      const s = this.resolve(l);
      if (hyps.includes(s)) this.fail('MM-E103', `compressed proof label list names mandatory hypothesis \`${l}\`; it is implicit.`);
      refs.push(s);
    }
    const n = refs.length;
    let acc = 0;
    // metamath-exe: `Z` labels the step before it, which must be an assertion step (not a hypothesis,
    // a back-reference or `?`); `ZZ` labels it twice (two saved entries)
    let lastWasAssertion = false;
    for (let i = 0; i < letters.length; i++) {
      const c = letters.charCodeAt(i);
      if (c >= 65 && c <= 84) {
        const num = acc * 20 + (c - 64);
        acc = 0;
        this.step++;
        lastWasAssertion = false;
        if (num <= m) this.pushExpr(hyps[num - 1].expr);
        else if (num <= m + n) {
          const ref = refs[num - m - 1];
          this.apply(ref);
          lastWasAssertion = ref.kind === 'a' || ref.kind === 'p';
        } else {
          const k = num - m - n - 1;
          if (k >= this.zn) this.fail('MM-E103', `compressed step number ${num} refers to saved entry ${k + 1}, but only ${this.zn} are saved.`);
          this.pushEntry(this.zOff[k], this.zLen[k], false);
        }
      } else if (c >= 85 && c <= 89) {
        acc = acc * 5 + (c - 84);
      } else if (c === 90) {
        if (acc !== 0) this.fail('MM-E103', '`Z` in the middle of a compressed number.');
        if (this.step === 0) this.fail('MM-E103', '`Z` before any proof step; it labels the step before it.');
        if (!lastWasAssertion) this.fail('MM-E103', '`Z` after a hypothesis, a back-reference or `?`; only an assertion step ($a/$p) may be labeled.');
        this.save();
      } else if (c === 63) {
        if (acc !== 0) this.fail('MM-E103', '`?` in the middle of a compressed number.');
        this.step++;
        lastWasAssertion = false;
        this.sawUnknown = true;
        this.pushEntry(0, UNKNOWN, false);
      } else {
        this.fail('MM-E103', `invalid character \`${letters[i]}\` in compressed proof.`);
      }
    }
    if (acc !== 0) this.fail('MM-E103', 'compressed proof ends in the middle of a number.');
  }

  private apply(ref: Statement): void {
    if (ref.kind === 'f' || ref.kind === 'e') {
      this.pushExpr(ref.expr);
      return;
    }
    const fr = ref.frame!;
    const hyps = fr.hyps;
    const nh = hyps.length;
    if (this.sp < nh) {
      this.fail('MM-E104', `\`${ref.label}\` needs ${nh} hypotheses but the stack has only ${this.sp} entries.`);
    }
    const base = this.sp - nh;
    const sOff = this.sOff;
    const sLen = this.sLen;
    if (this.sawUnknown) {
      for (let j = base; j < this.sp; j++) {
        if (sLen[j] === UNKNOWN) {
          this.applyUnknown(ref, base);
          return;
        }
      }
    }
    const arena = this.arena;
    const vOff = this.vOff;
    const vLen = this.vLen;
    for (let j = 0; j < nh; j++) {
      const h = hyps[j];
      if (h.kind === 'f') {
        const off = sOff[base + j];
        if (arena[off] !== h.expr[0]) {
          this.fail('MM-E105', `hypothesis ${h.label} of \`${ref.label}\` needs typecode \`${this.db.symbols[h.expr[0]]}\` but the stack has \`${this.format(base + j)}\`.`);
        }
        vOff[h.expr[1]] = off;
        vLen[h.expr[1]] = sLen[base + j];
      }
    }
    for (let j = 0; j < nh; j++) {
      const h = hyps[j];
      if (h.kind === 'e' && !this.matches(h.expr, sOff[base + j], sLen[base + j])) {
        this.fail('MM-E105', `hypothesis ${h.label} of \`${ref.label}\` does not match: expected \`${this.db.format(this.substituted(h.expr))}\`, stack has \`${this.format(base + j)}\`.`);
      }
    }
    if (fr.dv.length) this.checkDv(ref, fr.dv);
    this.pushResult(ref.expr, base);
  }

  /** Writes `expr` under the current substitution as the entry replacing stack[base..]: over the consumed hypotheses when that is safe, else at the arena's top. */
  private pushResult(expr: Int32Array, base: number): void {
    const n = this.substLength(expr);
    const fresh = this.top;
    this.reserve(n);
    this.writeSubst(expr, fresh);
    let off = fresh;
    // entries below base lie below sOff[base] when base's slice is its own; saved slices below savedHigh
    if (this.sp > base && this.sOwn[base] && this.sOff[base] >= this.savedHigh) {
      off = this.sOff[base];
      this.arena.copyWithin(off, fresh, fresh + n);
    }
    this.top = off + n;
    this.sp = base;
    this.pushEntry(off, n, true);
  }

  private substLength(h: Int32Array): number {
    const isVar = this.isVar;
    const vLen = this.vLen;
    let n = 1;
    for (let i = 1; i < h.length; i++) {
      const s = h[i];
      n += isVar[s] ? vLen[s] - 1 : 1;
    }
    return n;
  }

  private writeSubst(h: Int32Array, at: number): void {
    const isVar = this.isVar;
    const vOff = this.vOff;
    const vLen = this.vLen;
    const a = this.arena;
    let p = at;
    a[p++] = h[0];
    for (let i = 1; i < h.length; i++) {
      const s = h[i];
      if (isVar[s]) {
        const o = vOff[s] + 1;
        const e = vOff[s] + vLen[s];
        for (let k = o; k < e; k++) a[p++] = a[k];
      } else a[p++] = s;
    }
  }

  /** `h` under the current substitution, as a new array (for messages). */
  private substituted(h: Int32Array): Int32Array {
    const n = this.substLength(h);
    this.reserve(n);
    this.writeSubst(h, this.top);
    return this.arena.slice(this.top, this.top + n);
  }

  /**
   * An assertion step some of whose hypotheses are unknown, as metamath-exe does it: the known
   * hypotheses are unified with the assertion's (as strings, each variable's value found by
   * backtracking over its length); no unifier is an error; when a variable occurs in no known
   * hypothesis, or the unifier is not unique, the step's result is unknown too.
   */
  private applyUnknown(ref: Statement, base: number): void {
    const fr = ref.frame!;
    const isVar = this.isVar;
    const scheme: number[] = [SEP];
    const inst: number[] = [SEP];
    for (let j = 0; j < fr.hyps.length; j++) {
      const len = this.sLen[base + j];
      if (len !== UNKNOWN) {
        for (const x of fr.hyps[j].expr) scheme.push(x);
        const off = this.sOff[base + j];
        for (let k = 0; k < len; k++) inst.push(this.arena[off + k]);
      }
      scheme.push(SEP);
      inst.push(SEP);
    }
    const vars: number[] = [];
    for (const x of scheme) if (x >= 0 && isVar[x] && !vars.includes(x)) vars.push(x);
    const unknown = (): void => {
      this.sp = base;
      this.pushEntry(0, UNKNOWN, false);
    };
    if (vars.length !== fr.floating.length) return unknown();
    if (vars.length === 0) {
      this.sp = base;
      this.pushExpr(ref.expr);
      return;
    }
    // first solution in metamath-exe's order (shorter values first, variables in order of first occurrence), and whether a second exists
    const start = new Map<number, number>();
    const len = new Map<number, number>();
    let first: Map<number, number[]> | undefined;
    let solutions = 0;
    let work = 0;
    const search = (p0: number, q0: number): void => {
      let p = p0;
      let q = q0;
      while (p < scheme.length) {
        if (++work > UNKNOWN_SEARCH_LIMIT) return;
        const t = scheme[p];
        if (t < 0 || !isVar[t]) {
          if (inst[q] !== t) return;
          p++;
          q++;
          continue;
        }
        const s = start.get(t);
        if (s !== undefined) {
          const l = len.get(t)!;
          for (let k = 0; k < l; k++) if (inst[q + k] !== inst[s + k]) return;
          p++;
          q += l;
          continue;
        }
        for (let l = 0; q + l < inst.length; l++) {
          if (l > 0 && inst[q + l - 1] === SEP) break;
          start.set(t, q);
          len.set(t, l);
          search(p + 1, q + l);
          if (solutions >= 2 || work > UNKNOWN_SEARCH_LIMIT) break;
        }
        start.delete(t);
        len.delete(t);
        return;
      }
      if (q !== inst.length) return;
      if (++solutions === 1) {
        first = new Map();
        for (const v of vars) first.set(v, inst.slice(start.get(v)!, start.get(v)! + len.get(v)!));
      }
    };
    search(0, 0);
    if (work > UNKNOWN_SEARCH_LIMIT) return unknown();
    if (!first) this.fail('MM-E109', `the known hypotheses of \`${ref.label}\` cannot be unified with it (other hypotheses are \`?\`).`);
    // each value goes to the arena behind a placeholder typecode, as a stack entry would hold it
    for (const [v, value] of first) {
      this.reserve(value.length + 1);
      this.arena[this.top] = 0;
      this.arena.set(value, this.top + 1);
      this.vOff[v] = this.top;
      this.vLen[v] = value.length + 1;
      this.top += value.length + 1;
    }
    if (fr.dv.length) this.checkDv(ref, fr.dv);
    if (solutions > 1) return unknown();
    const n = this.substLength(ref.expr);
    this.reserve(n);
    const off = this.top;
    this.writeSubst(ref.expr, off);
    this.top += n;
    this.sp = base;
    this.pushEntry(off, n, true);
  }

  private checkDv(ref: Statement, dv: Int32Array): void {
    const isVar = this.isVar;
    const a = this.arena;
    for (let i = 0; i < dv.length; i += 2) {
      const ao = this.vOff[dv[i]];
      const ae = ao + this.vLen[dv[i]];
      const bo = this.vOff[dv[i + 1]];
      const be = bo + this.vLen[dv[i + 1]];
      for (let p = ao + 1; p < ae; p++) {
        const x = a[p];
        if (!isVar[x]) continue;
        for (let q = bo + 1; q < be; q++) {
          const y = a[q];
          if (!isVar[y]) continue;
          const names = `\`${this.db.symbols[dv[i]]}\`,\`${this.db.symbols[dv[i + 1]]}\``;
          if (x === y) {
            this.fail('MM-E106', `$d violation in \`${ref.label}\`: ${names} both get variable \`${this.db.symbols[x]}\`.`);
          }
          if (!(this.dvSet ??= new Set(this.thm.dvAll)).has(dvKey(x, y))) {
            this.fail('MM-E106', `$d violation in \`${ref.label}\` (${names}): \`${this.db.symbols[x]}\` and \`${this.db.symbols[y]}\` are not declared disjoint ($d) for ${this.thm.label}.`);
          }
        }
      }
    }
  }

  /** Does hypothesis `h` under the current substitution equal the arena slice [off, off + len)? */
  private matches(h: Int32Array, off: number, len: number): boolean {
    const isVar = this.isVar;
    const a = this.arena;
    const vOff = this.vOff;
    const vLen = this.vLen;
    if (a[off] !== h[0]) return false;
    const end = off + len;
    let p = off + 1;
    for (let i = 1; i < h.length; i++) {
      const s = h[i];
      if (isVar[s]) {
        const o = vOff[s] + 1;
        const l = vLen[s] - 1;
        if (p + l > end) return false;
        for (let k = 0; k < l; k++) if (a[p + k] !== a[o + k]) return false;
        p += l;
      } else {
        if (p >= end || a[p] !== s) return false;
        p++;
      }
    }
    return p === end;
  }
}



/** Verifies every $p (or those named in opts.labels); reports each failure and continues. */
export function verifyDatabase(db: Database, opts: VerifyOptions = {}): VerifyResult {
  const v = new Verifier(db);
  const failures: VerifyFailure[] = [];
  const incomplete: string[] = [];
  let checked = 0;
  const only = opts.labels ? new Set(opts.labels) : undefined;
  const max = opts.maxFailures ?? Infinity;
  const every = opts.progressEvery ?? 2000;
  let total = 0;
  if (opts.onProgress) for (const s of db.statements) if (s.kind === 'p' && (!only || only.has(s.label))) total++;
  for (const s of db.statements) {
    if (s.kind !== 'p') continue;
    if (only && !only.has(s.label)) continue;
    checked++;
    const r = v.check(s);
    if (r.status === 'incomplete') incomplete.push(s.label);
    else if (r.status === 'fail') {
      const loc = db.locate(s);
      failures.push({ label: s.label, reason: r.reason, code: r.code, path: loc.path, line: loc.line, column: loc.column });
      if (failures.length >= max) break;
    }
    if (opts.onProgress && checked % every === 0) opts.onProgress(checked, total);
  }
  if (checked % every !== 0 || checked === 0) opts.onProgress?.(checked, total);
  if (only) {
    for (const l of only) {
      const s = db.labels.get(l);
      if (!s || s.kind !== 'p') failures.push({ label: l, reason: withCode(`no $p statement labeled \`${l}\`.`, 'MM-E101'), code: 'MM-E101', path: '', line: 0, column: 0 });
    }
  }
  return { checked, failures, incomplete };
}

const outcomes = new WeakMap<Database, Map<Statement, ProofOutcome>>();

/** The outcome of every $p proof of `db`, in database order; verified once per database object and kept. */
export function proofOutcomes(db: Database): ReadonlyMap<Statement, ProofOutcome> {
  let out = outcomes.get(db);
  if (!out) {
    out = new Map();
    const v = new Verifier(db);
    for (const s of db.statements) if (s.kind === 'p') out.set(s, v.check(s));
    outcomes.set(db, out);
  }
  return out;
}
