import { expect } from 'chai';
import Fraction from 'fraction.js';
import { checkEnv, ConfigError, EquationRewriteEnv, make, Rng, type Env, type StepResult } from '../../lib/index.js';
import { MAX_ACTIONS } from '../../environments/equation-rewrite/env.js';
import { formatMove, parseMove } from '../../environments/equation-rewrite/moves.js';
import { parseEquation, printEquation } from '../../environments/equation-rewrite/expr.js';
import { hasSolutionSet } from '../../environments/equation-rewrite/problem.js';

const ID = 'mathgym/EquationRewrite-v0';
type Act = number | string;

async function mk(kwargs: Record<string, unknown> = {}): Promise<Env<string, Act>> {
  return make<string, Act>(ID, kwargs);
}

const legal = (r: { info: Record<string, unknown> }): string[] => r.info.legalActions as string[];

describe('mathgym/EquationRewrite-v0', () => {
  it('passes checkEnv without warnings', async () => {
    const env = await mk();
    const report = await checkEnv(env.unwrapped);
    expect(report.warnings).to.deep.equal([]);
    expect(report.passed).to.include('step-determinism');
    await env.close();
  });

  it('shows the equation and a numbered legal-action list with a matching mask', async () => {
    const env = await mk();
    const r = await env.reset({ options: { equation: '3*x + 5 = 2*x - 7' } });
    expect(r.observation.split('\n')[0]).to.equal('Solve for x: 3*x + 5 = 2*x - 7');
    expect(legal(r)).to.include.members(['subtract 3*x', 'subtract 5', 'subtract 2*x', 'add 7', 'swap', 'divide x']);
    legal(r).forEach((a, i) => expect(r.observation).to.include(`${i}: ${a}`));
    const mask = r.info.actionMask as number[];
    expect(mask).to.have.length(MAX_ACTIONS);
    expect(mask.filter((m) => m === 1)).to.have.length(legal(r).length);
    expect(mask.slice(0, legal(r).length).every((m) => m === 1)).to.equal(true);
    expect(r.info.equivalent).to.equal(true);
    expect(r.info.state).to.have.keys('left', 'right', 'nodes');
    await env.close();
  });

  it('solves 3*x + 5 = 2*x - 7 by index and text moves: step penalties, then reward 1 for x = -12', async () => {
    const env = await mk();
    const r0 = await env.reset({ options: { equation: '3*x + 5 = 2*x - 7' } });
    const steps: StepResult<string>[] = [];
    steps.push(await env.step(legal(r0).indexOf('subtract 2*x')));
    expect(steps[0]!.info.equation).to.equal('3*x + 5 - 2*x = 2*x - 7 - 2*x');
    for (const a of ['collect', 'subtract 5', 'collect']) steps.push(await env.step(a));
    expect(steps.map((s) => s.info.equation)).to.deep.equal(['3*x + 5 - 2*x = 2*x - 7 - 2*x', 'x + 5 = -7', 'x + 5 - 5 = -7 - 5', 'x = -12']);
    expect(steps.map((s) => s.reward)).to.deep.equal([-0.01, -0.01, -0.01, 1]);
    expect(steps.map((s) => s.terminated)).to.deep.equal([false, false, false, true]);
    const last = steps[3]!;
    expect(last.info.solved).to.equal(true);
    expect(last.info.solution).to.equal('-12');
    expect(last.truncated).to.equal(false);
  });

  it('solves a fractional-coefficient equation with multiply, expand, collect, divide and simplify', async () => {
    const env = await mk();
    await env.reset({ options: { equation: '(x + 1)/2 = 3' } });
    const trace: string[] = [];
    let last: StepResult<string> | undefined;
    for (const a of ['multiply 2', 'expand', 'subtract 1', 'collect']) {
      last = await env.step(a);
      trace.push(String(last.info.equation));
    }
    expect(trace).to.deep.equal(['2*((x + 1)/2) = 2*3', 'x + 1 = 6', 'x + 1 - 1 = 6 - 1', 'x = 5']);
    expect(last!.reward).to.equal(1);
    await env.reset({ options: { equation: '-3*x = 6' } });
    expect((await env.step('divide -3')).info.equation).to.equal('-3*x/(-3) = 6/(-3)');
    const done = await env.step('simplify');
    expect([done.info.equation, done.reward, done.terminated]).to.deep.equal(['x = -2', 1, true]);
  });

  it('treats an illegal move as an invalid step: negative reward, info.error, state unchanged, no throw', async () => {
    const env = await mk();
    const r0 = await env.reset({ options: { equation: '3*x + 5 = 2*x - 7' } });
    for (const [action, error] of [
      ['take the log', /unknown move/],
      ['divide 0', /division by zero/],
      ['expand', /does not change/],
      ['add y', /unknown symbol/],
      ['multiply x + 1', /number or a multiple of x/],
      [99, /not one of the \d+ legal actions/],
      [-1, /not one of/],
    ] as const) {
      const s = await env.step(action);
      expect(s.reward, String(action)).to.equal(-0.1);
      expect(s.info.valid).to.equal(false);
      expect(String(s.info.error)).to.match(error);
      expect(s.terminated).to.equal(false);
      expect(s.info.equation).to.equal(r0.info.equation);
    }
  });

  it('flags and penalises a move that changes the solution set, and only warns about a risky one that does not', async () => {
    const env = await mk();
    await env.reset({ options: { equation: '3*x + 5 = 2*x - 7' } });
    const risky = await env.step('divide x'); // x = -12 is not 0: nothing is lost
    expect(risky.info.warning).to.match(/dividing both sides by x/);
    expect([risky.info.solutionSetChanged, risky.info.equivalent, risky.reward]).to.deep.equal([false, true, -0.01]);

    await env.reset({ options: { equation: '2*x + 3 = x + 3' } }); // the solution is x = 0
    const lost = await env.step('divide x');
    expect(lost.info.equation).to.equal('(2*x + 3)/x = (x + 3)/x');
    expect([lost.info.solutionSetChanged, lost.info.equivalent, lost.reward, lost.terminated]).to.deep.equal([true, false, -0.5, false]);

    await env.reset({ options: { equation: 'x + 1 = 4' } });
    const zero = await env.step('multiply 0');
    expect([zero.info.solutionSetChanged, zero.reward]).to.deep.equal([true, -0.5]);
    expect(zero.info.warning).to.match(/every x a solution/);
    const gone = await env.step('simplify');
    expect([gone.info.equation, gone.terminated, gone.info.solved, gone.reward]).to.deep.equal(['0 = 0', true, false, -0.01]);
  });

  it('substitute evaluates both sides and leaves the equation alone', async () => {
    const env = await mk();
    await env.reset({ options: { equation: '3*x + 5 = 2*x - 7' } });
    const yes = await env.step('substitute x = -12');
    expect(yes.info.substitution).to.deep.equal({ value: '-12', left: '-31', right: '-31', holds: true });
    const no = await env.step('substitute 1/2');
    expect(no.info.substitution).to.deep.include({ value: '1/2', holds: false });
    expect([no.info.equation, no.reward, no.terminated]).to.deep.equal(['3*x + 5 = 2*x - 7', -0.01, false]);
  });

  it('refuses a move that grows a side past maxNodes', async () => {
    const env = await mk({ maxNodes: 8 });
    await env.reset({ options: { equation: 'x = 3' } });
    const results: StepResult<string>[] = [];
    for (let i = 0; i < 8; i++) results.push(await env.step('add 1'));
    const firstRefusal = results.findIndex((r) => r.info.valid === false);
    expect(firstRefusal).to.be.greaterThan(0);
    expect(String(results[firstRefusal]!.info.error)).to.match(/nodes; the limit is 8/);
    expect(results.slice(firstRefusal).every((r) => r.info.valid === false && r.reward === -0.1)).to.equal(true);
  });

  it('refuses a given equation already past the limits (no move could apply to it) as a ConfigError', async () => {
    const env = await mk();
    for (const equation of ['1e30*x = 1', 'x*3/4 = 1e-30', '123456789012*x + 5 = 7']) {
      try {
        await env.reset({ options: { equation } });
        expect.fail(`reset accepted ${equation}`);
      } catch (e) {
        expect(e, equation).to.be.instanceOf(ConfigError);
        expect((e as Error).message).to.include('too large');
      }
    }
    const small = await mk({ maxNodes: 8 });
    await small.reset({ options: { equation: 'x = 3' } });
    try {
      await small.reset({ options: { equation: 'x + x + x + x + x + x + x + x = 5' } });
      expect.fail('reset accepted a side over maxNodes');
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
      expect((e as Error).message).to.match(/nodes; the limit is 8.*maxNodes/);
    }
    // a trailing newline (an equation read from a file) is not a mathjs block of statements
    const r = await env.reset({ options: { equation: '3 = 2*x - 7\n' } });
    expect(r.info.equation).to.equal('3 = 2*x - 7');
  });

  it('refuses to expand a product of many sums instead of multiplying out exponentially many monomials', async () => {
    // (x - x + 1)^13 * x: linear (it is x), 80 nodes, but 3^13 = 1.6 million monomials when multiplied out
    const env = await mk({ maxNodes: 400 });
    const r = await env.reset({ options: { equation: `${'(x - x + 1)*'.repeat(13)}x = 1` } });
    expect(legal(r)).to.not.include('expand');
    const s = await env.step('expand');
    expect(s.info.valid).to.equal(false);
    expect(String(s.info.error)).to.match(/"expand" refused: a side would have more than 400 terms/);
    // a few factors still expand (zero monomials dropped as they arise give the same result)
    const small = await env.reset({ options: { equation: '(x - x + 1)*(0*x + 2)*x = 1' } });
    expect(legal(small)).to.include('expand');
    expect((await env.step('expand')).info.equation).to.equal('2*x*x - 2*x*x + 2*x = 1');
  });

  it('is truncated by the registered step limit', async () => {
    const env = await mk({ maxEpisodeSteps: 3 });
    await env.reset({ seed: 3 });
    const rs = [await env.step('swap'), await env.step('swap'), await env.step('swap')];
    expect(rs.map((r) => r.truncated)).to.deep.equal([false, false, true]);
    expect(rs.every((r) => !r.terminated)).to.equal(true);
  });

  it('draws generator problems per difficulty, deterministically per seed', async () => {
    const obs = async (difficulty: number, seed: number): Promise<string> => {
      const env = await mk({ difficulty });
      return (await env.reset({ seed })).observation;
    };
    expect(await obs(2, 5)).to.equal(await obs(2, 5));
    expect(await obs(2, 5)).to.not.equal(await obs(2, 6));
    // info.problemId names the problem: equal for the same equation, different for different ones (GRPO-style grouping)
    const id = async (seed: number): Promise<unknown> => (await (await mk({ difficulty: 2 })).reset({ seed })).info.problemId;
    expect(await id(5)).to.equal(await id(5));
    expect(await id(5)).to.not.equal(await id(6));
    const level1 = await obs(1, 11);
    const level3 = await obs(3, 11);
    expect(level1.split('\n')[0]).to.not.include('(');
    expect(level3.split('\n')[0]).to.include('(');
    expect(() => new EquationRewriteEnv({ difficulty: 6 })).to.throw(ConfigError, /difficulty/);
    expect(() => new EquationRewriteEnv({ stepPenalty: 1 })).to.throw(ConfigError, /stepPenalty/);
    expect(() => new EquationRewriteEnv({ renderMode: 'rgb_array' })).to.throw(ConfigError, /renderMode must be one of ansi, human/);
    const env = await mk();
    for (const bad of ['x*x = 1', '3 = 3', 'x = x + 1', '1/x = 2', 'x ='] as const) {
      await env.reset({ options: { equation: bad } }).then(
        () => expect.fail(`${bad} should be refused`),
        (e: unknown) => expect(e).to.be.instanceOf(ConfigError),
      );
    }
  });

  it('gives identical transitions and rewards for the same seed and actions', async () => {
    const run = async (): Promise<unknown[]> => {
      const env = await mk({ difficulty: 3 });
      const rng = Rng.fromSeed(9);
      let r = await env.reset({ seed: 21 });
      const trace: unknown[] = [r.observation];
      for (let i = 0; i < 40; i++) {
        const s = await env.step(rng.integer(0, legal(r).length - 1));
        trace.push(s.observation, s.reward, s.terminated, s.truncated, s.info.equivalent);
        r = s.terminated || s.truncated ? await env.reset() : s;
      }
      return trace;
    };
    expect(await run()).to.deep.equal(await run());
  });
});

