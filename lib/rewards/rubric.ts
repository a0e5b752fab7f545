/**
 * `rubric`: a weighted sum of reward functions, like verifiers' Rubric: reward = Σ weight·score,
 * `components[name]` = each function's unweighted score (weight-0 functions are logged, not rewarded).
 *
 * Failures are never silent: a component whose verifier failed, that threw, or that returned a
 * non-finite reward scores 0 and its error is listed in `details.errors[name]`. The rubric's own
 * `error` is the first such error among components with a non-zero weight: those make the total
 * untrustworthy, while a failing weight-0 metric does not change the reward.
 */
import { ConfigError } from '../errors.js';
import type { Verdict, VerifyError } from '../verify/types.js';
import type { RewardFn, RewardInput, RewardOutput } from './types.js';

export interface RubricItem {
  readonly name: string;
  readonly fn: RewardFn;
  /** Default 1; 0 = logged only. */
  readonly weight?: number;
}

async function runComponent(item: RubricItem, input: RewardInput): Promise<RewardOutput> {
  try {
    const out = await item.fn(input);
    if (typeof out?.reward !== 'number' || !Number.isFinite(out.reward)) {
      return { ...out, reward: 0, error: { code: 'INTERNAL', message: `reward "${item.name}" returned a non-finite reward ${String(out?.reward)}` } };
    }
    return out;
  } catch (e) {
    return { reward: 0, error: { code: 'INTERNAL', message: `reward "${item.name}" threw: ${(e as Error)?.message ?? String(e)}` } };
  }
}

export function rubric(items: readonly RubricItem[]): RewardFn {
  if (!Array.isArray(items) || items.length === 0) throw new ConfigError('rubric: pass a non-empty array of {name, fn, weight}');
  const seen = new Set<string>();
  const parts = items.map((it, i) => {
    if (typeof it?.name !== 'string' || it.name === '') throw new ConfigError(`rubric: item ${i} needs a non-empty name`);
    if (seen.has(it.name)) throw new ConfigError(`rubric: duplicate component name ${JSON.stringify(it.name)}; names key the components`);
    seen.add(it.name);
    if (typeof it.fn !== 'function') throw new ConfigError(`rubric: component ${JSON.stringify(it.name)} needs fn, a reward function`);
    const weight = it.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new ConfigError(`rubric: weight of ${JSON.stringify(it.name)} must be a finite number, got ${String(weight)}`);
    return { name: it.name, fn: it.fn, weight };
  });

  return async (input): Promise<RewardOutput> => {
    const outs = await Promise.all(parts.map((p) => runComponent(p, input)));
    let reward = 0;
    let error: VerifyError | undefined;
    let verdict: Verdict | undefined;
    const components: Record<string, number> = {};
    const errors: Record<string, VerifyError> = {};
    const byComponent: Record<string, Readonly<Record<string, unknown>>> = {};
    parts.forEach((p, i) => {
      const out = outs[i] as RewardOutput;
      components[p.name] = out.reward;
      reward += p.weight * out.reward;
      verdict ??= out.verdict;
      if (out.details) byComponent[p.name] = out.details;
      if (out.error) {
        errors[p.name] = out.error;
        if (p.weight !== 0) error ??= out.error;
      }
    });
    const details: Record<string, unknown> = { weights: Object.fromEntries(parts.map((p) => [p.name, p.weight])) };
    if (Object.keys(errors).length > 0) details.errors = errors;
    if (Object.keys(byComponent).length > 0) details.byComponent = byComponent;
    return { reward, components, details, ...(verdict ? { verdict } : {}), ...(error ? { error } : {}) };
  };
}
