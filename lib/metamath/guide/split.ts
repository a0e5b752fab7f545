/**
 * Problem-disjoint split of a database's theorems for the learned guide, by position: the
 * evaluation (test) theorems are a given list; the training theorems are the $p statements after
 * the last of them, so no test theorem is trained on, and a test theorem's search may use only
 * what precedes it (as the baseline's does). Lemma labels are never features: only $a statements
 * (axioms, definitions, inference rules, which are not problems) are, so no weight is tied to a
 * test theorem even though train proofs cite test theorems as lemmas.
 */
import { ConfigError } from '../../errors.js';
import type { Database, Statement } from '../types.js';

export interface ProverSplit {
  readonly test: readonly Statement[];
  readonly train: readonly Statement[];
}

/** Which labels may be features: $a statements only (see the module comment). */
export function labelFeatures(stmt: Statement): boolean {
  return stmt.kind === 'a';
}

/** Train = the first `trainCount` (default all) $p statements after the last test theorem. */
export function positionSplit(db: Database, test: readonly Statement[], trainCount = Infinity): ProverSplit {
  if (test.length === 0) throw new ConfigError('the evaluation set is empty; choose test theorems with a selector such as "section:Propositional calculus@200".');
  const last = Math.max(...test.map((s) => s.index));
  const train = db.statements.filter((s) => s.kind === 'p' && s.index > last).slice(0, trainCount);
  if (train.length === 0) throw new ConfigError(`no $p statement follows the last evaluation theorem (${db.statements[last].label}); choose an earlier evaluation set so theorems remain to train on.`);
  return { test, train };
}

/** Throws ConfigError when an evaluation theorem was trained on (a checkpoint evaluated on its own training set). */
export function assertDisjoint(test: readonly Statement[], trainLabels: Iterable<string>, where: string): void {
  const trained = new Set(trainLabels);
  const both = test.filter((s) => trained.has(s.label));
  if (both.length > 0) {
    throw new ConfigError(`${where} was trained on ${both.length} of the evaluation theorems (${both.slice(0, 5).map((s) => s.label).join(', ')}${both.length > 5 ? ', ...' : ''}); evaluate on theorems before its training set, or retrain with that set held out.`);
  }
}
