/**
 * Candidate features for an action-ranking policy on `mathgym/MetamathProof-v0` (made with
 * `candidatesInInfo: true`): one row per entry of `info.candidates` (labels that unify with the
 * current goal). A label is hashed into LABEL_BUCKETS one-hot slots, and the pair (label, the goal's
 * main connective) into PAIR_BUCKETS more, so the ranker learns which assertions to use for which
 * kind of goal; two flags mark hypotheses and labels already used in the episode's goals so far.
 * Everything comes from the step's info, never from the theorem's stored proof.
 */
import type { Info } from '../core/env.js';
import { fnv1a } from '../core/split.js';
import type { CandidateFeaturizer } from './ranker-trainer.js';

const LABEL_BUCKETS = 48;
const PAIR_BUCKETS = 32;
/** Features per candidate: label buckets, (label, connective) buckets, is-hypothesis, bias. */
export const METAMATH_FEATURES = LABEL_BUCKETS + PAIR_BUCKETS + 2;

/** The goal's main connective: the first token after the typecode and any opening parenthesis. */
function connective(expr: string): string {
  const tokens = expr.split(/\s+/).slice(1);
  return tokens.find((t) => t !== '(') ?? '';
}

function candidateLabels(info: Info): string[] {
  const c = info.candidates;
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

export const metamathFeaturizer: CandidateFeaturizer = {
  size: METAMATH_FEATURES,
  features(info: Info): number[][] {
    const goals = Array.isArray(info.goals) ? (info.goals as { kind?: string; expr?: string }[]) : [];
    const goal = goals.find((g) => g.kind === 'essential')?.expr ?? '';
    const main = connective(goal);
    const theorem = String(info.theorem ?? '');
    return candidateLabels(info).map((label) => {
      const row = new Array<number>(METAMATH_FEATURES).fill(0);
      row[fnv1a(label) % LABEL_BUCKETS] = 1;
      row[LABEL_BUCKETS + (fnv1a(`${label} ${main}`) % PAIR_BUCKETS)] = 1;
      // a hypothesis of the target (`theorem.1`) closes its goal outright
      row[LABEL_BUCKETS + PAIR_BUCKETS] = Number(label.startsWith(`${theorem}.`));
      row[LABEL_BUCKETS + PAIR_BUCKETS + 1] = 1;
      return row;
    });
  },
  action: (info: Info, index: number): string => candidateLabels(info)[index] ?? '',
};
