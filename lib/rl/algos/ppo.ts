/**
 * PPO with a value head (TRL PPOTrainer / verl's critic, sharing the policy's trunk):
 *   1. token-level rewards: 0 on every completion token but the last, which gets the verifier's reward;
 *   2. V_old per token from the value head at rollout time; GAE(gamma, lambda) per completion gives
 *      advantages and returns; advantages are whitened over the batch (TRL `whiten`);
 *   3. num_iterations epochs over the batch in numMinibatches shuffled minibatches, each a step on the
 *      clipped surrogate against the rollout's log-probs plus vfCoef times the clipped value loss
 *      (losses/ppo.ts), plus beta times the KL to the reference when beta > 0; with targetKl, the
 *      epochs stop early once the policy has moved that far (SB3).
 * By default the value loss trains the value head only (valueGradToTrunk false): the trunk is the policy's.
 * A completion whose reward is missing (judge failure) is masked out of every term.
 */
import { Rng } from '../../core/rng.js';
import { clipGradNorm } from '../../nn/optim/clip.js';
import { noGrad } from '../../nn/tensor.js';
import { ConfigError } from '../../errors.js';
import { gae, whiten } from '../advantages.js';
import { ppoLoss } from '../losses/ppo.js';
import { addRows, backpropTokenGrads, klPenalty, logpRows, padRows, referenceLogp, selectRows, toRows } from './common.js';
import type { TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

export function ppoUpdate(ctx: UpdateContext, batch: TokenizedBatch): UpdateStats {
  const cfg = ctx.config;
  const head = ctx.valueHead;
  if (!head) throw new ConfigError('ppo needs a value head; the trainer creates one when algo is ppo');
  const n = batch.sequences.length;
  const rewards = batch.rollout.rewards;

  // rollout-time values and the per-token layout
  const old = noGrad(() => {
    const lp = ctx.model.sequenceLogprobs(batch.sequences, batch.promptLengths);
    const lc = lp.logp.shape[1]!;
    const values = head.values(lp.hidden, lp.positions, [n, lc]);
    return { lc, mask: toRows(lp.mask, n, lc), values: toRows(values.data, n, lc), lengths: lp.lengths };
  });
  const { lc } = old;
  const mask = old.mask.map((row, i) => (rewards[i] === null ? row.map(() => 0) : row));
  const oldLogp = padRows(batch.oldLogp, lc);

  // GAE per completion, reward on the last token
  const advantages: number[][] = [];
  const returns: number[][] = [];
  for (let i = 0; i < n; i++) {
    const len = old.lengths[i]!;
    const r = new Array<number>(len).fill(0);
    if (len > 0) r[len - 1] = rewards[i] ?? 0;
    const g = gae({ rewards: r, values: old.values[i]!.slice(0, len), dones: r.map((_, t) => t === len - 1) }, { gamma: cfg.gamma ?? 1, lambda: cfg.lambda ?? 0.95 });
    advantages.push([...g.advantages, ...new Array<number>(lc - len).fill(0)]);
    returns.push([...g.returns, ...new Array<number>(lc - len).fill(0)]);
  }
  const flatMask = mask.flat();
  const white = flatMask.reduce((a, b) => a + b, 0) > 1 ? whiten(advantages.flat(), { mask: flatMask }) : advantages.flat();
  const adv = toRows(white, n, lc);

  const beta = cfg.beta ?? 0;
  const refLogp = beta > 0 && ctx.reference ? referenceLogp(ctx.reference, batch.sequences, batch.promptLengths) : undefined;
  const epochs = cfg.numIterations ?? 4;
  const minibatches = Math.min(cfg.numMinibatches ?? 2, n);
  const rng = Rng.fromSeed(cfg.seed * 7_919 + ctx.update);
  const sums = { loss: 0, policyLoss: 0, valueLoss: 0, clipFraction: 0, valueClipFraction: 0, approxKl: 0, kl: 0, gradNorm: 0 };
  let steps = 0;
  let epochsRun = 0;
  for (let e = 0; e < epochs; e++) {
    let epochKl = 0;
    let epochTokens = 0;
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.integer(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let m = 0; m < minibatches; m++) {
      const idx = order.slice(Math.floor((m * n) / minibatches), Math.floor(((m + 1) * n) / minibatches)).sort((a, b) => a - b);
      ctx.optimizer.zeroGrad();
      const lp = ctx.model.sequenceLogprobs(selectRows(batch.sequences, idx), selectRows(batch.promptLengths, idx));
      const rows = logpRows(lp);
      const w = rows.lc;
      const cut = (x: number[][]): number[][] => padRows(selectRows(x, idx), w);
      const mbMask = cut(mask);
      const values = head.values(cfg.valueGradToTrunk ? lp.hidden : lp.hidden.detach(), lp.positions, [idx.length, w]);
      const r = ppoLoss(
        { logp: rows.logp, oldLogp: cut(oldLogp), advantages: cut(adv), mask: mbMask, values: toRows(values.data, idx.length, w), oldValues: cut(old.values), returns: cut(returns) },
        { epsilon: cfg.epsilon, epsilonHigh: cfg.epsilonHigh, cliprangeValue: cfg.cliprangeValue ?? 0.2, vfCoef: cfg.vfCoef ?? 0.1, lossType: 'token-mean' },
      );
      let grad = r.grad;
      let kl = 0;
      if (refLogp) {
        const k = klPenalty(rows.logp, cut(refLogp), mbMask, beta, cfg.klEstimator ?? 'k3', 'token-mean', cfg.maxNewTokens);
        grad = addRows(grad, k.grad);
        kl = k.kl;
      }
      // SB3's approx_kl, k3 of log(π_θ/π_old) (>= 0), for the targetKl stop
      const oldRows = cut(oldLogp);
      rows.logp.forEach((row, i) => row.forEach((lpv, t) => {
        if (mbMask[i]![t] === 0) return;
        const d = lpv - oldRows[i]![t]!;
        epochKl += Math.exp(d) - 1 - d;
        epochTokens++;
      }));
      backpropTokenGrads(lp.logp, grad, values, r.gradValues);
      sums.gradNorm += clipGradNorm(ctx.optimizer.params, cfg.maxGradNorm);
      ctx.optimizer.step();
      sums.loss += r.loss + beta * kl;
      sums.policyLoss += r.policyLoss;
      sums.valueLoss += r.valueLoss;
      sums.clipFraction += r.stats.clipFraction;
      sums.valueClipFraction += r.stats.valueClipFraction;
      sums.approxKl += r.stats.approxKl;
      sums.kl += kl;
      steps++;
    }
    epochsRun++;
    // SB3's target_kl: the policy has moved far enough from the rollout policy for this batch
    if (cfg.targetKl !== undefined && epochKl / Math.max(1, epochTokens) > 1.5 * cfg.targetKl) break;
  }
  const mean = (x: number): number => x / Math.max(1, steps);
  const { kl, ...rest } = sums;
  const out: Record<string, number> = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, mean(v)]));
  if (refLogp) out.kl = mean(kl);
  out.optimizerSteps = steps;
  out.epochs = epochsRun;
  // V_old against its target over the completion tokens: how well the value head tracks the return
  let vs = 0, rs = 0, cnt = 0;
  mask.forEach((row, i) => row.forEach((m, t) => {
    if (m === 0) return;
    vs += old.values[i]![t]!;
    rs += returns[i]![t]!;
    cnt++;
  }));
  out.valueMean = vs / Math.max(1, cnt);
  out.returnMean = rs / Math.max(1, cnt);
  return out as UpdateStats;
}
