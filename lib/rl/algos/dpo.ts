/**
 * Online (iterative) DPO on preference pairs built from verifier-judged samples: in each group of
 * numGenerations completions of one problem, the best-rewarded completions are chosen and the
 * worst-rewarded rejected (when the group's rewards differ), and every chosen completion is paired with
 * every rejected one (a group of G with one right answer gives G − 1 pairs, so the rare right answer
 * is used fully). The reference is the frozen policy at the start of the RL phase. Sequence
 * log-probs are sums over the completion's tokens (eos included), as TRL; losses/dpo.ts gives the loss
 * and the gradient per pair, which goes to every token of that completion.
 */
import { ConfigError } from '../../errors.js';
import { clipGradNorm } from '../../nn/optim/clip.js';
import type { Reward } from '../advantages.js';
import { dpoLoss } from '../losses/dpo.js';
import { backpropTokenGrads, logpRows, referenceLogp, selectRows } from './common.js';
import type { TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

/** [chosen, rejected] sample indices: per group, every max-reward sample against every min-reward one. */
export function preferencePairs(rewards: readonly Reward[], numGenerations: number): Array<[number, number]> {
  if (!Number.isInteger(numGenerations) || numGenerations < 1 || rewards.length % numGenerations !== 0) {
    throw new ConfigError(`preferencePairs: ${rewards.length} rewards are not whole groups of numGenerations = ${numGenerations}`);
  }
  const pairs: Array<[number, number]> = [];
  for (let g = 0; g < rewards.length; g += numGenerations) {
    const idx = Array.from({ length: numGenerations }, (_, j) => g + j).filter((i) => rewards[i] !== null && !Number.isNaN(rewards[i]));
    if (idx.length < 2) continue;
    const rs = idx.map((i) => rewards[i] as number);
    const hi = Math.max(...rs), lo = Math.min(...rs);
    if (hi === lo) continue;
    const chosen = idx.filter((i) => rewards[i] === hi);
    const rejected = idx.filter((i) => rewards[i] === lo);
    for (const c of chosen) for (const l of rejected) pairs.push([c, l]);
  }
  return pairs;
}

export function dpoUpdate(ctx: UpdateContext, batch: TokenizedBatch): UpdateStats {
  const cfg = ctx.config;
  if (!ctx.reference) throw new ConfigError('dpo needs a reference model; the trainer creates one when algo is dpo');
  const pairs = preferencePairs(batch.rollout.rewards, cfg.numGenerations);
  if (pairs.length === 0) return { loss: 0, pairs: 0 };
  // the completions in some pair, each once
  const used = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const at = new Map(used.map((s, k) => [s, k]));
  const seqs = selectRows(batch.sequences, used);
  const lens = selectRows(batch.promptLengths, used);
  const ref = referenceLogp(ctx.reference, seqs, lens).map((row) => row.reduce((a, b) => a + b, 0));
  const beta = cfg.beta ?? 0.1;
  let out: UpdateStats = { loss: 0 };
  for (let it = 0; it < (cfg.numIterations ?? 1); it++) {
    ctx.optimizer.zeroGrad();
    const lp = ctx.model.sequenceLogprobs(seqs, lens);
    const { logp, mask } = logpRows(lp);
    const seqLogp = logp.map((row, k) => row.reduce((a, x, j) => a + x * mask[k]![j]!, 0));
    const r = dpoLoss(
      {
        policyChosenLogp: pairs.map(([c]) => seqLogp[at.get(c)!]!),
        policyRejectedLogp: pairs.map(([, l]) => seqLogp[at.get(l)!]!),
        refChosenLogp: pairs.map(([c]) => ref[at.get(c)!]!),
        refRejectedLogp: pairs.map(([, l]) => ref[at.get(l)!]!),
      },
      { beta, lossType: cfg.dpoLossType ?? 'sigmoid' },
    );
    const perSeq = new Array<number>(used.length).fill(0);
    pairs.forEach(([c, l], p) => {
      perSeq[at.get(c)!]! += r.gradChosen[p]!;
      perSeq[at.get(l)!]! += r.gradRejected[p]!;
    });
    backpropTokenGrads(lp.logp, mask.map((row, k) => row.map((m) => m * perSeq[k]!)));
    const gradNorm = clipGradNorm(ctx.optimizer.params, cfg.maxGradNorm);
    ctx.optimizer.step();
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    out = {
      loss: r.loss,
      pairs: pairs.length,
      rewardAccuracy: r.rewardAccuracy,
      chosenReward: mean(r.chosenRewards),
      rejectedReward: mean(r.rejectedRewards),
      margin: mean(r.chosenRewards.map((c, k) => c - r.rejectedRewards[k]!)),
      gradNorm,
    };
  }
  return out;
}
