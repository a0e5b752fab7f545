// One evaluation API for every policy kind: fixed problems (seedBase) or an autoreset stream, single-
// and multi-step episodes, a text policy seeded per call.
import { expect } from 'chai';
import { Env, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { Discrete } from '../../lib/core/spaces/discrete.js';
import { registry } from '../../lib/core/registry.js';
import { makeVec } from '../../lib/core/vector/make-vec.js';
import { ConfigError } from '../../lib/errors.js';
import type { Generation, SampleOptions, TextPolicy } from '../../lib/nn/text-policy.js';
import { evaluate } from '../../lib/rl/evaluate.js';
import { SHIFT_ENV_ID } from './algos-fixture.js';

/** Episodes of (seed mod 3) + 1 steps, reward 1 per step: the return and length name the seed. */
class StepsEnv extends Env<number, number> {
  readonly observationSpace = new Discrete(4);
  readonly actionSpace = new Discrete(2);
  private left = 0;
  protected resetEpisode(): ResetResult<number> {
    this.left = ((this.npRandomSeed ?? 0) % 3) + 1;
    return { observation: this.left, info: {} };
  }
  protected async stepEpisode(): Promise<StepResult<number>> {
    this.left--;
    return { observation: this.left, reward: 1, terminated: this.left === 0, truncated: false, info: {} };
  }
}
const STEPS_ID = 'spec/Steps-v0';
if (!registry.has(STEPS_ID)) registry.register({ id: STEPS_ID, factory: () => new StepsEnv() });

/** Answers (d + 3) mod 10 when `right`, else 0; records the sampling seeds it was called with. */
function scripted(right: boolean, seeds: number[]): TextPolicy {
  return {
    generate: async (prompts: readonly string[], opts: SampleOptions): Promise<Generation[]> => {
      seeds.push(opts.seed);
      return prompts.map((p) => ({ text: right ? String((Number(p) + 3) % 10) : '0', tokens: [], logprobs: [], finished: true }));
    },
  };
}

describe('rl/evaluate', () => {
  it('text policy on fixed problems: exact match, repeats, and one sampling seed per call', async () => {
    const envs = await makeVec<string, string>(SHIFT_ENV_ID, { numEnvs: 4, kwargs: { shift: 3 } });
    try {
      const seeds: number[] = [];
      const sample = { temperature: 1, topP: 1, maxNewTokens: 1 };
      const r = await evaluate(envs, { kind: 'text', policy: scripted(true, seeds), sample, seed: 2 }, { episodes: 6, seedBase: 100, repeats: 2 });
      expect(r).to.include({ episodes: 12, exactMatch: 1, successRate: 1, meanReturn: 1, meanLength: 1 });
      // chunks start at problems 0 and 4; call seed = seed * 1_000_003 + start * repeats + repeat
      expect(seeds).to.deep.equal([2_000_006, 2_000_007, 2_000_014, 2_000_015]);
      const wrong = await evaluate(envs, { kind: 'text', policy: scripted(false, []), sample }, { episodes: 6, seedBase: 100 });
      expect(wrong.exactMatch).to.be.below(0.5);
    } finally {
      await envs.close();
    }
  });

  it('multi-step episodes on fixed problems: each sub-env is played to its end once, later steps ignored', async () => {
    const envs = await makeVec<number, number>(STEPS_ID, { numEnvs: 2 });
    try {
      // seeds 0..4: lengths 1, 2, 3, 1, 2
      const r = await evaluate(envs, { kind: 'batch', act: (obs) => obs.map(() => 0) }, { episodes: 5, seedBase: 0 });
      expect(r.episodes).to.equal(5);
      expect(r.meanReturn).to.equal(9 / 5);
      expect(r.meanLength).to.equal(9 / 5);
      expect(r.successRate).to.equal(1);
    } finally {
      await envs.close();
    }
  });

  it('autoreset stream: the first N finished episodes, the reset step never counted', async () => {
    const envs = await makeVec<number, number>(STEPS_ID, { numEnvs: 2 });
    try {
      const r = await evaluate(envs, { kind: 'batch', act: (obs) => obs.map(() => 0) }, { episodes: 4, seed: 0 });
      expect(r.episodes).to.equal(4);
      expect(r.meanReturn).to.equal(r.meanLength);
    } finally {
      await envs.close();
    }
  });

  it('refuses a bad episode count and repeats without fixed problems', async () => {
    const envs = await makeVec<number, number>(STEPS_ID, { numEnvs: 1 });
    try {
      const act = { kind: 'batch' as const, act: (obs: readonly number[]) => obs.map(() => 0) };
      await evaluate(envs, act, { episodes: 0 }).then(() => expect.fail('resolved'), (e: unknown) => expect(e).to.be.instanceOf(ConfigError));
      await evaluate(envs, act, { episodes: 2, repeats: 2 }).then(() => expect.fail('resolved'), (e: unknown) => expect(String(e)).to.match(/repeats needs seedBase/));
    } finally {
      await envs.close();
    }
  });
});
