/**
 * Recursive-descent parser from tokens to the answer AST. Precedence, loosest first:
 * `;` groups > `,`/"and"/"or" lists > `\cup` > relations (= < \le \in; `\approx` cuts the rest) >
 * ratio `a:b` > `+ - \pm` > `* / \cdot`, implicit multiplication > unary minus > `^` > `!`, `_` > atoms.
 * Depth and size are bounded so adversarial input fails fast instead of overflowing the stack.
 */
import Fraction from 'fraction.js';
import { spend } from '../budget.js';
import { type Node, type RelOp, sym } from './ast.js';
import { CONNECTORS, ParseFailure, type Token, tokenize } from './tokenize.js';

const MAX_DEPTH = 120;
const RELOPS = new Set(['=', '<', '<=', '>', '>=', '!=']);
/** Single letters read as function names when followed by "(": f(x), g(2), P(x). */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h', 'F', 'G', 'H', 'P', 'Q', 'W']);
const FUNCTIONS = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh', 'log', 'ln', 'lg', 'exp', 'sqrt', 'abs']);
/** f^{-1} for these is the inverse function. */
const INVERSES: Readonly<Record<string, string>> = { sin: 'arcsin', cos: 'arccos', tan: 'arctan' };
const isMinusOne = (n: Node): boolean => (n.t === 'num' && n.v.equals(-1)) || (n.t === 'neg' && n.arg.t === 'num' && n.arg.v.equals(1));
const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda',
  'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta',
  'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega',
]);
/** Constructs we do not evaluate: the answer falls back to string comparison. */
const UNSUPPORTED = new Set(['sum', 'prod', 'int', 'iint', 'oint', 'lim', 'partial', 'nabla', 'det', 'max', 'min', 'gcd', 'lcm', 'mod', 'pmod', 'bmod', 'equiv']);
const MATRIX_ENVS = new Set(['pmatrix', 'bmatrix', 'matrix', 'Bmatrix', 'vmatrix', 'smallmatrix', 'array']);

const num = (v: Fraction, float = false): Node => ({ t: 'num', v, float });

class Parser {
  private pos = 0;
  private depth = 0;
  private absDepth = 0;

  constructor(private readonly toks: Token[]) {}

  parseAnswer(): Node {
    const groups: Node[] = [this.group()];
    while (this.isOp(';')) {
      this.pos++;
      if (this.atEnd()) break;
      groups.push(this.group());
    }
    this.skipText();
    if (!this.atEnd()) throw new ParseFailure(`unexpected ${describe(this.peek())}`);
    if (groups.length === 1) return groups[0] as Node;
    // "p=5,q=2;p=7,q=2": each ;-group is a tuple of its items
    return { t: 'list', items: groups.map((g) => (g.t === 'list' ? { t: 'tuple', items: g.items, open: '(', close: ')' } : g)) };
  }

  /** Items separated by commas or connectors ("6 and 8"). */
  private group(): Node {
    const items: Node[] = [this.item()];
    for (;;) {
      if (this.isOp(',')) {
        this.pos++;
        this.skipConnector();
      } else if (this.isConnector()) {
        this.skipConnector();
      } else if (this.peek()?.k !== 'num' || this.toks[this.pos - 1]?.k !== 'num') break; // "2 3" is two numbers
      if (this.atEnd() || this.isOp(';') || this.isCloser()) break;
      items.push(this.item());
    }
    return items.length === 1 ? (items[0] as Node) : { t: 'list', items };
  }

  private item(): Node {
    return this.enter(() => {
      const parts: Node[] = [this.relation()];
      while (this.isOp('cup')) {
        this.pos++;
        parts.push(this.relation());
      }
      return parts.length === 1 ? (parts[0] as Node) : { t: 'union', args: parts };
    });
  }

