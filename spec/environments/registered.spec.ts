import { expect } from 'chai';
import { checkEnv, listEnvs, make } from '../../lib/index.js';

// Gymnasium's tests/envs/test_envs.py: every registered env passes the checker and is deterministic.
describe('every registered environment', () => {
  const ids = listEnvs().map((s) => s.id);

  it('has at least the built-in environments', () => {
    expect(ids).to.include('mathgym/Arithmetic-v0');
  });

  for (const id of ids) {
    describe(id, () => {
      it('passes checkEnv', async () => {
        const env = await make(id);
        try {
          const report = await checkEnv(env.unwrapped);
          expect(report.warnings, report.warnings.join('\n')).to.deep.equal([]);
        } finally {
          await env.close();
        }
      });

      it('gives identical rollouts for the same seed', async () => {
        const rollout = async () => {
          const env = await make(id);
          env.actionSpace.seed(7);
          const trace: unknown[] = [(await env.reset({ seed: 7 })).observation];
          for (let i = 0; i < 20; i++) {
            const r = await env.step(env.actionSpace.sample());
            trace.push(r.observation, r.reward, r.terminated, r.truncated);
            if (r.terminated || r.truncated) trace.push((await env.reset()).observation);
          }
          await env.close();
          return trace;
        };
        expect(await rollout()).to.deep.equal(await rollout());
      });
    });
  }
});
