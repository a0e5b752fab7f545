/**
 * Scope: the nested `${ $}` block state the parser needs to build each assertion's frame (active variables,
 * floating and essential hypotheses, $d pairs), as stacks truncated when a block closes.
 */
import type { Statement } from './types.js';
import { dvKey } from './types.js';

interface Block {
  readonly hyps: number;
  readonly dv: number;
  readonly vars: number;
}

/**
 * The nested `${ $}` scope state: which variables are active, each active variable's $f, the active
 * hypotheses in order, and the active $d pairs. Everything is a stack truncated when a block closes.
 */
export class Scope {
  /** Per symbol id: 1 while the variable is active. */
  varActive = new Uint8Array(1024);
  /** Per symbol id: the active $f statement for the variable, if any. */
  varFloat: (Statement | undefined)[] = [];
  /** Active $f and $e hypotheses, database order. */
  readonly hyps: Statement[] = [];
  /** Active $d pairs (dvKey). */
  readonly dv: number[] = [];
  private readonly dvSet = new Map<number, number>();
  private readonly vars: number[] = [];
  private readonly blocks: Block[] = [];

  get depth(): number {
    return this.blocks.length;
  }

  ensure(n: number): void {
    if (n > this.varActive.length) {
      const a = new Uint8Array(Math.max(n, this.varActive.length * 2));
      a.set(this.varActive);
      this.varActive = a;
    }
  }

  open(): void {
    this.blocks.push({ hyps: this.hyps.length, dv: this.dv.length, vars: this.vars.length });
  }

  /** Closes the innermost block; `nextIndex` is the index the next statement will get. Returns false if no block is open. */
  close(nextIndex: number): boolean {
    const b = this.blocks.pop();
    if (!b) return false;
    for (let i = b.hyps; i < this.hyps.length; i++) {
      const h = this.hyps[i];
      h.activeUntil = nextIndex;
      if (h.kind === 'f') this.varFloat[h.expr[1]] = undefined;
    }
    this.hyps.length = b.hyps;
    for (let i = b.dv; i < this.dv.length; i++) {
      const k = this.dv[i];
      const c = (this.dvSet.get(k) ?? 1) - 1;
      if (c === 0) this.dvSet.delete(k);
      else this.dvSet.set(k, c);
    }
    this.dv.length = b.dv;
    for (let i = b.vars; i < this.vars.length; i++) this.varActive[this.vars[i]] = 0;
    this.vars.length = b.vars;
    return true;
  }

  declareVar(id: number): void {
    this.ensure(id + 1);
    this.varActive[id] = 1;
    this.vars.push(id);
  }

  addHyp(h: Statement): void {
    this.hyps.push(h);
    if (h.kind === 'f') this.varFloat[h.expr[1]] = h;
  }

  addDv(x: number, y: number): void {
    const k = dvKey(x, y);
    const c = this.dvSet.get(k);
    if (c === undefined) {
      this.dvSet.set(k, 1);
    } else {
      this.dvSet.set(k, c + 1);
    }
    this.dv.push(k);
  }

  /** Distinct active $d keys. */
  activeDvKeys(): number[] {
    return [...this.dvSet.keys()];
  }
}