  private relation(): Node {
    let first = this.ratio();
    const args: Node[] = [first];
    const ops: RelOp[] = [];
    for (;;) {
      const t = this.peek();
      if (t?.k !== 'op') break;
      if (t.v === 'approx') {
        this.pos++;
        if (ops.length > 0) {
          // "x = 1/3 \approx 0.33": after an equation the approximation is commentary
          this.ratio();
          break;
        }
        ops.push('='); // "x \approx 11" states the value
        args.push(this.ratio());
        continue;
      }
      if (t.v === '->') {
        // "... \Rightarrow x = 2": the conclusion is what counts
        this.pos++;
        first = this.ratio();
        args.length = 0;
        ops.length = 0;
        args.push(first);
        continue;
      }
      if (t.v === 'in') {
        this.pos++;
        const set = this.item();
        return { t: 'in', elem: args.length === 1 ? first : { t: 'rel', ops, args }, set };
      }
      if (!RELOPS.has(t.v)) break;
      this.pos++;
      ops.push(t.v as RelOp);
      args.push(this.ratio());
    }
    return ops.length === 0 ? first : { t: 'rel', ops, args };
  }

  private ratio(): Node {
    const left = this.additive();
    if (this.isOp(':')) {
      this.pos++;
      return { t: 'ratio', left, right: this.additive() };
    }
    return left;
  }

  private additive(): Node {
    return this.enter(() => {
      const terms: Node[] = [this.term()];
      for (;;) {
        if (this.isOp('+')) {
          this.pos++;
          terms.push(this.term());
        } else if (this.isOp('-')) {
          this.pos++;
          terms.push({ t: 'neg', arg: this.term() });
        } else if (this.isOp('pm')) {
          this.pos++;
          const right = this.term();
          const left: Node = terms.length === 1 ? (terms[0] as Node) : { t: 'add', args: terms.splice(0) };
          terms.length = 0;
          terms.push({ t: 'pm', left, right });
        } else break;
      }
      return terms.length === 1 ? (terms[0] as Node) : { t: 'add', args: terms };
    });
  }

  private term(): Node {
    const factors: Node[] = [this.unary()];
    for (;;) {
      if (this.isOp('*')) {
        this.pos++;
        factors.push(this.unary());
      } else if (this.isOp('/')) {
        this.pos++;
        factors.push({ t: 'pow', base: this.unary(), exp: num(new Fraction(-1)) });
      } else if (this.startsImplicitFactor() && !(this.peek()?.k === 'num' && this.toks[this.pos - 1]?.k === 'num')) {
        // a number right after a number was separated by a space ("2 3"): not a product, see group()
        factors.push(this.power());
      } else if (this.peek()?.k === 'text' && !this.isConnector() && this.isUnitWord() && this.unitEndsHere()) {
        this.pos++; // a unit after a value: "125 miles", "15 \text{ cm}^2"
        if (this.isOp('^')) {
          this.pos++;
          this.exponent();
        }
      } else break;
    }
    // prose is not an answer: "the number is not 10" must not parse into a product with words in it
    if (factors.length > 1 && factors.some((f) => f.t === 'text')) throw new ParseFailure('text mixed with mathematics');
    return factors.length === 1 ? (factors[0] as Node) : { t: 'mul', args: factors };
  }

  private unary(): Node {
    return this.enter(() => {
      if (this.isOp('-')) {
        this.pos++;
        return { t: 'neg', arg: this.unary() };
      }
      if (this.isOp('+')) {
        this.pos++;
        return this.unary();
      }
      if (this.isOp('pm')) {
        this.pos++;
        return { t: 'pm', left: null, right: this.unary() };
      }
      return this.power();
    });
  }

  private power(): Node {
    const base = this.postfix();
    if (this.isOp('^')) {
      this.pos++;
      return { t: 'pow', base, exp: this.exponent() };
    }
    return base;
  }

  private exponent(): Node {
    if (this.isOp('{')) return this.braceGroup();
    if (this.isOp('-')) {
      this.pos++;
      return { t: 'neg', arg: this.exponent() };
    }
    const t = this.peek();
    if (t?.k === 'num' && t.text.length > 1 && !t.text.includes('.')) {
      // x^23 in LaTeX is x^2 * 3 only in theory; models mean x^{23}
      this.pos++;
      return num(new Fraction(t.text));
    }
    return this.postfix();
  }

