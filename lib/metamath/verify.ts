import type { Database, Statement } from './types.js';
import { dvKey } from './types.js';

export interface VerifyOptions {
  /** Verify only these $p labels (default: all). */
  readonly labels?: Iterable<string>;
  /** Stop after this many failures (default: no limit). */
  readonly maxFailures?: number;
}

export interface VerifyFailure {
  readonly label: string;
  readonly reason: string;
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

export type ProofOutcome = { readonly status: 'ok' } | { readonly status: 'incomplete' } | { readonly status: 'fail'; readonly reason: string };

class ProofFailure {
  constructor(readonly reason: string) {}
}

/** The stack entry of a `?` step (and of a step whose result `?` left undetermined): matches anything. Real entries are never empty (they hold a typecode). */
const UNKNOWN = new Int32Array(0);
/** Separator of hypotheses in the unknown-step unifier (no symbol id is negative). */
const SEP = -1;
/** Bound on the unknown-step unifier's search (it backtracks over variable lengths, as metamath-exe's does). */
const UNKNOWN_SEARCH_LIMIT = 1_000_000;

/** The proof stack machine. One instance per database; reuses its buffers across proofs. */
export class Verifier {
  private substSrc: Int32Array[] = [];
  private readonly isVar: Uint8Array;
  private readonly stack: Int32Array[] = [];
  private readonly saved: Int32Array[] = [];
  private dvSet = new Set<number>();
  private step = 0;
  private sawUnknown = false;
  private thm!: Statement;

  constructor(private readonly db: Database) {
    this.isVar = db.isVariable;
  }

  private fail(msg: string): never {
    throw new ProofFailure(`step ${this.step}: ${msg}`);
  }

  /**
   * Verifies one $p statement's proof. `?` steps follow metamath-exe (and the Metamath book, 4.3.2):
   * a `?` is an unknown stack entry, the rest of the proof is still checked (stack shape, every
   * determinable hypothesis match and $d condition), and a proof with `?` and no error is
   * `incomplete`: never `ok`.
   */
  check(thm: Statement): ProofOutcome {
    if (thm.kind !== 'p' || !thm.proof) return { status: 'fail', reason: `${thm.label} is not a $p statement.` };
    this.thm = thm;
    this.stack.length = 0;
    this.saved.length = 0;
    this.step = 0;
    this.sawUnknown = false;
    this.dvSet = new Set(thm.dvAll ?? []);
    try {
      const p = thm.proof;
      if (p.kind === 'normal') this.runNormal(p.steps);
      else this.runCompressed(p.labels, p.letters);
      const st = this.stack;
      if (st.length !== 1) {
        throw new ProofFailure(`proof ends with ${st.length} entries on the stack; exactly one is required.`);
      }
      if (this.sawUnknown) return { status: 'incomplete' };
      if (!equal(st[0], thm.expr)) {
        throw new ProofFailure(`proof proves \`${this.db.format(st[0])}\` but the statement is \`${this.db.format(thm.expr)}\`.`);
      }
      return { status: 'ok' };
    } catch (err) {
      if (err instanceof ProofFailure) return { status: 'fail', reason: err.reason };
      throw err;
    }
  }

  private resolve(label: string): Statement {
    const s = this.db.labels.get(label);
    const k = this.thm.index;
    if (!s || s.index >= k) this.fail(`label \`${label}\` is not defined before ${this.thm.label}.`);
    if (s.activeUntil <= k) this.fail(`hypothesis \`${label}\` is not active at ${this.thm.label} (its block has closed).`);
    return s;
  }

  private runNormal(steps: readonly string[]): void {
    for (let i = 0; i < steps.length; i++) {
      this.step = i + 1;
      if (steps[i] === '?') {
        this.sawUnknown = true;
        this.stack.push(UNKNOWN);
      } else this.apply(this.resolve(steps[i]));
    }
  }

