/**
 * GRPO, RLOO and REINFORCE updates: one rollout batch, outcome rewards turned into per-sequence
 * advantages, the algorithm's loss gradient w.r.t. each token's log-prob pushed into the model, plus
 * the KL penalty to the frozen reference when beta > 0. GRPO may take num_iterations steps on one
 * batch (TRL `num_iterations`): the clipped ratio against the rollout's log-probs keeps them close.
 */
import { clipGradNorm } from '../../nn/optim/clip.js';
import { groupAdvantages, reinforceAdvantages } from '../advantages.js';
import { grpoLoss } from '../losses/grpo.js';
import { reinforceLoss } from '../losses/reinforce.js';
import { rlooLoss } from '../losses/rloo.js';
import type { LossType } from '../losses/aggregate.js';
import { addRows, backpropTokenGrads, klPenalty, logpRows, padRows, referenceLogp } from './common.js';
import type { TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

type PgAlgo = 'grpo' | 'rloo' | 'reinforce';

function lossOf(algo: PgAlgo, ctx: UpdateContext, batch: TokenizedBatch, logp: number[][], oldLogp: number[][], mask: number[][]): { loss: number; grad: number[][]; clipFraction: number; aggregation: LossType } {
  const cfg = ctx.config;
  const rewards = batch.rollout.rewards;
  if (algo === 'grpo') {
    const adv = groupAdvantages(rewards, { numGenerations: cfg.numGenerations, scaleRewards: cfg.scaleRewards });
    const r = grpoLoss({ logp, oldLogp, advantages: adv.advantages, mask }, { epsilon: cfg.epsilon, epsilonHigh: cfg.epsilonHigh, lossType: cfg.lossType, maxCompletionLength: cfg.maxNewTokens });
    return { loss: r.loss, grad: r.grad, clipFraction: r.stats.lowClipFraction + r.stats.highClipFraction, aggregation: cfg.lossType };
  }
  if (algo === 'rloo') {
    const r = rlooLoss({ logp, rewards, mask }, { numGenerations: cfg.numGenerations });
    return { loss: r.loss, grad: r.grad, clipFraction: 0, aggregation: 'seq-mean-token-sum' };
  }
  const r = reinforceLoss({ logp, advantages: reinforceAdvantages(rewards, { baseline: true, numGenerations: cfg.numGenerations }), mask });
  return { loss: r.loss, grad: r.grad, clipFraction: 0, aggregation: 'seq-mean-token-sum' };
}

export function policyGradientUpdate(algo: PgAlgo): (ctx: UpdateContext, batch: TokenizedBatch) => UpdateStats {
  return (ctx, batch) => {
    const cfg = ctx.config;
    const beta = cfg.beta ?? 0;
    const iterations = algo === 'grpo' ? (cfg.numIterations ?? 1) : 1;
    let refLogp: number[][] | undefined;
    let stats: Record<string, number> = { loss: 0 };
    for (let it = 0; it < iterations; it++) {
      ctx.optimizer.zeroGrad();
      const lp = ctx.model.sequenceLogprobs(batch.sequences, batch.promptLengths);
      const { logp, mask, lc } = logpRows(lp);
      const r = lossOf(algo, ctx, batch, logp, padRows(batch.oldLogp, lc), mask);
      let grad = r.grad;
      let kl = Number.NaN;
      if (beta > 0 && ctx.reference) {
        refLogp ??= referenceLogp(ctx.reference, batch.sequences, batch.promptLengths);
        const k = klPenalty(logp, refLogp, mask, beta, cfg.klEstimator ?? 'k3', r.aggregation, cfg.maxNewTokens);
        grad = addRows(grad, k.grad);
        kl = k.kl;
      }
      backpropTokenGrads(lp.logp, grad);
      const gradNorm = clipGradNorm(ctx.optimizer.params, cfg.maxGradNorm);
      ctx.optimizer.step();
      stats = { loss: r.loss + (Number.isNaN(kl) ? 0 : beta * kl), clipFraction: r.clipFraction, gradNorm, ...(Number.isNaN(kl) ? {} : { kl }) };
    }
    return stats as UpdateStats;
  };
}