  private postfix(): Node {
    let n = this.primary();
    for (;;) {
      if (this.isOp('!')) {
        this.pos++;
        n = { t: 'fn', name: 'factorial', args: [n] };
      } else if (this.isOp('_')) {
        this.pos++;
        const sub = this.isOp('{') ? this.braceGroup() : this.primary();
        n = subscript(n, sub);
      } else if (this.isOp("'")) {
        this.pos++;
      } else break;
    }
    return n;
  }

  private primary(): Node {
    return this.enter(() => {
      const t = this.next();
      switch (t.k) {
        case 'num': {
          const value = num(new Fraction(t.text), t.text.includes('.'));
          return t.text.includes('.') ? value : this.mixedNumber(value);
        }
        case 'id':
          return this.identifier(t.name);
        case 'text': {
          const words = [t.s];
          while (this.peek()?.k === 'text' && !this.isConnector()) words.push((this.next() as { s: string }).s);
          return { t: 'text', s: words.join(' ') };
        }
        case 'cmd':
          return this.command(t.name);
        case 'begin':
          return this.environment(t.env);
        case 'op':
          return this.bracketed(t.v);
        default:
          throw new ParseFailure(`unexpected ${describe(t)}`);
      }
    });
  }

  /** "15\\frac{39}{40}": an integer followed by a proper fraction of integers is a mixed number, 15 + 39/40. */
  private mixedNumber(whole: Node): Node {
    const t = this.peek();
    // "2 1/4" is 2¼ (but "2 1/4 x" and "2 1/4^2" are not plain fractions)
    const [a, slash, b, after] = this.toks.slice(this.pos, this.pos + 4);
    if (a?.k === 'num' && b?.k === 'num' && slash?.k === 'op' && slash.v === '/' && /^\d+$/.test(a.text) && /^\d+$/.test(b.text) && BigInt(a.text) > 0n && BigInt(a.text) < BigInt(b.text)) {
      if (!after || (after.k === 'op' && !['^', '_', '!', '('].includes(after.v)) || after.k === 'text') {
        this.pos += 3;
        return { t: 'add', args: [whole, { t: 'mul', args: [num(new Fraction(a.text)), { t: 'pow', base: num(new Fraction(b.text)), exp: num(new Fraction(-1)) }] }] };
      }
    }
    if (t?.k !== 'cmd' || t.name !== 'frac') return whole;
    const save = this.pos;
    this.pos++;
    try {
      const a = this.argument();
      const b = this.argument();
      if (a.t === 'num' && b.t === 'num' && !a.float && !b.float && a.v.d === 1n && b.v.d === 1n && a.v.n > 0n && a.v.n < b.v.n) {
        return { t: 'add', args: [whole, { t: 'mul', args: [a, { t: 'pow', base: b, exp: num(new Fraction(-1)) }] }] };
      }
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
    }
    this.pos = save;
    return whole;
  }

  private identifier(name: string): Node {
    if (FUNCTIONS.has(name)) return this.functionCall(name);
    if (FUNCTION_LETTERS.has(name) && this.isOp('(')) {
      this.pos++;
      const args = this.itemsUntil([')']);
      this.expectOp(')');
      return { t: 'fn', name, args };
    }
    return sym(name);
  }

  private command(name: string): Node {
    switch (name) {
      case 'frac': {
        const a = this.argument();
        const b = this.argument();
        return { t: 'mul', args: [a, { t: 'pow', base: b, exp: num(new Fraction(-1)) }] };
      }
      case 'binom':
      case 'dbinom':
      case 'tbinom':
        return { t: 'fn', name: 'binom', args: [this.argument(), this.argument()] };
      case 'sqrt': {
        if (this.isOp('[')) {
          this.pos++;
          const index = this.additive();
          this.expectOp(']');
          return { t: 'pow', base: this.argument(), exp: { t: 'pow', base: index, exp: num(new Fraction(-1)) } };
        }
        return { t: 'fn', name: 'sqrt', args: [this.argument()] };
      }
      case 'infty':
        return sym('oo');
      case 'pi':
        return sym('pi');
      default:
        if (FUNCTIONS.has(name)) return this.functionCall(name);
        if (GREEK.has(name)) return sym(name);
        if (name === 'sum' || name === 'prod') return this.bigOperator(name);
        if (UNSUPPORTED.has(name)) throw new ParseFailure(`\\${name} is not evaluated`);
        return sym(name); // an unknown command stands for itself (\zzz)
    }
  }

