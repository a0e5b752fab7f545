/** Statistics of a parsed Metamath database (what `mathgym mm stats` prints). Pure: reads only the Database. */
import type { Database, Statement } from './types.js';

export interface DatabaseStats {
  /** Source files: the root file, then those brought in by `$[ $]`, in inclusion order. */
  readonly files: readonly string[];
  /** Files brought in by `$[ $]` (files.length - 1). */
  readonly includedFiles: number;
  /** Math symbols declared with $c. */
  readonly constants: number;
  /** Distinct variable symbols declared with $v (a name redeclared in another block counts once). */
  readonly variables: number;
  /** Labeled statements ($f + $e + $a + $p). */
  readonly statements: number;
  readonly floating: number;
  readonly essential: number;
  /** All $a statements = syntaxAxioms + logicalAxioms. */
  readonly axioms: number;
  /** $a whose typecode is not `|-` (syntax constructors: `wff ...`, `class ...`, `term ...`). */
  readonly syntaxAxioms: number;
  /** $a whose typecode is `|-` (axioms, definitions, inference rules). */
  readonly logicalAxioms: number;
  /** $p statements. */
  readonly theorems: number;
  /** Mandatory $d pairs summed over the frames of all $a and $p statements. */
  readonly dvPairs: number;
  readonly proofs: {
    readonly normal: number;
    readonly compressed: number;
    /** Proofs with at least one `?` step (in either format). */
    readonly incomplete: number;
    /**
     * Proof steps: a normal proof's label count; a compressed proof's encoded step count (one per
     * number in the letter string, plus each `?`), so a reuse of a `Z`-saved subproof counts as one
     * step and `Z` markers count as none.
     */
    readonly totalSteps: number;
    readonly meanSteps: number;
    readonly maxSteps: number;
    /** Label of the (first) proof with maxSteps steps; null without proofs. */
    readonly maxStepsLabel: string | null;
  };
}

/** Steps of a $p statement's proof (see DatabaseStats.proofs.totalSteps); -1 when not a $p. Second: contains `?`. */
export function proofSteps(s: Statement): [steps: number, incomplete: boolean] {
  const p = s.proof;
  if (!p) return [-1, false];
  if (p.kind === 'normal') return [p.steps.length, p.steps.includes('?')];
  let n = 0;
  let unknown = p.labels.includes('?');
  const letters = p.letters;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c >= 65 && c <= 84) n++; // A-T ends a number
    else if (c === 63) {
      n++;
      unknown = true;
    }
  }
  return [n, unknown];
}

export function databaseStats(db: Database): DatabaseStats {
  let variables = 0;
  for (let id = 0; id < db.symbols.length; id++) if (db.isVariable[id]) variables++;
  const turnstile = db.symbolIds.get('|-');
  let floating = 0;
  let essential = 0;
  let syntaxAxioms = 0;
  let logicalAxioms = 0;
  let theorems = 0;
  let dvPairs = 0;
  let normal = 0;
  let compressed = 0;
  let incomplete = 0;
  let totalSteps = 0;
  let maxSteps = 0;
  let maxStepsLabel: string | null = null;
  for (const s of db.statements) {
    switch (s.kind) {
      case 'f':
        floating++;
        continue;
      case 'e':
        essential++;
        continue;
      case 'a':
        if (s.expr[0] === turnstile) logicalAxioms++;
        else syntaxAxioms++;
        break;
      case 'p': {
        theorems++;
        if (s.proof?.kind === 'compressed') compressed++;
        else normal++;
        const [steps, unknown] = proofSteps(s);
        if (unknown) incomplete++;
        totalSteps += steps;
        if (maxStepsLabel === null || steps > maxSteps) {
          maxSteps = steps;
          maxStepsLabel = s.label;
        }
        break;
      }
    }
    dvPairs += (s.frame?.dv.length ?? 0) / 2;
  }
  return {
    files: [...db.files],
    includedFiles: db.files.length - 1,
    constants: db.symbols.length - variables,
    variables,
    statements: db.statements.length,
    floating,
    essential,
    axioms: syntaxAxioms + logicalAxioms,
    syntaxAxioms,
    logicalAxioms,
    theorems,
    dvPairs,
    proofs: { normal, compressed, incomplete, totalSteps, meanSteps: theorems ? totalSteps / theorems : 0, maxSteps, maxStepsLabel },
  };
}
