import { expect } from 'chai';
import { makeVec } from '../../lib/index.js';
import { collectRollouts, type Generation, type TextPolicy } from '../../lib/rl/rollout.js';
import { exactCalculator } from '../../environments/arithmetic/baselines.js';

/** Answers exactly on the first completion of each group of 3, "0" on the others. */
const scripted: TextPolicy = {
  async generate(prompts) {
    return prompts.map((p, i): Generation => {
      const text = i % 3 === 0 ? exactCalculator(p) : 'nonsense';
      return { text, tokens: [...text].map((c) => c.charCodeAt(0)), logprobs: [...text].map(() => -1), finished: true };
    });
  },
};

describe('rl/rollout', () => {
  it('collects groups: same problem within a group, the env scores each completion', async () => {
    const envs = await makeVec<string, string>('mathgym/Arithmetic-v0', { numEnvs: 6, kwargs: { difficulty: 3 } });
    try {
      const b = await collectRollouts(envs, scripted, { numPrompts: 2, numGenerations: 3, seed: 10 });
      expect(b.groups).to.deep.equal([0, 0, 0, 1, 1, 1]);
      expect(b.prompts[0]).to.equal(b.prompts[1]).and.equal(b.prompts[2]);
      expect(b.prompts[3]).to.equal(b.prompts[5]);
      expect(b.prompts[0]).to.not.equal(b.prompts[3]);
      expect(b.rewards).to.deep.equal([1, 0, 0, 1, 0, 0]);
      // same seed, same batch
      const again = await collectRollouts(envs, scripted, { numPrompts: 2, numGenerations: 3, seed: 10 });
      expect(again.prompts).to.deep.equal(b.prompts);
    } finally {
      await envs.close();
    }
  });

  it('refuses a vector env of the wrong size with a fix', async () => {
    const envs = await makeVec<string, string>('mathgym/Arithmetic-v0', { numEnvs: 4 });
    try {
      let err: unknown;
      await collectRollouts(envs, scripted, { numPrompts: 2, numGenerations: 3, seed: 0 }).catch((e: unknown) => (err = e));
      expect(String(err)).to.match(/numEnvs: 6/);
    } finally {
      await envs.close();
    }
  });
});