  /**
   * \sum_{k=0}^{n-1} F_k F_{n-k-1}: an uninterpreted function of its bounds and its summand (a product
   * of factors), so two sums agree when their bounds and summands do; never equal to a closed form.
   */
  private bigOperator(name: string): Node {
    const args: Node[] = [];
    for (const mark of ['_', '^']) {
      if (!this.isOp(mark)) throw new ParseFailure(`\\${name} without bounds is not evaluated`);
      this.pos++;
      args.push(this.isOp('{') ? this.braceGroup() : this.primary());
    }
    args.push(this.term());
    return { t: 'fn', name, args };
  }

  /** sin x, \sin^2(x), \log_2 8, \ln(x+1). */
  private functionCall(name: string): Node {
    let power: Node | undefined;
    let base: Node | undefined;
    for (;;) {
      if (this.isOp('^')) {
        this.pos++;
        power = this.exponent();
      } else if (this.isOp('_')) {
        this.pos++;
        base = this.isOp('{') ? this.braceGroup() : this.primary();
      } else break;
    }
    let arg: Node;
    if (this.isOp('(')) {
      this.pos++;
      arg = this.group();
      this.expectOp(')');
    } else if (this.isOp('{')) {
      // \sin{\left(x\right)}^{2} (sympy's latex): a delimited argument ends at its brace, the power is the value's
      arg = this.braceGroup();
    } else {
      arg = this.power();
      // \sin 2x, \cos 3\theta, \sin 2\pi x: a coefficient takes the names after it, as textbooks (and sympy) read it
      if (arg.t === 'num') {
        const factors: Node[] = [arg];
        while (this.startsName()) factors.push(this.power());
        if (factors.length > 1) arg = { t: 'mul', args: factors };
      }
    }
    // \sin^{-1} x is arcsin x (as latex2sympy reads it), not 1/sin x
    const inverse = power && INVERSES[name] !== undefined && isMinusOne(power);
    let call: Node = { t: 'fn', name: inverse ? (INVERSES[name] as string) : name === 'lg' ? 'log10' : name, args: base ? [arg, base] : [arg] };
    if (power && !inverse) call = { t: 'pow', base: call, exp: power };
    return call;
  }

  /** A command argument: {group}, or a single token (\frac12 is 1/2, \sqrt3 is sqrt(3)). */
  private argument(): Node {
    if (this.isOp('{')) return this.braceGroup();
    const t = this.peek();
    if (t?.k === 'num' && t.text.length > 1 && /^\d+$/.test(t.text)) {
      // split "12" into "1" and a pushed-back "2"
      this.toks.splice(this.pos, 1, { k: 'num', text: t.text[0] as string }, { k: 'num', text: t.text.slice(1) });
    }
    return this.postfix();
  }

  private braceGroup(): Node {
    this.expectOp('{');
    if (this.isOp('}')) {
      this.pos++;
      return { t: 'list', items: [] };
    }
    const g = this.group();
    this.expectOp('}');
    return g;
  }

  private bracketed(v: string): Node {
    if (v === '{') {
      this.pos--;
      return this.braceGroup();
    }
    if (v === '\\{') {
      const items = this.isOp('\\}') ? [] : this.itemsUntil(['\\}']);
      this.expectOp('\\}');
      return { t: 'set', items };
    }
    if (v === '(' || v === '[') {
      const items = this.itemsUntil([')', ']']);
      const close = this.next();
      if (close.k !== 'op' || (close.v !== ')' && close.v !== ']')) throw new ParseFailure(`unclosed ${v}`);
      if (items.length === 1 && (v === '(' ? close.v === ')' : close.v === ']')) return items[0] as Node;
      return { t: 'tuple', items, open: v, close: close.v };
    }
    if (v === '|') {
      this.absDepth++;
      const inner = this.additive();
      this.absDepth--;
      this.expectOp('|');
      return { t: 'fn', name: 'abs', args: [inner] };
    }
    throw new ParseFailure(`unexpected "${v}"`);
  }

