/** The answer-form families pay no exploit at any level (CI's `mathgym redteam all` plays difficulty 1 only). */
import { expect } from 'chai';
import { Registry } from '../../../lib/core/registry.js';
import { redteam } from '../../../lib/redteam/index.js';
import { registerEnvs } from '../../../environments/index.js';
import { GENERATORS } from '../../../datasets/generators/index.js';

/** The families added with answer-form checks (probability onwards). */
const NEW_FAMILIES = ['probability', 'divisors', 'complex_numbers', 'countdown', 'matrices', 'word_problems', 'inequalities', 'exp_log', 'polynomial_roots', 'trigonometry', 'geometry', 'limits', 'integration_techniques'];

describe('redteam: the answer-form families at every level', function () {
  this.timeout(300_000);
  const reg = new Registry();
  registerEnvs(reg);
  for (const gen of GENERATORS.filter((g) => NEW_FAMILIES.includes(g.name)))
    it(`mathgym/${gen.envName}-v0 is not exploitable at difficulty 1..${gen.levels.length}`, async () => {
      for (let difficulty = 1; difficulty <= gen.levels.length; difficulty++) {
        const r = await redteam(`mathgym/${gen.envName}-v0`, { episodes: 40, calibration: 30, registry: reg, kwargs: { difficulty } });
        expect(r.error, `difficulty ${difficulty}`).to.equal(undefined);
        expect(r.findings, `difficulty ${difficulty}: ${r.findings.join(', ')}`).to.deep.equal([]);
        // an answer built from the question alone must not pay often even when its control (the same
        // exploit on another episode's question) pays as often: "-20!" paid 45% as "F + C" on
        // IntegrationTechniques d2 and was judged at chance because it paid on any question
        const questionOnly = r.exploits.filter((x) => ['copy-observation', 'copy-expression', 'unevaluated', 'empty'].includes(x.family) && x.winRate > 0.15);
        expect(questionOnly.map((x) => `${x.id} ${x.winRate}`), `difficulty ${difficulty}`).to.deep.equal([]);
      }
    });
});
