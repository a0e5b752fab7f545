import { expect } from 'chai';
import { Discrete, Env, PRINTABLE_CHARSET, Text, registry, type ResetResult, type StepResult } from '../../lib/index.js';
import { ConfigError } from '../../lib/errors.js';
import { exactCalculator } from '../../environments/arithmetic/baselines.js';
import { runEpisodes, type ChatMessage, type ChatPolicy } from '../../lib/policy/episodes.js';
import { summarizeEpisodes } from '../../lib/policy/report.js';

/**
 * Multi-turn test env, following the multi-turn convention: the first observation is the whole
 * prompt, each later one only the env's new message with info.role 'user' (or 'tool' when
 * kwargs.role is 'tool'). Guess a number in 1..3; each wrong guess costs 0.1 and never ends the
 * episode; "boom" makes step throw, "unjudgeable" ends it with a verifier failure.
 */
class GuessEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 200, minLength: 0, charset: PRINTABLE_CHARSET });
  readonly actionSpace = new Text({ maxLength: 200, minLength: 0, charset: PRINTABLE_CHARSET });
  private target = 0;
  constructor(private readonly kw: { role?: string } = {}) {
    super();
  }
  protected resetEpisode(): ResetResult<string> {
    this.target = this.npRandom.integer(1, 3);
    return { observation: 'Guess my number, 1 to 3.', info: {} };
  }
  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    if (action === 'boom') throw new Error('the env blew up');
    if (action === 'unjudgeable') return { observation: 'hm', reward: 0, terminated: true, truncated: false, info: { correct: false, verifierError: { code: 'TIMEOUT', message: 'took too long' } } };
    if (action === String(this.target)) return { observation: 'right', reward: 1, terminated: true, truncated: false, info: { correct: true } };
    const role = this.kw.role ?? 'user';
    return { observation: role === 'tool' ? `tool: ${action} is not it` : `No, not ${action}. Try again.`, reward: -0.1, terminated: false, truncated: false, info: { correct: false, role } };
  }
}

class NumberObsEnv extends Env<number, string> {
  readonly observationSpace = new Discrete(3);
  readonly actionSpace = new Text({ maxLength: 10, minLength: 0, charset: PRINTABLE_CHARSET });
  protected resetEpisode(): ResetResult<number> {
    return { observation: 1, info: {} };
  }
  protected async stepEpisode(): Promise<StepResult<number>> {
    return { observation: 1, reward: 0, terminated: true, truncated: false, info: {} };
  }
}

/** Ends at once, solved, with a negative return (as EquationRewrite-v0 after penalised moves) unless the reply is "fail". */
class SolvedEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 200, minLength: 0, charset: PRINTABLE_CHARSET });
  readonly actionSpace = new Text({ maxLength: 200, minLength: 0, charset: PRINTABLE_CHARSET });
  protected resetEpisode(): ResetResult<string> {
    return { observation: 'Solve for x: x = 1', info: {} };
  }
  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    return { observation: 'done', reward: action === 'fail' ? 0.5 : -0.2, terminated: true, truncated: false, info: { solved: action !== 'fail' } };
  }
}

if (!registry.has('spec-policy/Solved-v0')) registry.register({ id: 'spec-policy/Solved-v0', factory: () => new SolvedEnv() });
if (!registry.has('spec-policy/Guess-v0')) registry.register({ id: 'spec-policy/Guess-v0', factory: (kw) => new GuessEnv(kw as { role?: string }) });
if (!registry.has('spec-policy/NumberObs-v0')) registry.register({ id: 'spec-policy/NumberObs-v0', factory: () => new NumberObsEnv() });

const lastUser = (m: readonly ChatMessage[]): string => [...m].reverse().find((x) => x.role === 'user')!.content;
/** Guesses 1, 2, 3, ... one per turn. */
const counting: ChatPolicy = { complete: async (m) => ({ text: String(m.filter((x) => x.role === 'assistant').length + 1), finishReason: 'stop' }) };