  private runCompressed(labels: readonly string[], letters: string): void {
    const hyps = this.thm.frame!.hyps;
    const m = hyps.length;
    const refs: Statement[] = [];
    for (const l of labels) {
      const s = this.resolve(l);
      if (hyps.includes(s)) this.fail(`compressed proof label list names mandatory hypothesis \`${l}\`; it is implicit.`);
      refs.push(s);
    }
    const n = refs.length;
    const stack = this.stack;
    const saved = this.saved;
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
        if (num <= m) stack.push(hyps[num - 1].expr);
        else if (num <= m + n) {
          const ref = refs[num - m - 1];
          this.apply(ref);
          lastWasAssertion = ref.kind === 'a' || ref.kind === 'p';
        } else {
          const k = num - m - n - 1;
          if (k >= saved.length) this.fail(`compressed step number ${num} refers to saved entry ${k + 1}, but only ${saved.length} are saved.`);
          stack.push(saved[k]);
        }
      } else if (c >= 85 && c <= 89) {
        acc = acc * 5 + (c - 84);
      } else if (c === 90) {
        if (acc !== 0) this.fail('`Z` in the middle of a compressed number.');
        if (this.step === 0) this.fail('`Z` before any proof step; it labels the step before it.');
        if (!lastWasAssertion) this.fail('`Z` after a hypothesis, a back-reference or `?`; only an assertion step ($a/$p) may be labeled.');
        saved.push(stack[stack.length - 1]);
      } else if (c === 63) {
        if (acc !== 0) this.fail('`?` in the middle of a compressed number.');
        this.step++;
        lastWasAssertion = false;
        this.sawUnknown = true;
        stack.push(UNKNOWN);
      } else {
        this.fail(`invalid character \`${letters[i]}\` in compressed proof.`);
      }
    }
    if (acc !== 0) this.fail('compressed proof ends in the middle of a number.');
  }

  private apply(ref: Statement): void {
    const stack = this.stack;
    if (ref.kind === 'f' || ref.kind === 'e') {
      stack.push(ref.expr);
      return;
    }
    const fr = ref.frame!;
    const hyps = fr.hyps;
    const nh = hyps.length;
    if (stack.length < nh) {
      this.fail(`\`${ref.label}\` needs ${nh} hypotheses but the stack has only ${stack.length} entries.`);
    }
    const base = stack.length - nh;
    if (this.sawUnknown) {
      for (let j = base; j < stack.length; j++) {
        if (stack[j] === UNKNOWN) {
          this.applyUnknown(ref, base);
          return;
        }
      }
    }
    const src = this.substSrc;
    for (let j = 0; j < nh; j++) {
      const h = hyps[j];
      if (h.kind === 'f') {
        const e = stack[base + j];
        if (e[0] !== h.expr[0]) {
          this.fail(`hypothesis ${h.label} of \`${ref.label}\` needs typecode \`${this.db.symbols[h.expr[0]]}\` but the stack has \`${this.db.format(e)}\`.`);
        }
        src[h.expr[1]] = e;
      }
    }
    for (let j = 0; j < nh; j++) {
      const h = hyps[j];
      if (h.kind === 'e' && !this.matches(h.expr, stack[base + j])) {
        this.fail(`hypothesis ${h.label} of \`${ref.label}\` does not match: expected \`${this.db.format(this.substitute(h.expr))}\`, stack has \`${this.db.format(stack[base + j])}\`.`);
      }
    }
    const dv = fr.dv;
    if (dv.length) this.checkDv(ref, dv);
    const result = this.substitute(ref.expr);
    stack.length = base;
    stack.push(result);
  }

  /**
   * An assertion step some of whose hypotheses are unknown, as metamath-exe does it: the known
   * hypotheses are unified with the assertion's (as strings, each variable's value found by
   * backtracking over its length); no unifier is an error; when a variable occurs in no known
   * hypothesis, or the unifier is not unique, the step's result is unknown too.
   */
  private applyUnknown(ref: Statement, base: number): void {
    const stack = this.stack;
    const fr = ref.frame!;
    const isVar = this.isVar;
    const scheme: number[] = [SEP];
    const inst: number[] = [SEP];
    for (let j = 0; j < fr.hyps.length; j++) {
      const e = stack[base + j];
      if (e !== UNKNOWN) {
        for (const x of fr.hyps[j].expr) scheme.push(x);
        for (const x of e) inst.push(x);
      }
      scheme.push(SEP);
      inst.push(SEP);
    }
    const vars: number[] = [];
    for (const x of scheme) if (x >= 0 && isVar[x] && !vars.includes(x)) vars.push(x);
    const finish = (result: Int32Array): void => {
      stack.length = base;
      stack.push(result);
    };
    if (vars.length !== fr.floating.length) return finish(vars.length === 0 && fr.floating.length === 0 ? ref.expr : UNKNOWN);
    // first solution in metamath-exe's order (shorter values first, variables in order of first occurrence), and whether a second exists
    const start = new Map<number, number>();
    const len = new Map<number, number>();
    let first: Map<number, Int32Array> | undefined;
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
        for (const v of vars) {
          const s = start.get(v)!;
          const value = new Int32Array(len.get(v)! + 1);
          value[0] = 0; // placeholder typecode: checkDv and substitute read from index 1
          for (let k = 1; k < value.length; k++) value[k] = inst[s + k - 1];
          first.set(v, value);
        }
      }
    };
    search(0, 0);
    if (work > UNKNOWN_SEARCH_LIMIT) return finish(UNKNOWN);
    if (!first) this.fail(`the known hypotheses of \`${ref.label}\` cannot be unified with it (other hypotheses are \`?\`).`);
    const src = this.substSrc;
    for (const [v, value] of first) src[v] = value;
    if (fr.dv.length) this.checkDv(ref, fr.dv);
    finish(solutions > 1 ? UNKNOWN : this.substitute(ref.expr));
  }

  private checkDv(ref: Statement, dv: Int32Array): void {
    const isVar = this.isVar;
    const src = this.substSrc;
    for (let i = 0; i < dv.length; i += 2) {
      const a = src[dv[i]];
      const b = src[dv[i + 1]];
      for (let p = 1; p < a.length; p++) {
        const x = a[p];
        if (!isVar[x]) continue;
        for (let q = 1; q < b.length; q++) {
          const y = b[q];
          if (!isVar[y]) continue;
          const names = `\`${this.db.symbols[dv[i]]}\`,\`${this.db.symbols[dv[i + 1]]}\``;
          if (x === y) {
            this.fail(`$d violation in \`${ref.label}\`: ${names} both get variable \`${this.db.symbols[x]}\`.`);
          }
          if (!this.dvSet.has(dvKey(x, y))) {
            this.fail(`$d violation in \`${ref.label}\` (${names}): \`${this.db.symbols[x]}\` and \`${this.db.symbols[y]}\` are not declared disjoint ($d) for ${this.thm.label}.`);
          }
        }
      }
    }
  }

  /** Does hypothesis `h` under the current substitution equal `e`? No allocation. */
  private matches(h: Int32Array, e: Int32Array): boolean {
    const isVar = this.isVar;
    const src = this.substSrc;
    if (e.length === 0 || e[0] !== h[0]) return false;
    let p = 1;
    for (let i = 1; i < h.length; i++) {
      const s = h[i];
      if (isVar[s]) {
        const v = src[s];
        const len = v.length - 1;
        if (p + len > e.length) return false;
        for (let k = 0; k < len; k++) if (e[p + k] !== v[k + 1]) return false;
        p += len;
      } else {
        if (p >= e.length || e[p] !== s) return false;
        p++;
      }
    }
    return p === e.length;
  }

  private substitute(h: Int32Array): Int32Array {
    const isVar = this.isVar;
    const src = this.substSrc;
    let n = 0;
    for (let i = 0; i < h.length; i++) {
      const s = h[i];
      n += isVar[s] && i > 0 ? src[s].length - 1 : 1;
    }
    const out = new Int32Array(n);
    let p = 0;
    for (let i = 0; i < h.length; i++) {
      const s = h[i];
      if (isVar[s] && i > 0) {
        const v = src[s];
        const len = v.length;
        for (let k = 1; k < len; k++) out[p++] = v[k];
      } else {
        out[p++] = s;
      }
    }
    return out;
  }
}

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Verifies every $p (or those named in opts.labels); reports each failure and continues. */
export function verifyDatabase(db: Database, opts: VerifyOptions = {}): VerifyResult {
  const v = new Verifier(db);
  const failures: VerifyFailure[] = [];
  const incomplete: string[] = [];
  let checked = 0;
  const only = opts.labels ? new Set(opts.labels) : undefined;
  const max = opts.maxFailures ?? Infinity;
  for (const s of db.statements) {
    if (s.kind !== 'p') continue;
    if (only && !only.has(s.label)) continue;
    checked++;
    const r = v.check(s);
    if (r.status === 'incomplete') incomplete.push(s.label);
    else if (r.status === 'fail') {
      const loc = db.locate(s);
      failures.push({ label: s.label, reason: r.reason, path: loc.path, line: loc.line, column: loc.column });
      if (failures.length >= max) break;
    }
  }
  if (only) {
    for (const l of only) {
      const s = db.labels.get(l);
      if (!s || s.kind !== 'p') failures.push({ label: l, reason: `no $p statement labeled \`${l}\`.`, path: '', line: 0, column: 0 });
    }
  }
  return { checked, failures, incomplete };
}
