import { expect } from 'chai';
import { ConfigError, ResetNeededError } from '../../../lib/errors.js';
import { ArithmeticEnv, ARITHMETIC_ENV_ID, scoreAnswer } from '../../../environments/arithmetic/index.js';

/** Resets and returns the gold answer (from the judgement of a throwaway step on an identical env). */
async function goldFor(difficulty: number, seed: number): Promise<string> {
  const probe = new ArithmeticEnv({ difficulty });
  await probe.reset({ seed });
  const { info } = await probe.step('');
  return info.gold as string;
}

describe('ArithmeticEnv', () => {
  it('should export its id', () => {
    expect(ARITHMETIC_ENV_ID).to.equal('mathgym/Arithmetic-v0');
  });

  it('should give the same observation for the same seed and keep the stream without one', async () => {
    const [a, b] = [new ArithmeticEnv({ difficulty: 3 }), new ArithmeticEnv({ difficulty: 3 })];
    const first = (await a.reset({ seed: 42 })).observation;
    expect((await b.reset({ seed: 42 })).observation).to.equal(first);
    expect((await a.reset()).observation).to.equal((await b.reset()).observation);
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) seen.add((await a.reset({ seed })).observation);
    expect(seen.size).to.be.greaterThan(15);
  });

  it('should give observations inside its observation space at every difficulty', async () => {
    for (const difficulty of [1, 2, 3, 4, 5]) {
      const env = new ArithmeticEnv({ difficulty });
      for (let seed = 0; seed < 50; seed++) {
        const { observation, info } = await env.reset({ seed });
        expect(env.observationSpace.contains(observation), observation).to.equal(true);
        expect(info.difficulty).to.equal(difficulty);
        expect(info).to.not.have.property('gold');
      }
    }
  });

  it('should reward a correct answer with 1 and terminate', async () => {
    const gold = await goldFor(2, 7);
    const env = new ArithmeticEnv({ difficulty: 2 });
    const { observation } = await env.reset({ seed: 7 });
    const r = await env.step(gold);
    expect(r).to.include({ reward: 1, terminated: true, truncated: false, observation });
    expect(r.info).to.include({ gold, parsed: gold, correct: true, difficulty: 2 });
    expect(r.info.reason).to.match(/exact match/);
    expect(r.info.metadata).to.have.property('kind', 'order-of-operations');
  });

  it('should reward a wrong or unparseable answer with 0 and say why', async () => {
    const env = new ArithmeticEnv();
    await env.reset({ seed: 1 });
    const gold = (await env.step('')).info.gold as string;
    await env.reset({ seed: 1 });
    const wrong = await env.step(`${BigInt(gold) + 1n}`);
    expect(wrong).to.include({ reward: 0, terminated: true, truncated: false });
    expect(wrong.info).to.include({ correct: false, gold });
    expect(wrong.info.reason).to.match(/^wrong: .* expected/);
    await env.reset({ seed: 1 });
    const garbage = await env.step('3 or 4');
    expect(garbage.reward).to.equal(0);
    expect(garbage.info.parsed).to.equal(null);
    expect(garbage.info.reason).to.match(/^could not parse "3 or 4": /);
  });

  it('should accept equivalent forms of a fractional answer', async () => {
    const gold = await goldFor(5, 3);
    const [num, den] = gold.split('/').map(BigInt);
    const sign = num < 0n ? '-' : '';
    const absNum = num < 0n ? -num : num;
    const forms = [gold, `${sign}\\frac{${absNum}}{${den}}`, `\\frac{${num}}{${den}}`, `$${gold}$`, ` ${gold.replace('-', '−')}. `, `\\boxed{${gold}}`];
    const env = new ArithmeticEnv({ difficulty: 5 });
    for (const form of forms) {
      await env.reset({ seed: 3 });
      const r = await env.step(form);
      expect(r.reward, `${form}: ${String(r.info.reason)}`).to.equal(1);
    }
  });

  it('should accept a terminating decimal for a decimal problem', async () => {
    for (let seed = 0; seed < 20; seed++) {
      const gold = await goldFor(4, seed);
      const [num, den = 1n] = gold.split('/').map(BigInt);
      const env = new ArithmeticEnv({ difficulty: 4 });
      await env.reset({ seed });
      // every difficulty-4 answer has a denominator dividing 10^k: print it with 8 decimals
      const scaled = (num * 10n ** 8n) / den;
      const neg = scaled < 0n;
      const digits = (neg ? -scaled : scaled).toString().padStart(9, '0');
      const decimal = `${neg ? '-' : ''}${digits.slice(0, -8)}.${digits.slice(-8)}`;
      expect((await env.step(decimal)).reward, `${decimal} vs ${gold}`).to.equal(1);
    }
  });

  it('should judge a non-string action as wrong, with info.error', async () => {
    const env = new ArithmeticEnv();
    await env.reset({ seed: 0 });
    const r = await env.step(42 as unknown as string);
    expect(r).to.include({ reward: 0, terminated: true });
    expect(r.info.error).to.match(/must be a string, got number/);
  });

  it('should throw ResetNeededError on step before reset and after the episode ended', async () => {
    const env = new ArithmeticEnv();
    let err: unknown;
    await env.step('1').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ResetNeededError);
    await env.reset({ seed: 0 });
    await env.step('1');
    err = undefined;
    await env.step('1').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ResetNeededError);
    expect((err as Error).message).to.match(/the episode terminated; step\(\) is refused until reset\(\)/);
    expect(() => new ArithmeticEnv().render()).to.throw(ResetNeededError);
  });

  it('should let reset options override the difficulty for one episode', async () => {
    const env = new ArithmeticEnv({ difficulty: 1 });
    expect((await env.reset({ seed: 0, options: { difficulty: 5 } })).info.difficulty).to.equal(5);
    expect((await env.reset({ seed: 0 })).info.difficulty).to.equal(1);
    let err: unknown;
    try {
      await env.reset({ options: { difficulty: 7 } });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ConfigError);
  });

  it('should validate its kwargs with ConfigError', () => {
    expect(() => new ArithmeticEnv({ difficulty: 0 })).to.throw(ConfigError, /1 to 5/);
    expect(() => new ArithmeticEnv({ difficulty: 2.5 })).to.throw(ConfigError);
    expect(() => new ArithmeticEnv({ renderMode: 'rgb_array' })).to.throw(ConfigError, /renderMode/);
    expect(() => new ArithmeticEnv({ dificulty: 2 } as never)).to.throw(ConfigError, /"dificulty"/);
  });

  it('should declare text spaces that contain typical answers', () => {
    const env = new ArithmeticEnv();
    for (const a of ['', '7', '-3/4', '−3/4', '\\frac{1}{2}', '$1 1/2$']) expect(env.actionSpace.contains(a), a).to.equal(true);
    expect(env.metadata.renderModes).to.deep.equal(['ansi', 'human']);
  });

  it('should render the question, then the answer and reward', async () => {
    const env = new ArithmeticEnv({ renderMode: 'ansi' });
    const { observation } = await env.reset({ seed: 4 });
    expect(env.render()).to.equal(`Question: ${observation}`);
    await env.step('nope');
    expect(env.render()).to.equal(`Question: ${observation}\nAnswer: nope\nReward: 0`);

    const human = new ArithmeticEnv({ renderMode: 'human' });
    await human.reset({ seed: 4 });
    const printed: unknown[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => printed.push(...args);
    try {
      expect(human.render()).to.equal(undefined);
    } finally {
      console.log = log;
    }
    expect(printed).to.deep.equal([`Question: ${observation}`]);
  });
});

describe('scoreAnswer', () => {
  it('should explain an exact match between different forms, and a right value in the wrong form', () => {
    expect(scoreAnswer('\\frac{1}{2}', '1/2', 5)).to.deep.equal({ reward: 1, correct: true, parsed: '1/2', reason: 'exact match: "\\\\frac{1}{2}" = 1/2' });
    expect(scoreAnswer('0.3333', '1/3', 4)).to.include({ reward: 0, correct: false, parsed: '3333/10000' });
    expect(scoreAnswer('2/4', '1/2', 5)).to.include({ reward: 0, correct: false, parsed: '1/2' });
    expect(scoreAnswer('2/4', '1/2', 5).reason).to.match(/wrong form.*not in lowest terms/);
    expect(scoreAnswer('1 1/2', '3/2', 5).reason).to.match(/mixed number/);
    expect(scoreAnswer('The answer is \\boxed{56}.', '56', 1)).to.include({ reward: 1, parsed: '56' });
  });
});
