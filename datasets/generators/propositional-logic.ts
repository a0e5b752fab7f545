/**
 * `propositional_logic`: is a formula over p, q, r a tautology, a contradiction or contingent? The
 * target class is drawn first (uniformly) and formulas are redrawn until they have it, so the three
 * answers are balanced. Binary subformulas are fully parenthesised.
 *
 * | difficulty | variables | connectives              |
 * |------------|-----------|--------------------------|
 * | 1          | p, q      | 1..2 of ¬ ∧ ∨            |
 * | 2          | p, q      | 2..3 of ¬ ∧ ∨ →          |
 * | 3          | p, q, r   | 3..5 of ¬ ∧ ∨ → ↔        |
 * | 4          | p, q, r   | 5..8 of ¬ ∧ ∨ → ↔        |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict as Judgement } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';

const NAME = 'propositional_logic';

export type Verdict = 'tautology' | 'contradiction' | 'contingent';
type Bin = '∧' | '∨' | '→' | '↔';
type F = { t: 'var'; name: string } | { t: 'not'; arg: F } | { t: 'bin'; op: Bin; l: F; r: F };

const LEVELS: readonly { vars: string[]; min: number; max: number; ops: Bin[] }[] = [
  { vars: ['p', 'q'], min: 1, max: 2, ops: ['∧', '∨'] },
  { vars: ['p', 'q'], min: 2, max: 3, ops: ['∧', '∨', '→'] },
  { vars: ['p', 'q', 'r'], min: 3, max: 5, ops: ['∧', '∨', '→', '↔'] },
  { vars: ['p', 'q', 'r'], min: 5, max: 8, ops: ['∧', '∨', '→', '↔'] },
];

/** A random formula with exactly `n` connectives. */
function grow(rng: Rng, n: number, vars: readonly string[], ops: readonly Bin[]): F {
  if (n === 0) return { t: 'var', name: rng.choice(vars) };
  if (rng.bernoulli(0.3)) {
    const arg = grow(rng, n - 1, vars, ops);
    return arg.t === 'not' ? { t: 'not', arg: grow(rng, 0, vars, ops) } : { t: 'not', arg };
  }
  const k = rng.integer(0, n - 1);
  return { t: 'bin', op: rng.choice(ops), l: grow(rng, k, vars, ops), r: grow(rng, n - 1 - k, vars, ops) };
}

function show(f: F, top = true): string {
  if (f.t === 'var') return f.name;
  if (f.t === 'not') return `¬${show(f.arg, false)}`;
  const s = `${show(f.l, false)} ${f.op} ${show(f.r, false)}`;
  return top ? s : `(${s})`;
}

function evaluate(f: F, env: Readonly<Record<string, boolean>>): boolean {
  if (f.t === 'var') return env[f.name] as boolean;
  if (f.t === 'not') return !evaluate(f.arg, env);
  const [a, b] = [evaluate(f.l, env), evaluate(f.r, env)];
  return f.op === '∧' ? a && b : f.op === '∨' ? a || b : f.op === '→' ? !a || b : a === b;
}

function classify(f: F, vars: readonly string[]): Verdict {
  let trues = 0;
  const rows = 1 << vars.length;
  for (let m = 0; m < rows; m++) if (evaluate(f, Object.fromEntries(vars.map((v, i) => [v, (m & (1 << i)) !== 0])))) trues++;
  return trues === rows ? 'tautology' : trues === 0 ? 'contradiction' : 'contingent';
}

const MAX_DRAWS = 5000;

function draw(rng: Rng, difficulty: number): { formula: F; verdict: Verdict; vars: string[] } {
  const level = LEVELS[difficulty - 1] as (typeof LEVELS)[number];
  const target = rng.choice<Verdict>(['tautology', 'contradiction', 'contingent']);
  for (let i = 0; i < MAX_DRAWS; i++) {
    const f = grow(rng, rng.integer(level.min, level.max), level.vars, level.ops);
    if (classify(f, level.vars) === target) return { formula: f, verdict: target, vars: level.vars };
  }
  // fallback (rare): A ∨ ¬A or A ∧ ¬A around a random A; contingent formulas are always found above
  const a = grow(rng, Math.max(0, level.min - 2), level.vars, level.ops);
  const formula: F = { t: 'bin', op: target === 'tautology' ? '∨' : '∧', l: a, r: { t: 'not', arg: a } };
  return { formula, verdict: classify(formula, level.vars), vars: level.vars };
}

/** Lowercase letters only, from the last \boxed{} or \text{} if any. */
function normalize(text: string): string {
  const boxed = /\\boxed\{(?:\\text\{)?([^{}]*)\}?\}/.exec(text);
  return (boxed ? (boxed[1] as string) : text).toLowerCase().replace(/\\text/g, '').replace(/[^a-z]/g, '');
}

export const propositionalLogic: TaskGenerator = {
  name: NAME,
  envName: 'PropositionalLogic',
  description: 'Classify a propositional formula over p, q, r as a tautology, a contradiction or contingent.',
  levels: LEVELS.map((l) => `variables ${l.vars.join(', ')}; ${l.min}-${l.max} connectives from ¬ ${l.ops.join(' ')}`),
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { formula, verdict, vars } = draw(rng, difficulty);
    const text = show(formula);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Consider the propositional formula ${text} over the variables ${vars.join(', ')} (¬ not, ∧ and, ∨ or, → implies, ↔ if and only if). Is it a tautology (true under every assignment), a contradiction (false under every assignment), or contingent (neither)? Answer with one word: tautology, contradiction or contingent.`,
      answer: verdict,
      source: NAME,
      metadata: { family: NAME, difficulty, index, formula: text, variables: vars },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Judgement {
    if (typeof answer !== 'string') return familyVerdict(entry, undefined, false);
    const read = normalize(answer);
    return familyVerdict(entry, read === '' ? undefined : read, read === entry.answer);
  },
};
