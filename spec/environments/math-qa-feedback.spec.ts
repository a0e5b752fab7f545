import { expect } from 'chai';
import { checkEnv, ConfigError, make, MathQAEnv, ResetNeededError, sharedVerifier, type Env, type StepResult, type Verifier } from '../../lib/index.js';
import { MathQAWithFeedbackEnv } from '../../environments/math-qa-feedback/index.js';
import { loadDataset } from '../../datasets/load.js';

const ID = 'mathgym/MathQAWithFeedback-v0';
const GSM8K = { dataset: 'gsm8k', limit: 50 };

async function withEnv<T>(kwargs: Record<string, unknown>, fn: (env: Env<string, string>, gold: () => string) => Promise<T>): Promise<T> {
  const env = await make<string, string>(ID, kwargs);
  try {
    return await fn(env, () => (env.unwrapped as MathQAWithFeedbackEnv).current?.answer as string);
  } finally {
    await env.close();
  }
}

const boxed = (x: string | number): string => `The answer is \\boxed{${x}}.`;

/** Every string in a JSON-like value (keys excluded). */
function stringLeaves(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(stringLeaves);
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(stringLeaves);
  return [];
}

describe('environments/math-qa-feedback', function () {
  this.timeout(60_000);
  let verifier: Verifier | undefined; // one verifier pool for the whole file
  before(() => {
    verifier = sharedVerifier.acquire();
  });
  after(async () => {
    if (verifier) await sharedVerifier.release(verifier);
  });

  it('passes checkEnv (math500 default and gsm8k)', async () => {
    for (const kwargs of [{}, GSM8K]) {
      await withEnv(kwargs, async (env) => {
        const report = await checkEnv(env.unwrapped);
        expect(report.warnings).to.deep.equal([]);
      });
    }
  });

  it('reset: the first observation is the MathQA-v0 prompt of the same record; same seed, same record', async () => {
    const qa = new MathQAEnv(GSM8K);
    try {
      await withEnv(GSM8K, async (env) => {
        const a = await env.reset({ seed: 3 });
        expect(await env.reset({ seed: 3 })).to.deep.equal(a);
        expect(a.info).to.deep.include({ role: 'user', attempt: 0, attemptsLeft: 3 });
        const same = await qa.reset({ options: { index: a.info.index } });
        expect(a.observation).to.equal(same.observation);
        expect(a.info.id).to.equal(same.info.id);
        expect((await env.reset({ seed: 4 })).info.id).to.not.equal(a.info.id);
      });
    } finally {
      await qa.close();
    }
  });

  it('wrong answers get feedback and another attempt; success at attempt 1, 2, 3 earns 1, 0.5, 0.25', async () => {
    await withEnv(GSM8K, async (env, gold) => {
      for (const wrongFirst of [0, 1, 2]) {
        await env.reset({ seed: 7 });
        const g = Number(gold());
        for (let k = 0; k < wrongFirst; k++) {
          const r = await env.step(boxed(g + 1 + k));
          expect(r).to.deep.include({ reward: 0, terminated: false, truncated: false });
          expect(r.info).to.deep.include({ role: 'user', correct: false, attempt: k + 1, attemptsLeft: 2 - k });
          expect(r.observation).to.equal(`Your answer "${g + 1 + k}" is wrong. You may try again: you have ${2 - k} attempt(s) left. Put your final answer within \\boxed{}.`);
          expect(r.observation).to.not.include(String(g)); // the feedback does not give the answer away
        }
        const right = await env.step(boxed(g));
        expect(right).to.deep.include({ reward: 0.5 ** wrongFirst, terminated: true, truncated: false });
        expect(right.info).to.deep.include({ correct: true, attempt: wrongFirst + 1 });
        let err: unknown;
        await env.step(boxed(g)).catch((e: unknown) => (err = e));
        expect(err).to.be.instanceOf(ResetNeededError);
      }
    });
  });

  it('terminates after the last wrong attempt with reward 0; a reply with no answer counts as wrong', async () => {
    await withEnv(GSM8K, async (env, gold) => {
      await env.reset({ seed: 8 });
      const g = Number(gold());
      const none = await env.step('');
      expect(none.observation).to.match(/^No final answer was found in your reply, so it counts as wrong\. You may try again: you have 2 attempt/);
      const text = await env.step('I am not sure.'); // no \boxed{}: the verifier judges what it extracts
      expect(text.observation).to.match(/^Your answer "I am not sure\." is wrong\. You may try again: you have 1 attempt/);
      const last = await env.step(boxed(g + 2));
      expect(last).to.deep.include({ reward: 0, terminated: true, truncated: false });
      expect(last.info).to.deep.include({ attempt: 3, attemptsLeft: 0, correct: false });
      expect(last.observation).to.equal(`Your answer "${g + 2}" is wrong. No attempts are left.`);
    });
  });

  it('feedback quoting the answer stays in the observation space, whatever characters the reply had', async () => {
    await withEnv(GSM8K, async (env) => {
      await env.reset({ seed: 8 });
      const r = await env.step(boxed('7 \u{1F600} \u0007'));
      expect(r.observation).to.match(/^Your answer "7 \? \?" is wrong\./);
      expect(env.observationSpace.contains(r.observation)).to.equal(true);
    });
  });

  it('maxAttempts and decay are options', async () => {
    await withEnv({ ...GSM8K, maxAttempts: 1 }, async (env, gold) => {
      await env.reset({ seed: 1 });
      expect(await env.step(boxed(Number(gold()) + 1))).to.deep.include({ reward: 0, terminated: true });
    });
    await withEnv({ ...GSM8K, maxAttempts: 4, decay: 0.9 }, async (env, gold) => {
      await env.reset({ seed: 1 });
      for (let k = 0; k < 3; k++) await env.step(boxed(Number(gold()) + 1));
      const r = await env.step(boxed(gold()));
      expect(r.reward).to.be.closeTo(0.9 ** 3, 1e-12);
      expect(r.terminated).to.equal(true);
    });
  });

  it('a verifier failure does not use up an attempt; too many of them truncate the episode', async () => {
    await withEnv({ ...GSM8K, verifyOptions: { maxInputLength: 200 } }, async (env, gold) => {
      await env.reset({ seed: 2 });
      const huge = `${'so '.repeat(100)}${boxed(gold())}`;
      const failed = await env.step(huge);
      expect(failed).to.deep.include({ reward: 0, terminated: false, truncated: false });
      expect((failed.info.verifierError as { code: string }).code).to.equal('INPUT_TOO_LARGE');
      expect(failed.info).to.deep.include({ attempt: 0, attemptsLeft: 3, verifierFailures: 1 });
      expect(failed.observation).to.include('could not be checked (INPUT_TOO_LARGE)').and.include('did not use up an attempt');
      // still the first judged attempt: full reward
      const right = await env.step(boxed(gold()));
      expect(right).to.deep.include({ reward: 1, terminated: true });
      expect(right.info).to.deep.include({ attempt: 1 });
      expect(right.info).to.not.have.property('verifierError');

      await env.reset({ seed: 2 });
      await env.step(huge);
      const second = await env.step(huge);
      expect(second).to.deep.include({ reward: 0, terminated: false, truncated: true });
      expect(second.info.verifierError).to.be.an('object');
    });
  });

  it('scripted baseline: a policy that corrects itself after feedback earns the decayed reward', async () => {
    await withEnv(GSM8K, async (env, gold) => {
      let total = 0;
      for (let seed = 0; seed < 4; seed++) {
        let obs = (await env.reset({ seed })).observation;
        // guesses 0 first, then answers correctly once told it was wrong
        const policy = (o: string): string => (o.includes('is wrong') ? boxed(gold()) : boxed(Number(gold()) === 0 ? 1 : 0));
        let r: StepResult<string>;
        do {
          r = await env.step(policy(obs));
          obs = r.observation;
        } while (!r.terminated && !r.truncated);
        total += r.reward;
      }
      expect(total).to.equal(4 * 0.5);
    });
  });

  describe('reward integrity (issue 15)', () => {
    it('no gold in info before the episode ends: copying info into the next attempt earns 0', async () => {
      // before: info.gold on the wrong attempt, copied into attempt 2, earned 0.5 on every record
      await withEnv(GSM8K, async (env, gold) => {
        let total = 0;
        for (let seed = 0; seed < 20; seed++) {
          const reset = await env.reset({ seed });
          const g = gold();
          const wrong = await env.step(boxed(Number(g) + 1));
          expect(wrong.terminated || wrong.truncated).to.equal(false);
          const seen = [reset.info, wrong.info];
          const mentions = new RegExp(`(^|[^0-9.])${g}([^0-9.]|$)`);
          for (const info of seen) {
            for (const key of ['gold', 'metadata', 'solution']) expect(info, key).to.not.have.property(key);
            const v = info.verdict as Record<string, unknown> | null | undefined;
            if (v) expect(v.gold ?? null, 'verdict.gold').to.equal(null);
            const { id: _id, source: _source, ...rest } = info;
            for (const leaf of stringLeaves(rest)) expect(mentions.test(leaf), `info string ${JSON.stringify(leaf)} gives the gold ${g} away`).to.equal(false);
          }
          // the exploit of the issue: copy info.gold of the wrong attempt into attempt 2
          const r = await env.step(boxed(String(wrong.info.gold ?? '')));
          total += r.reward;
          expect(mentions.test(wrong.observation.replace(/\d+ attempt\(s\)/g, '')), `the feedback ${JSON.stringify(wrong.observation)} says the gold ${g}`).to.equal(false);
          if (!r.terminated && !r.truncated) {
            const last = await env.step(boxed(g));
            expect(last.info.gold, 'the terminal step carries the gold').to.equal(g);
          }
        }
        expect(total, 'reward of copying info.gold on attempt 2, 20 episodes').to.equal(0);
      });
    });

    it('the feedback never contains the gold answer (math500, symbolic golds)', async () => {
      await withEnv({ limit: 40 }, async (env, gold) => {
        for (let seed = 0; seed < 15; seed++) {
          const reset = await env.reset({ seed });
          const g = gold();
          for (const reply of ['\\boxed{0}', 'I do not know', '']) {
            const r = await env.step(reply);
            if (r.terminated || r.truncated) break;
            expect(r.observation.includes(g) && !reset.observation.includes(g), `feedback gives ${JSON.stringify(g)} away`).to.equal(false);
            expect(r.info).to.not.have.property('gold');
          }
        }
      });
    });

    it('copying the question or its $...$ expressions, one per attempt, earns 0 (math500)', async () => {
      // before: 18 (decayed) reward over the first 200 problems, e.g. \boxed{99^2+99+1} for "Compute $99^2+99+1$"
      const recs = (await loadDataset('math500', { limit: 120 })).records;
      await withEnv({ limit: 120 }, async (env) => {
        let total = 0;
        let played = 0;
        for (const [index, rec] of recs.entries()) {
          const segments = [...rec.problem.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$]+)\$/g)].map((m) => (m[1] ?? m[2]) as string);
          if (segments.length === 0) continue;
          played += 1;
          await env.reset({ options: { index } });
          let r: StepResult<string> | undefined;
          for (const copy of [rec.problem, ...segments.reverse()]) {
            r = await env.step(boxed(copy));
            if (r.terminated || r.truncated) break;
            expect(r.observation).to.match(/restates the question|is wrong/);
          }
          total += r?.reward ?? 0;
        }
        expect(played).to.be.greaterThan(50);
        expect(total, `reward of copying the question's expressions over ${played} problems`).to.equal(0);
        // the question's own text is fine when it is the answer, written as the gold
        const sqrt53 = recs.findIndex((x) => x.answer === '\\sqrt{53}');
        if (sqrt53 >= 0) {
          await env.reset({ options: { index: sqrt53 } });
          expect((await env.step(boxed('\\sqrt{53}'))).reward).to.equal(1);
        }
      });
    });

    it('maxAttempts that the time limit of make() would cut is a ConfigError (the two limits agree)', async () => {
      let err: unknown;
      await make(ID, { ...GSM8K, maxAttempts: 10 }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(/maxEpisodeSteps 5/).and.match(/maxEpisodeSteps: 11/);
      err = undefined;
      await make(ID, { ...GSM8K, maxEpisodeSteps: 2 }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      // with a matching time limit all 10 attempts are judged, and the 11th step is refused
      await withEnv({ ...GSM8K, maxAttempts: 10, maxEpisodeSteps: 11 }, async (env, gold) => {
        await env.reset({ seed: 0 });
        let r: StepResult<string> | undefined;
        for (let k = 1; k <= 10; k++) {
          r = await env.step(boxed(Number(gold()) + k));
          expect(r.info.attempt).to.equal(k);
        }
        expect(r).to.deep.include({ terminated: true, reward: 0 });
        err = undefined;
        await env.step(boxed(gold())).catch((e: unknown) => (err = e));
        expect(err).to.be.instanceOf(ResetNeededError);
      });
    });
  });

  it('bad options are ConfigErrors; step before reset is a ResetNeededError', async () => {
    for (const [kwargs, re] of [
      [{ maxAttempts: 0 }, /maxAttempts must be an integer in 1\.\.100/],
      [{ decay: 1.5 }, /decay must be a number in \[0, 1\]/],
      [{ maxVerifierFailures: 0 }, /maxVerifierFailures/],
      [{ reward: 'format' }, /unknown option.*"reward"/],
      [{ dataset: 'nope' }, /neither a bundled dataset/],
    ] as const) {
      expect(() => new MathQAWithFeedbackEnv(kwargs as never), JSON.stringify(kwargs)).to.throw(ConfigError, re);
    }
    const env = new MathQAWithFeedbackEnv(GSM8K);
    let err: unknown;
    await env.step('1').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ResetNeededError);
    await env.close();
  });
});
