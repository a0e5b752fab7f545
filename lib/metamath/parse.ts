/**
 * The Metamath database parser: reads the token stream of a .mm file (with `$[ $]` inclusions) into a Database of
 * statements, frames and proofs, checking declarations and scoping as it goes.
 */
import { MetamathError, type MmCode } from './errors.js';
import { Lexer, proofTokens, type LexerSource, type SourceFile } from './tokenize.js';
import { Scope } from './scope.js';
import type { Database, Frame, Proof, Statement, StatementKind } from './types.js';
import type { SourceLocation } from './errors.js';

class MmDatabase implements Database {
  readonly symbols: string[] = [];
  readonly symbolIds = new Map<string, number>();
  isVariable = new Uint8Array(1024);
  readonly statements: Statement[] = [];
  readonly labels = new Map<string, Statement>();
  constructor(private readonly sources: SourceFile[]) {}
  get files(): string[] {
    return this.sources.map((f) => f.path);
  }
  locate(stmt: Statement): SourceLocation {
    return this.sources[stmt.file].locate(stmt.offset);
  }
  format(expr: ArrayLike<number>): string {
    const out: string[] = [];
    for (let i = 0; i < expr.length; i++) out.push(this.symbols[expr[i]]);
    return out.join(' ');
  }
}

const EMPTY_DV = new Int32Array(0);
const LABEL_RE = /^[A-Za-z0-9._-]+$/;
const SYMBOL_RE = /^[!-#%-~]+$/;

class Parser {
  private readonly lx: Lexer;
  readonly db: MmDatabase;
  private readonly scope = new Scope();
  /** 1 = constant, 2 = variable (declared at some point). */
  private kindOf = new Uint8Array(1024);
  private mark = new Int32Array(1024);
  private stamp = 0;
  private buf: number[] = [];

  constructor(source: LexerSource) {
    this.lx = new Lexer(source);
    this.db = new MmDatabase(this.lx.files);
  }

  private fail(code: MmCode, msg: string, at?: SourceLocation): never {
    throw new MetamathError(msg, at ?? this.lx.here(), code);
  }

  private intern(name: string, kind: 1 | 2): number {
    const db = this.db;
    const id = db.symbols.length;
    db.symbols.push(name);
    db.symbolIds.set(name, id);
    if (id >= this.kindOf.length) {
      const n = this.kindOf.length * 2;
      const k = new Uint8Array(n);
      k.set(this.kindOf);
      this.kindOf = k;
      const v = new Uint8Array(n);
      v.set(db.isVariable);
      db.isVariable = v;
      this.mark = new Int32Array(n);
      this.stamp = 0;
    }
    this.kindOf[id] = kind;
    db.isVariable[id] = kind === 2 ? 1 : 0;
    this.scope.ensure(id + 1);
    return id;
  }

  private checkSymbolToken(tok: string): void {
    if (!SYMBOL_RE.test(tok)) {
      this.fail('MM-E004', `\`${tok}\` is not a valid math symbol (printable ASCII other than \`$\`).`);
    }
  }

  private checkNewSymbol(tok: string): void {
    this.checkSymbolToken(tok);
    if (this.db.labels.has(tok)) this.fail('MM-E005', `math symbol \`${tok}\` is also a label; labels and math symbols must differ.`);
  }

  private expectMore(what: string): string {
    const t = this.lx.next();
    if (t === null) this.fail('MM-E006', `unexpected end of database inside ${what}; close it with \`$.\`.`);
    return t;
  }

  run(): Database {
    const lx = this.lx;
    for (let tok = lx.next(); tok !== null; tok = lx.next()) {
      if (tok.length === 2 && tok.charCodeAt(0) === 36) {
        switch (tok) {
          case '$c':
            this.constants();
            continue;
          case '$v':
            this.variables();
            continue;
          case '$d':
            this.disjoint();
            continue;
          case '${':
            this.scope.open();
            continue;
          case '$}':
            if (!this.scope.close(this.db.statements.length)) this.fail('MM-E007', '`$}` without a matching `${`.');
            continue;
          default:
            this.fail('MM-E008', `unexpected \`${tok}\` where a statement should start (expected a label or $c $v $d \${ $}).`);
        }
      }
      this.labeled(tok);
    }
    if (this.scope.depth > 0) {
      throw new MetamathError(`database ends with ${this.scope.depth} \`\${\` block(s) not closed; add \`$}\`.`, undefined, 'MM-E007');
    }
    return this.db;
  }

  private constants(): void {
    if (this.scope.depth > 0) this.fail('MM-E007', '`$c` must be in the outermost block, not inside `${ $}`.');
    for (;;) {
      const t = this.expectMore('$c statement');
      if (t === '$.') return;
      const id = this.db.symbolIds.get(t);
      if (id === undefined) this.checkNewSymbol(t);
      if (id !== undefined) {
        this.fail('MM-E009', `\`${t}\` was already declared as a ${this.kindOf[id] === 1 ? 'constant' : 'variable'}; a constant may be declared only once and not share a variable's name.`);
      }
      this.intern(t, 1);
    }
  }

  private variables(): void {
    for (;;) {
      const t = this.expectMore('$v statement');
      if (t === '$.') return;
      let id = this.db.symbolIds.get(t);
      if (id === undefined) this.checkNewSymbol(t);
      if (id !== undefined) {
        if (this.kindOf[id] === 1) this.fail('MM-E009', `\`${t}\` is a constant; it cannot be declared as a variable.`);
        if (this.scope.varActive[id]) this.fail('MM-E009', `variable \`${t}\` is already active; redeclare it only after its block has closed.`);
      } else {
        id = this.intern(t, 2);
      }
      this.scope.declareVar(id);
    }
  }

  private activeVar(t: string): number {
    const id = this.db.symbolIds.get(t);
    if (id === undefined || this.kindOf[id] !== 2 || !this.scope.varActive[id]) {
      this.fail('MM-E011', `\`${t}\` is not an active variable.`);
    }
    return id;
  }

  private disjoint(): void {
    const vars: number[] = [];
    for (;;) {
      const t = this.expectMore('$d statement');
      if (t === '$.') break;
      const v = this.activeVar(t);
      if (vars.includes(v)) this.fail('MM-E011', `variable \`${t}\` appears twice in one $d statement.`);
      vars.push(v);
    }
    if (vars.length < 2) this.fail('MM-E011', 'a $d statement needs at least two variables.');
    for (let i = 0; i < vars.length; i++) for (let j = i + 1; j < vars.length; j++) this.scope.addDv(vars[i], vars[j]);
  }

  /** Reads math symbols up to `$.` (or `$=` when allowed), checking they are active. Returns the terminator. */
  private math(what: string, allowProof: boolean): string {
    const buf = this.buf;
    buf.length = 0;
    const ids = this.db.symbolIds;
    for (;;) {
      const t = this.expectMore(what);
      if (t === '$.' || (allowProof && t === '$=')) return t;
      const id = ids.get(t);
      if (id === undefined) {
        this.checkSymbolToken(t);
        this.fail('MM-E010', `math symbol \`${t}\` is not declared; declare it with $c or $v first.`);
      }
      if (this.kindOf[id] === 2 && !this.scope.varActive[id]) this.fail('MM-E010', `variable \`${t}\` is not active here.`);
      buf.push(id);
    }
  }

  private labeled(label: string): void {
    const lx = this.lx;
    const file = lx.tokenFile;
    const offset = lx.tokenOffset;
    if (label.includes('$')) this.fail('MM-E008', `unexpected \`${label}\`: expected a label or a keyword.`);
    if (!LABEL_RE.test(label)) this.fail('MM-E008', `\`${label}\` is not a valid label (letters, digits, \`-\`, \`_\` and \`.\` only).`);
    if (this.db.symbolIds.has(label)) this.fail('MM-E005', `label \`${label}\` is also a math symbol; labels and math symbols must differ.`);
    if (this.db.labels.has(label)) this.fail('MM-E008', `label \`${label}\` is already used; labels must be unique.`);
    const kw = this.expectMore(`statement ${label}`);
    let kind: StatementKind;
    switch (kw) {
      case '$f':
        kind = 'f';
        break;
      case '$e':
        kind = 'e';
        break;
      case '$a':
        kind = 'a';
        break;
      case '$p':
        kind = 'p';
        break;
      default:
        this.fail('MM-E008', `label \`${label}\` must be followed by $f, $e, $a or $p, not \`${kw}\`.`);
    }
    const labelLoc = (): SourceLocation => this.lx.locate(file, offset);
    const term = this.math(`$${kind} statement ${label}`, kind === 'p');
    if (kind === 'p' && term !== '$=') this.fail('MM-E012', `$p statement ${label} has no proof; add \`$= proof $.\`.`, labelLoc());
    const expr = Int32Array.from(this.buf);
    if (expr.length === 0 || this.kindOf[expr[0]] !== 1) {
      this.fail('MM-E012', `statement ${label} must start with a constant typecode.`, labelLoc());
    }
    const scope = this.scope;
    if (kind === 'f') {
      if (expr.length !== 2 || this.kindOf[expr[1]] !== 2) {
        this.fail('MM-E012', `$f statement ${label} must be \`typecode variable\`.`, labelLoc());
      }
      if (scope.varFloat[expr[1]]) {
        this.fail('MM-E012', `variable \`${this.db.symbols[expr[1]]}\` already has an active $f (${scope.varFloat[expr[1]]!.label}).`, labelLoc());
      }
    } else {
      for (let i = 1; i < expr.length; i++) {
        const s = expr[i];
        if (this.kindOf[s] === 2 && !scope.varFloat[s]) {
          this.fail('MM-E012', `variable \`${this.db.symbols[s]}\` in ${label} has no active $f statement giving its type.`, labelLoc());
        }
      }
    }
    let stmt: Statement;
    const index = this.db.statements.length;
    if (kind === 'p') {
      const frame = this.frame(expr);
      const at = this.proof(label);
      stmt = new Theorem(label, index, expr, file, offset, frame, scope.activeDvKeys(), this.lx.files[at.file], at.start);
    } else {
      stmt = { label, kind, index, expr, file, offset, activeUntil: Infinity, frame: kind === 'a' ? this.frame(expr) : undefined };
    }
    this.db.statements.push(stmt);
    this.db.labels.set(label, stmt);
    if (kind === 'f' || kind === 'e') scope.addHyp(stmt);
  }

  private frame(expr: Int32Array): Frame {
    const st = ++this.stamp;
    const mark = this.mark;
    const isVar = this.db.isVariable;
    for (let i = 1; i < expr.length; i++) if (isVar[expr[i]]) mark[expr[i]] = st;
    const active = this.scope.hyps;
    for (const h of active) {
      if (h.kind === 'e') {
        const e = h.expr;
        for (let i = 1; i < e.length; i++) if (isVar[e[i]]) mark[e[i]] = st;
      }
    }
    const hyps: Statement[] = [];
    const floating: Statement[] = [];
    const essential: Statement[] = [];
    for (const h of active) {
      if (h.kind === 'e') {
        hyps.push(h);
        essential.push(h);
      } else if (mark[h.expr[1]] === st) {
        hyps.push(h);
        floating.push(h);
      }
    }
    let dv = EMPTY_DV;
    if (this.scope.dv.length > 0) {
      const pairs: number[] = [];
      for (const k of this.scope.activeDvKeys()) {
        const x = Math.floor(k / 0x200000);
        const y = k - x * 0x200000;
        if (mark[x] === st && mark[y] === st) pairs.push(x, y);
      }
      if (pairs.length) dv = Int32Array.from(pairs);
    }
    return { hyps, floating, essential, dv };
  }

  /** Skips the proof, checking only its shape; its tokens are read when it is verified (LazyProof). */
  private proof(label: string): { file: number; start: number } {
    const at = this.lx.skipProof();
    if (!at) this.fail('MM-E006', `unexpected end of database inside proof of ${label}; close it with \`$.\`.`);
    if (at.compressed && !at.closed) this.fail('MM-E013', `compressed proof of ${label} has no closing \`)\` after its label list.`);
    return at;
  }
}

/** A proof read from the database text each time it is asked for (so that it is not kept in memory). */
function readProof(text: string, start: number): Proof {
  const t = proofTokens(text, start);
  if (t[0] !== '(') return { kind: 'normal', steps: t };
  const close = t.indexOf(')');
  return { kind: 'compressed', labels: t.slice(1, close), letters: t.slice(close + 1).join('') };
}

/** A $p statement; `proof` is read from the source text on each access. */
class Theorem implements Statement {
  readonly kind = 'p' as const;
  activeUntil = Infinity;
  constructor(
    readonly label: string,
    readonly index: number,
    readonly expr: Int32Array,
    readonly file: number,
    readonly offset: number,
    readonly frame: Frame,
    readonly dvAll: readonly number[],
    private readonly source: SourceFile,
    private readonly proofStart: number,
  ) {}
  get proof(): Proof {
    return readProof(this.source.text, this.proofStart);
  }
}

/** Parses a database from its text (includes resolved relative to `path`, or the current directory). */
export function parseText(text: string, path?: string): Database {
  return new Parser({ text, path }).run();
}

/** Parses a database file. */
export function parseFile(path: string): Database {
  return new Parser({ path }).run();
}