describe('policy: runEpisodes', () => {
  it('scores single-turn Arithmetic-v0 episodes: problem i is seed seedBase + i, k samples each', async () => {
    const seen: string[] = [];
    const calculator: ChatPolicy = {
      complete: async (m) => {
        seen.push(lastUser(m));
        return { text: exactCalculator(lastUser(m)) };
      },
    };
    const records = await runEpisodes(calculator, { envId: 'mathgym/Arithmetic-v0', envKwargs: { difficulty: 3 }, problems: 5, samples: 2, seedBase: 100 });
    expect(records.map((r) => [r.problem, r.sample, r.seed])).to.deep.equal([0, 1, 2, 3, 4].flatMap((p) => [[p, 0, 100 + p], [p, 1, 100 + p]]));
    expect(records.every((r) => r.success && r.reward === 1 && r.turns === 1 && r.terminated)).to.equal(true);
    // both samples of a problem saw the same question; different problems differ
    expect(records[0]!.messages[0]).to.deep.equal(records[1]!.messages[0]);
    expect(new Set(seen).size).to.equal(5);
    const wrong = await runEpisodes({ complete: async () => ({ text: 'no idea' }) }, { envId: 'mathgym/Arithmetic-v0', problems: 3, samples: 1, seedBase: 100 });
    expect(wrong.map((r) => [r.success, r.reward, r.error])).to.deep.equal([[false, 0, undefined], [false, 0, undefined], [false, 0, undefined]]);
  });

  it('runs multi-turn episodes as a conversation until the env ends them', async () => {
    const records = await runEpisodes(counting, { envId: 'spec-policy/Guess-v0', problems: 12, samples: 1, seedBase: 0, system: 'be brief' });
    for (const r of records) {
      const target = r.turns; // the counting policy finds the number on turn `target`
      expect(r.success).to.equal(true);
      expect(r.reward).to.be.closeTo(1 - 0.1 * (target - 1), 1e-12);
      expect(r.messages.map((m) => m.role)).to.deep.equal(['system', 'user', ...Array.from({ length: target - 1 }, () => ['assistant', 'user']).flat(), 'assistant']);
      expect(r.messages[0]).to.deep.equal({ role: 'system', content: 'be brief' });
      expect(r.messages[1]!.content).to.equal('Guess my number, 1 to 3.');
      if (target > 1) expect(r.messages[3]!.content).to.equal('No, not 1. Try again.'); // only the env's new message
      expect(r.finishReasons).to.deep.equal(Array.from({ length: target }, () => 'stop'));
    }
    expect(new Set(records.map((r) => r.turns)).size).to.be.greaterThan(1);
  });

  it("success follows the env's info.solved when it reports one, whatever the sign of the return", async () => {
    const [solved] = await runEpisodes({ complete: async () => ({ text: 'ok' }) }, { envId: 'spec-policy/Solved-v0', problems: 1, samples: 1, seedBase: 0 });
    expect(solved).to.include({ success: true, reward: -0.2 });
    const [failed] = await runEpisodes({ complete: async () => ({ text: 'fail' }) }, { envId: 'spec-policy/Solved-v0', problems: 1, samples: 1, seedBase: 0 });
    expect(failed).to.include({ success: false, reward: 0.5 });
  });

  it('sends tool results as user messages and stops at maxTurns without calling it an error', async () => {
    const tool = await runEpisodes(counting, { envId: 'spec-policy/Guess-v0', envKwargs: { role: 'tool' }, problems: 12, samples: 1, seedBase: 0 });
    const long = tool.find((r) => r.turns > 1)!;
    expect(long.messages[2]).to.deep.equal({ role: 'user', content: 'tool: 1 is not it' });
    const stuck: ChatPolicy = { complete: async () => ({ text: '0' }) };
    const [r] = await runEpisodes(stuck, { envId: 'spec-policy/Guess-v0', problems: 1, samples: 1, seedBase: 0, maxTurns: 4 });
    expect(r).to.include({ success: false, turns: 4, truncated: true, terminated: false, maxTurnsReached: true });
    expect(r!.error).to.equal(undefined);
    expect(r!.reward).to.be.closeTo(-0.4, 1e-12);
    expect(summarizeEpisodes([r!], 1)).to.include({ completed: 1, errors: 0, maxTurnsReached: 1, accuracy: 0 });
  });

  it('records failed requests, env exceptions and unjudged answers as errors, apart from wrong answers', async () => {
    const flaky: ChatPolicy = {
      complete: async (m) => {
        if (lastUser(m).includes('Compute')) throw Object.assign(new Error('HTTP 503'), { status: 503 });
        return { text: 'boom' };
      },
    };
    const classify = (e: unknown) => ({ kind: `http_${(e as { status: number }).status}`, message: (e as Error).message });
    const api = await runEpisodes(flaky, { envId: 'mathgym/Arithmetic-v0', problems: 2, samples: 2, seedBase: 0 }, classify);
    expect(api.map((r) => r.error?.kind)).to.deep.equal(['http_503', 'http_503', 'http_503', 'http_503']);
    expect(api.every((r) => r.turns === 0 && !r.success)).to.equal(true);
    const env = await runEpisodes(flaky, { envId: 'spec-policy/Guess-v0', problems: 1, samples: 1, seedBase: 0 });
    expect(env[0]!.error).to.deep.equal({ kind: 'env', message: 'the env blew up' });
    const unjudged = await runEpisodes({ complete: async () => ({ text: 'unjudgeable' }) }, { envId: 'spec-policy/Guess-v0', problems: 1, samples: 1, seedBase: 0 });
    expect(unjudged[0]).to.include({ success: false, turns: 1, terminated: true });
    expect(unjudged[0]!.error).to.deep.equal({ kind: 'verifier', message: 'the env could not judge the answer (TIMEOUT): took too long' });
    // one problem answered right, one failed: accuracy is over the completed episode only
    const mixed = [...(await runEpisodes(counting, { envId: 'spec-policy/Guess-v0', problems: 1, samples: 1, seedBase: 0 })), { ...api[0]!, problem: 1 }];
    const s = summarizeEpisodes(mixed, 1);
    expect(s).to.include({ episodes: 2, completed: 1, errors: 1, accuracy: 1, passAtK: 1, passAtKProblems: 1 });
    expect(s.errorsByKind).to.deep.equal({ http_503: 1 });
    expect(s.errorExamples).to.deep.equal({ http_503: 'HTTP 503' });
    expect(summarizeEpisodes(api, 2)).to.include({ completed: 0, accuracy: null, passAtK: null, meanReward: null });
  });

  it('keeps at most `concurrency` requests in flight, and gives each request its own seed', async () => {
    let inFlight = 0;
    let most = 0;
    const seeds: number[] = [];
    const slow: ChatPolicy = {
      complete: async (_m, { seed }) => {
        seeds.push(seed);
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return { text: '1' };
      },
    };
    const records = await runEpisodes(slow, { envId: 'mathgym/Arithmetic-v0', problems: 6, samples: 2, seedBase: 0, concurrency: 3, samplingSeed: 7 });
    expect(records).to.have.length(12);
    expect(most).to.equal(3);
    expect(new Set(seeds).size).to.equal(12);
    expect(Math.min(...seeds)).to.equal(7);
  });

  it('pass@k counts a problem solved in any of its k samples', async () => {
    // wrong the first time it sees a question, right the second: one of the two samples of each problem is right
    const asked = new Map<string, number>();
    const secondRight: ChatPolicy = {
      complete: async (m) => {
        const q = lastUser(m);
        asked.set(q, (asked.get(q) ?? 0) + 1);
        return { text: asked.get(q) === 2 ? exactCalculator(q) : 'x' };
      },
    };
    const records = await runEpisodes(secondRight, { envId: 'mathgym/Arithmetic-v0', problems: 4, samples: 2, seedBase: 0 });
    expect(asked.size).to.equal(4);
    const s = summarizeEpisodes(records, 2);
    expect(s.accuracy).to.equal(0.5);
    expect(s.passAtK).to.equal(1);
  });

  it('refuses bad options and non-text envs before sending anything', async () => {
    let calls = 0;
    const p: ChatPolicy = { complete: async () => (calls++, { text: '' }) };
    for (const [opts, re] of [
      [{ problems: 0 }, /problems \(--n\) must be an integer >= 1/],
      [{ samples: 0 }, /samples \(--k\)/],
      [{ concurrency: 0 }, /--concurrency/],
      [{ seedBase: -1 }, /--seed-base must be a non-negative integer/],
    ] as const) {
      let err: unknown;
      const base = { envId: 'mathgym/Arithmetic-v0', problems: 2, samples: 1, seedBase: 0 };
      await runEpisodes(p, { ...base, ...opts }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(re);
    }
    let err: unknown;
    await runEpisodes(p, { envId: 'spec-policy/NumberObs-v0', problems: 2, samples: 1, seedBase: 0 }).catch((e: unknown) => (err = e));
    expect((err as Error).message).to.match(/has number observations; eval --endpoint needs a text environment/);
    expect(calls).to.equal(0);
  });
});