describe('EquationRewrite moves and equivalence', () => {
  it('round-trips every move through its canonical text', () => {
    for (const text of ['add 5', 'subtract 2*x', 'multiply -3/4', 'divide (2/3)*x', 'divide -x', 'expand', 'collect', 'factor', 'simplify', 'swap', 'substitute x = -1/2']) {
      const m = parseMove(text);
      expect(m, text).to.not.be.a('string');
      expect(formatMove(m as Exclude<typeof m, string>)).to.equal(text);
    }
    expect(formatMove(parseMove('Divide both sides by 4') as Exclude<ReturnType<typeof parseMove>, string>)).to.equal('divide 4');
    expect(parseMove('swap 3')).to.be.a('string');
  });

  it('decides whether an equation has exactly the solution set {x0}', () => {
    const has = (text: string, x0: number): boolean => {
      const eq = parseEquation(text);
      if (typeof eq === 'string') throw new Error(eq);
      return hasSolutionSet(eq, new Fraction(x0));
    };
    expect(has('3*x + 5 = 2*x - 7', -12)).to.equal(true);
    expect(has('3*x + 5 = 2*x - 7', 12)).to.equal(false);
    expect(has('x*x = x', 1)).to.equal(false); // {0, 1}
    expect(has('x*x = x', 0)).to.equal(false);
    expect(has('(x - 1)*(x - 1) = 0', 1)).to.equal(true); // a double root is one solution
    expect(has('x*x*x = x', 1)).to.equal(false); // {-1, 0, 1}
    expect(has('x*x*x + x = 2*x*x', 1)).to.equal(false); // x(x - 1)^2: {0, 1}
    expect(has('x*x + 1 = 2 + 0*x', 1)).to.equal(false); // {-1, 1}
    expect(has('x*(x*x + 1) = 0', 0)).to.equal(true); // x^2 + 1 has no real root
    expect(has('x*x/x = 1', 1)).to.equal(true);
    expect(has('x*x/x = 0', 0)).to.equal(false); // 0 is excluded: no solution
    expect(has('0*x = 0', 3)).to.equal(false); // every x
  });

  it('prints trees that parse back to the same text', () => {
    for (const text of ['-3*(2*x + 5) - 4 = (5*x + 9)/2 - 3', '(2/3)*x - 1/2 = -x', 'x*((x + 16)/x) = x*(19/x)', '-(x + 1) = 2*(-3)*x']) {
      const eq = parseEquation(text);
      if (typeof eq === 'string') throw new Error(eq);
      expect(printEquation(eq)).to.equal(text);
    }
  });
});