  /** Comma- or semicolon-separated items up to (not including) one of `closers`. */
  private itemsUntil(closers: readonly string[]): Node[] {
    const items: Node[] = [this.item()];
    while (this.isOp(',') || this.isOp(';')) {
      this.pos++;
      if (closers.some((c) => this.isOp(c))) break;
      items.push(this.item());
    }
    return items;
  }

  private environment(env: string): Node {
    if (!MATRIX_ENVS.has(env)) throw new ParseFailure(`environment ${env} is not an answer`);
    const rows: Node[][] = [[]];
    for (;;) {
      const t = this.peek();
      if (!t) throw new ParseFailure(`unclosed ${env}`);
      if (t.k === 'end') {
        this.pos++;
        break;
      }
      if (t.k === 'op' && t.v === '&') {
        this.pos++;
        continue;
      }
      if (t.k === 'op' && t.v === '\\\\') {
        this.pos++;
        rows.push([]);
        continue;
      }
      (rows[rows.length - 1] as Node[]).push(this.additive());
    }
    const full = rows.filter((r) => r.length > 0);
    if (full.length === 0) throw new ParseFailure('empty matrix');
    return { t: 'matrix', rows: full };
  }

  // --- token helpers ---

  private enter<T>(fn: () => T): T {
    spend();
    if (++this.depth > MAX_DEPTH) throw new ParseFailure(`nesting deeper than ${MAX_DEPTH}`);
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private peek(): Token | undefined {
    return this.toks[this.pos];
  }

  private next(): Token {
    const t = this.toks[this.pos++];
    if (!t) throw new ParseFailure('unexpected end of answer');
    return t;
  }

  private atEnd(): boolean {
    return this.pos >= this.toks.length;
  }

  private isOp(v: string): boolean {
    const t = this.toks[this.pos];
    return t?.k === 'op' && t.v === v;
  }

  private isCloser(): boolean {
    return this.isOp(')') || this.isOp(']') || this.isOp('}') || this.isOp('\\}');
  }

  private isConnector(): boolean {
    const t = this.peek();
    return t?.k === 'text' && CONNECTORS.has(t.s.toLowerCase());
  }

  private skipConnector(): void {
    while (this.isConnector()) this.pos++;
  }

  /** Trailing words after an answer ("dollars", "square units"), but not "(or 6)" or "not 5". */
  private skipText(): void {
    while (this.peek()?.k === 'text' && this.isUnitWord()) this.pos++;
  }

  private expectOp(v: string): void {
    const t = this.next();
    if (t.k !== 'op' || t.v !== v) throw new ParseFailure(`expected "${v}", got ${describe(t)}`);
  }

  /** A variable or constant next (x, \theta, \pi), not a function (\cos, f(x)). */
  private startsName(): boolean {
    const t = this.peek();
    if (t?.k === 'id') return !FUNCTIONS.has(t.name) && !(FUNCTION_LETTERS.has(t.name) && this.toks[this.pos + 1]?.k === 'op' && (this.toks[this.pos + 1] as { v: string }).v === '(');
    return t?.k === 'cmd' && (t.name === 'pi' || GREEK.has(t.name));
  }

  private startsImplicitFactor(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.k === 'num' || t.k === 'id' || t.k === 'begin') return true;
    if (t.k === 'cmd') return true;
    if (t.k === 'op') return t.v === '(' || t.v === '{' || (t.v === '|' && this.absDepth === 0 && this.hasClosingBar());
    return false;
  }

  /** "cm", "miles", "square units"; not "(or 6)" or "not 5": a number or a connector makes it prose. */
  private isUnitWord(): boolean {
    const t = this.peek();
    return t?.k === 'text' && !/\d|\b(?:or|and|either|not|maybe|possibly|perhaps)\b/i.test(t.s);
  }

