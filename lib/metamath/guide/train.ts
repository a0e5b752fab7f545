/**
 * Training the guide: imitation of the stored proofs of the training theorems, then rounds of
 * expert iteration: the guided search runs on every training theorem, the steps of the proofs it
 * finds become examples (the latest proof per theorem), and the model is retrained from scratch on
 * imitation + search examples. Deterministic for a seed: searches are bounded by expansions, with a
 * wall-clock limit only as a safety net.
 */
import { prove } from '../prover.js';
import type { Database, Statement } from '../types.js';
import type { GuideCheckpoint } from './checkpoint.js';
import { actionExamples, proofExamples } from './imitation.js';
import { DEFAULT_SEARCH_WEIGHTS, LearnedGuide, type SearchWeights } from './learned-guide.js';
import { GuideModel, type GuideExample } from './model.js';
import { labelFeatures } from './split.js';

export interface GuideTrainOptions {
  readonly db: Database;
  readonly train: readonly Statement[];
  readonly seed?: number;
  /** Passes over the examples per fit (default 8). */
  readonly epochs?: number;
  /** Expert-iteration rounds after imitation (default 1). */
  readonly rounds?: number;
  /** Expert iteration searches the first N training theorems (default all; imitation always uses all). */
  readonly searchCount?: number;
  /** Expansions per training theorem in expert iteration (default 300). */
  readonly budget?: number;
  /** Safety-net wall-clock limit per search, ms (default 60,000). */
  readonly timeoutMs?: number;
  readonly search?: SearchWeights;
  /** Called per theorem (phase 'imitation' or 'round N') and per fit. */
  readonly onProgress?: (event: { readonly phase: string; readonly label?: string; readonly proved?: boolean; readonly loss?: number }) => void;
}

export interface GuideRoundStats {
  readonly round: number;
  readonly attempted: number;
  readonly proved: number;
  readonly searchExamples: number;
  readonly loss: number;
  readonly seconds: number;
}

export interface GuideTrainResult {
  readonly checkpoint: GuideCheckpoint;
  readonly imitationExamples: number;
  readonly imitationLoss: number;
  readonly rounds: readonly GuideRoundStats[];
  readonly seconds: number;
}

export function trainGuide(opts: GuideTrainOptions): GuideTrainResult {
  const t0 = performance.now();
  const { db, train } = opts;
  const seed = opts.seed ?? 0;
  const epochs = opts.epochs ?? 8;
  const budget = opts.budget ?? 300;
  const search = opts.search ?? DEFAULT_SEARCH_WEIGHTS;
  const progress = opts.onProgress ?? (() => undefined);
  const imitation: GuideExample[] = [];
  for (const s of train) {
    imitation.push(...proofExamples(db, s, labelFeatures));
    progress({ phase: 'imitation', label: s.label });
  }
  const fit = (examples: readonly GuideExample[], round: number): { model: GuideModel; loss: number } => {
    const model = new GuideModel();
    const loss = model.train(examples, { epochs, seed: seed + round });
    progress({ phase: round === 0 ? 'imitation fit' : `round ${round} fit`, loss });
    return { model, loss };
  };
  let { model, loss: imitationLoss } = fit(imitation, 0);
  const found = new Map<string, GuideExample[]>();
  const rounds: GuideRoundStats[] = [];
  for (let r = 1; r <= (opts.rounds ?? 1); r++) {
    const t1 = performance.now();
    const guide = new LearnedGuide(model, labelFeatures, search);
    let proved = 0;
    const searched = train.slice(0, opts.searchCount ?? train.length);
    for (const s of searched) {
      const res = prove(db, s, { maxExpansions: budget, timeoutMs: opts.timeoutMs ?? 60_000, guide });
      if (res.proved) {
        proved++;
        found.set(s.label, actionExamples(db, s, res.actions, labelFeatures));
      }
      progress({ phase: `round ${r}`, label: s.label, proved: res.proved });
    }
    const searchExamples = [...found.values()].flat();
    const next = fit([...imitation, ...searchExamples], r);
    model = next.model;
    rounds.push({ round: r, attempted: searched.length, proved, searchExamples: searchExamples.length, loss: next.loss, seconds: (performance.now() - t1) / 1000 });
  }
  const meta = {
    seed,
    epochs,
    rounds: rounds.length,
    budget,
    searchCount: opts.searchCount ?? train.length,
    trainFirst: train[0]?.label,
    trainLast: train[train.length - 1]?.label,
    imitationExamples: imitation.length,
    searchExamples: rounds.length ? rounds[rounds.length - 1].searchExamples : 0,
  };
  return { checkpoint: { model, search, trainLabels: train.map((s) => s.label), meta }, imitationExamples: imitation.length, imitationLoss, rounds, seconds: (performance.now() - t0) / 1000 };
}