  /** A word is a unit only at the end of a value: before the end, a separator, a closer or a relation. */
  private unitEndsHere(): boolean {
    let k = this.pos + 1;
    if (this.toks[k]?.k === 'op' && (this.toks[k] as { v: string }).v === '^') k += 2;
    const t = this.toks[k];
    if (!t) return true;
    if (t.k === 'text') return CONNECTORS.has(t.s.toLowerCase());
    return t.k === 'op' && [',', ';', ')', ']', '}', '\\}', '=', '<', '>', '<=', '>=', '!=', '&', '\\\\'].includes(t.v);
  }

  private hasClosingBar(): boolean {
    for (let k = this.pos + 1; k < this.toks.length; k++) {
      const t = this.toks[k] as Token;
      if (t.k === 'op' && t.v === '|') return true;
    }
    return false;
  }
}

/** x_1, a_{37}, F_{n-1}: an indexed name, evaluated as an uninterpreted function of the index. 204_5: a number in base 5. */
function subscript(base: Node, sub: Node): Node {
  if (base.t === 'num' && !base.float && sub.t === 'num') {
    const radix = Number(sub.v.valueOf());
    const digits = base.v.toFraction();
    if (Number.isInteger(radix) && radix >= 2 && radix <= 36 && [...digits].every((d) => parseInt(d, 36) < radix)) {
      return num(new Fraction(BigInt(parseBase(digits, radix))));
    }
    return { t: 'text', s: `${digits}_${sub.v.toFraction()}` };
  }
  if (base.t === 'sym') return sub.t === 'text' ? sym(`${base.name}_${sub.s}`) : { t: 'fn', name: `${base.name}_`, args: [sub] };
  return base;
}

function parseBase(digits: string, radix: number): bigint {
  let v = 0n;
  for (const d of digits) v = v * BigInt(radix) + BigInt(parseInt(d, 36));
  return v;
}

function describe(t: Token | undefined): string {
  if (!t) return 'end of answer';
  switch (t.k) {
    case 'num':
      return `number ${t.text}`;
    case 'id':
      return `"${t.name}"`;
    case 'cmd':
      return `\\${t.name}`;
    case 'op':
      return `"${t.v}"`;
    case 'text':
      return `text "${t.s}"`;
    default:
      return `\\${t.k}{${t.env}}`;
  }
}

/** Parses an answer string; throws ParseFailure when it is not a mathematical answer we can read. */
export function parseAnswer(text: string): Node {
  const toks = tokenize(text);
  if (toks.length === 0) throw new ParseFailure('empty answer');
  const node = new Parser(toks).parseAnswer();
  // "{}" (an empty \boxed{}, "\boxed{?}") is no answer; the empty set is written \{\} or \emptyset
  if (node.t === 'list' && node.items.length === 0) throw new ParseFailure('empty answer');
  if (mixesProse(node)) throw new ParseFailure('text mixed with mathematics');
  return node;
}

/** Words next to formulas ("Soucis : 2,74"): prose, not an answer. Lists of words or of values are fine. */
function mixesProse(n: Node): boolean {
  const items = n.t === 'list' || n.t === 'set' ? n.items : [n];
  return items.some((i) => i.t !== 'text' && containsText(i));
}

function containsText(n: Node): boolean {
  switch (n.t) {
    case 'text':
      return true;
    case 'add':
    case 'mul':
    case 'union':
    case 'fn':
      return n.args.some(containsText);
    case 'rel':
      return n.args.some(containsText);
    case 'pow':
      return containsText(n.base) || containsText(n.exp);
    case 'neg':
      return containsText(n.arg);
    case 'pm':
      return (n.left !== null && containsText(n.left)) || containsText(n.right);
    case 'ratio':
      return containsText(n.left) || containsText(n.right);
    case 'in':
      return containsText(n.elem) || containsText(n.set);
    case 'set':
    case 'tuple':
    case 'list':
      return n.items.some(containsText);
    case 'matrix':
      return n.rows.some((r) => r.some(containsText));
    default:
      return false;
  }
}
