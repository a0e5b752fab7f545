import { expect } from 'chai';
import { checkEnv, ConfigError, make, ResetNeededError, sharedVerifier, type Env, type StepResult, type Verifier } from '../../lib/index.js';
import { itemRng } from '../../datasets/generators/generator.js';
import { loadDataset } from '../../datasets/load.js';
import {
  arithmeticWordProblems,
  calculate,
  calculatorBaseline,
  type CalculatorSandbox,
  CalculatorToolEnv,
  DISABLED_FUNCTIONS,
  formatResult,
  parseTurn,
  SHADOWED_FUNCTIONS,
  sharedCalculator,
  type ToolCallInfo,
} from '../../environments/calculator-tool/index.js';
import { bailliePSW, isPrime } from '../../environments/calculator-tool/integers.js';
import { parseLiteralNumber } from '../../lib/verify/literal-number.js';

const ID = 'mathgym/CalculatorTool-v0';

async function withEnv<T>(kwargs: Record<string, unknown>, fn: (env: Env<string, string>) => Promise<T>): Promise<T> {
  const env = await make<string, string>(ID, kwargs);
  try {
    return await fn(env);
  } finally {
    await env.close();
  }
}

const calls = (r: StepResult<string>): ToolCallInfo[] => r.info.toolCalls as ToolCallInfo[];

/** Every string in a JSON-like value (keys excluded). */
function stringLeaves(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(stringLeaves);
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(stringLeaves);
  return [];
}

describe('environments/calculator-tool', function () {
  this.timeout(60_000);
  // hold the shared worker pools for the whole file, so each env does not start and stop them again
  let pools: { calc: CalculatorSandbox; verifier: Verifier } | undefined;
  before(() => {
    pools = { calc: sharedCalculator.acquire(), verifier: sharedVerifier.acquire() };
  });
  after(async () => {
    if (pools) await Promise.all([sharedCalculator.release(pools.calc), sharedVerifier.release(pools.verifier)]);
  });

  describe('calculate (the limited mathjs, in-process)', () => {
    it('evaluates arithmetic exactly enough for multi-digit problems, with a fresh scope per call', () => {
      expect(calculate('4321 * 98765')).to.deep.equal({ ok: true, result: '426763565' });
      expect(calculate('0.1 + 0.2')).to.deep.equal({ ok: true, result: '0.3' });
      expect(calculate('a = 6; a * 7')).to.deep.equal({ ok: true, result: '42' });
      expect(calculate('a * 7')).to.deep.include({ ok: false, code: 'EVAL' }); // `a` did not survive the last call
    });

    it('refuses every function the security advice names, and the ones that make results random', () => {
      for (const name of ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile', 'config', 'random']) {
        expect(DISABLED_FUNCTIONS.concat(SHADOWED_FUNCTIONS)).to.include(name);
      }
      for (const name of [...DISABLED_FUNCTIONS, ...SHADOWED_FUNCTIONS]) {
        const out = calculate(`${name}("1")`);
        expect(out, name).to.deep.include({ ok: false, code: 'FORBIDDEN' });
        // also through an alias
        expect(calculate(`f = ${name}; f("1")`), name).to.deep.include({ ok: false, code: 'FORBIDDEN' });
      }
      // the instance was not changed by the refused config() call
      expect(calculate('config({number: "BigNumber"}); 1')).to.deep.include({ code: 'FORBIDDEN' });
      expect(calculate('1/3')).to.deep.equal({ ok: true, result: '1/3' });
      expect(calculate('sqrt(16) + cos(pi)')).to.deep.equal({ ok: true, result: '≈3', approximate: true });
    });

    it('integer and rational arithmetic is exact at any size (checked against bigint)', () => {
      const big = (b: bigint, e: bigint, m?: bigint): bigint => {
        let r = 1n;
        for (let i = 0n; i < e; i++) r = m === undefined ? r * b : (r * b) % m;
        return r;
      };
      const fact = (n: bigint): bigint => (n <= 1n ? 1n : n * fact(n - 1n));
      const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
      const cases: Array<[string, string]> = [
        ['mod(84^39, 25)', String(big(84n, 39n, 25n))], // 14; doubles said 0
        ['isPrime(2^61 - 1)', 'true'], // a Mersenne prime; doubles said false
        ['isPrime(2^67 - 1)', 'false'], // 193707721 * 761838257287
        ['isPrime(2^89 - 1)', 'true'],
        ['isPrime(1000000007 * 998244353)', 'false'],
        ['factorial(30)', String(fact(30n))],
        ['40!', String(fact(40n))],
        ['combinations(100, 50)', String(fact(100n) / (fact(50n) * fact(50n)))],
        ['mod(2^1000, 997)', String(big(2n, 1000n) % 997n)],
        ['mod(3^5000 + 7, 1000003)', String((big(3n, 5000n) + 7n) % 1000003n)],
        ['7^77 mod 1000', String(big(7n, 77n) % 1000n)],
        ['gcd(2^100 - 1, 2^60 - 1)', String(gcd(2n ** 100n - 1n, 2n ** 60n - 1n))],
        ['gcd(3^200 * 7, 3^150 * 14)', String(gcd(3n ** 200n * 7n, 3n ** 150n * 14n))],
        ['lcm(2^70, 3^50)', String(2n ** 70n * 3n ** 50n)],
        ['12345678901234567890 * 98765432109876543210', String(12345678901234567890n * 98765432109876543210n)],
        ['2^64 + 1', String(2n ** 64n + 1n)],
        ['floor(10^30 / 7)', String(10n ** 30n / 7n)],
        ['(10^20 + 1) - 10^20', '1'],
        ['1/3 + 1/6', '0.5'],
        ['1/3', '1/3'],
        ['-2/6', '-1/3'],
        ['0.1 + 0.2', '0.3'],
        ['sqrt(16) + 1', '5'],
        ['sqrt(9/4)', '1.5'],
        ['4321 * 98765', '426763565'],
      ];
      for (const [expr, want] of cases) expect(calculate(expr), expr).to.deep.equal({ ok: true, result: want });
    });

    it('primality: Miller-Rabin and Baillie-PSW agree with trial division, and with known large primes', () => {
      const trial = (n: number): boolean => {
        if (n < 2) return false;
        for (let p = 2; p * p <= n; p++) if (n % p === 0) return false;
        return true;
      };
      for (let n = 0; n < 20_000; n++) expect(isPrime(BigInt(n)), String(n)).to.equal(trial(n));
      // Baillie-PSW alone, on odd n including the strong pseudoprimes to base 2 and Carmichael numbers
      for (let n = 43; n < 20_000; n += 2) expect(bailliePSW(BigInt(n)), `BPSW ${n}`).to.equal(trial(n));
      for (const n of [2047n, 3277n, 4033n, 4681n, 8321n, 15841n, 29341n, 42799n, 49141n, 52633n, 65281n, 74665n, 80581n, 85489n, 88357n, 90751n, 561n, 1105n, 1729n, 3215031751n]) {
        expect(bailliePSW(n), `pseudoprime ${n}`).to.equal(false);
      }
      for (const p of [127n, 521n, 607n, 1279n]) expect(isPrime(2n ** p - 1n), `2^${p} - 1`).to.equal(true);
      for (const c of [2n ** 127n + 1n, 2n ** 523n - 1n, (2n ** 61n - 1n) * (2n ** 89n - 1n), (2n ** 127n - 1n) ** 2n]) expect(isPrime(c), String(c)).to.equal(false);
    });

    it('a result that cannot be exact is marked approximate (never a silently rounded integer)', () => {
      for (const [expr, re] of [
        ['sqrt(2)', /^≈1\.41421356237/],
        ['pi', /^≈3\.14159265358/],
        ['cos(1)', /^≈0\.54030230586/],
        ['(2^(1/3))^3', /^≈2$/],
        ['floor((2^(1/3))^3)', /^≈[12]$/],
        ['isPrime(floor(sqrt(2) * 10^20))', /^≈(true|false)$/],
      ] as const) {
        const out = calculate(expr);
        expect(out.ok, expr).to.equal(true);
        expect(out.ok && out.result, expr).to.match(re);
        expect(out.ok && out.approximate, expr).to.equal(true);
      }
      // an exact intermediate too large to hold is an error, not a guess
      const huge = calculate('mod(7^(10^9), 13)');
      expect(huge).to.deep.include({ ok: false, code: 'RESULT_TOO_LARGE' });
    });

    it('reports syntax errors and oversized results as errors', () => {
      expect(calculate('3 *')).to.deep.include({ ok: false, code: 'SYNTAX' });
      expect(calculate('ones(100, 100)', 1000)).to.deep.include({ ok: false, code: 'RESULT_TOO_LARGE' });
    });
  });

  describe('protocol', () => {
    it('parses tool calls in order and the last answer; escapes results', () => {
      const p = parseTurn('first <tool>calc: 1+2</tool> then <TOOL> Calc :3*4</TOOL> <tool>2+2</tool> <answer> 1 </answer> <answer>7</answer>');
      expect(p.toolCalls).to.deep.equal([{ name: 'calc', argument: '1+2' }, { name: 'calc', argument: '3*4' }, { name: '', argument: '2+2' }]);
      expect(p.answer).to.equal('7');
      expect(parseTurn('<tool>calc: 1+').unclosed).to.deep.equal(['tool']);
      expect(formatResult(true, 'a</result>')).to.equal('<result>a&lt;/result&gt;</result>');
    });

    it('matches tags like the lazy regex /<tool>([\\s\\S]*?)<\\/tool>/gi, also among unclosed and nested tags', () => {
      // the parser scans in linear time; these pin its matching to the regex's (earliest close after each open)
      const cases: Array<[string, Array<{ name: string; argument: string }>, string | undefined]> = [
        ['<tool><tool>calc: 1</tool></tool>', [{ name: '', argument: '<tool>calc: 1' }], undefined],
        ['<tool>calc: 1<TOOL>calc: 2</Tool> <tool>calc: 3', [{ name: 'calc', argument: '1<TOOL>calc: 2' }], undefined],
        ['</tool><tool>calc: 5</tool><answer>1<answer>2</answer>3</answer>', [{ name: 'calc', argument: '5' }], '1<answer>2'],
        ['<answer>1</answer><answer>2', [], '1'],
        [`${'<tool>'.repeat(100_000)}<answer>4</answer>`, [], '4'],
      ];
      for (const [text, toolCalls, answer] of cases) {
        const p = parseTurn(text);
        expect(p.toolCalls, text.slice(0, 60)).to.deep.equal(toolCalls);
        expect(p.answer, text.slice(0, 60)).to.equal(answer);
      }
      expect(parseTurn(`${'<tool>'.repeat(100_000)}<answer>4</answer>`).unclosed).to.deep.equal(['tool']);
    });
  });

  describe('literal numbers (the answer form)', () => {
    it('reads integers, decimals and reduced fractions in the usual wrappers, and nothing else', () => {
      const yes: Array<[string, string]> = [
        ['9716', '9716'], [' -12 ', '-12'], ['+7', '7'], ['1,234,567', '1234567'], ['1\\,234', '1234'], ['3.50', '3.50'], ['.5', '0.5'], ['-0.25', '-0.25'],
        ['3/4', '3/4'], ['-3 / 4', '-3/4'], ['\\frac{3}{4}', '3/4'], ['-\\dfrac{3}{4}', '-3/4'], ['\\frac{-3}{4}', '-3/4'],
        ['\\boxed{42}', '42'], ['$42$', '42'], ['$\\boxed{42}$', '42'], ['\\(42\\)', '42'], ['$12.50', '12.50'], ['\\$1,200', '1200'], ['9716.', '9716'],
        ['The answer is 18', '18'], ['Answer: $\\boxed{18}$', '18'], ['x = -5', '-5'], ['9716 apples', '9716'], ['18 dollars.', '18'], ['25%', '25'], ['\u221212', '-12'], ['9716 \\text{ apples}', '9716'],
      ];
      for (const [text, canonical] of yes) {
        const r = parseLiteralNumber(text);
        expect(r.ok && r.canonical, text).to.equal(canonical);
      }
      const no = [
        '', '347 * 28', '2^10', '12 or 13', '12, 13', '1,23', '12,3456', '6/4', '4/1', '0/1', '3/0', '-\\frac{-3}{4}', '1e3', '\\phantom{1}2',
        '2 % 3', '\\text{12}', '3 million', '12 apples or 13', '12 or 13 apples', '7 and 8', 'What is 3 + 4?', '2 times 3', '1.5 thousand', '3 + 4 = 7', 'x = 3 or x = 4', '９７１６', '97\u200b16', '--5', '2 1/2', '\\boxed{1}\\boxed{2}', '12 \\iffalse 13 \\fi', 'Compute 3 + 4.', '2\u22121',
      ];
      for (const text of no) expect(parseLiteralNumber(text).ok, JSON.stringify(text)).to.equal(false);
      expect(parseLiteralNumber('6/4', { reduced: false })).to.deep.include({ ok: true, canonical: '3/2' });
      expect((parseLiteralNumber('6/4') as { reason: string }).reason).to.match(/lowest terms.*3\/2/);
      expect((parseLiteralNumber('347 * 28') as { reason: string }).reason).to.match(/^not a number/);
    });
  });

  describe('word problems', () => {
    it('are seeded, multi-digit, and their expression evaluates to the gold answer at every difficulty', () => {
      for (let d = 1; d <= 4; d++) {
        for (let i = 0; i < 200; i++) {
          const r = arithmeticWordProblems.generate(itemRng(5, i, d), d, i);
          expect(arithmeticWordProblems.generate(itemRng(5, i, d), d, i)).to.deep.equal(r);
          expect(Math.max(...(r.problem.match(/\d+/g) ?? []).map(Number)), r.problem).to.be.at.least(100);
          expect(calculate(r.metadata.expression as string), r.problem).to.deep.equal({ ok: true, result: r.answer });
          expect(Number(r.answer)).to.be.greaterThan(0);
        }
      }
    });
  });

  it('passes checkEnv for each problem source', async () => {
    for (const kwargs of [{}, { problems: 'arithmetic', difficulty: 3 }, { problems: 'dataset' }]) {
      await withEnv(kwargs, async (env) => {
        const report = await checkEnv(env.unwrapped);
        expect(report.warnings, JSON.stringify(kwargs)).to.deep.equal([]);
      });
    }
  });

  it('reset: the first observation is the whole prompt; same seed, same problem; difficulty per episode', async () => {
    await withEnv({}, async (env) => {
      const a = await env.reset({ seed: 4 });
      const b = await env.reset({ seed: 4 });
      expect(a).to.deep.equal(b);
      expect(a.info.role).to.equal('user');
      const problem = (env.unwrapped as CalculatorToolEnv).current?.problem as string;
      expect(a.observation).to.include(`Problem: ${problem}`).and.include('<tool>calc:').and.include('<answer>').and.include('8 turns');
      expect((await env.reset({ seed: 5 })).observation).to.not.equal(a.observation);
      expect((await env.reset({ seed: 4, options: { difficulty: 4 } })).info.difficulty).to.equal(4);
      expect((await env.reset({ seed: 4 })).info.difficulty).to.equal(2);
    });
  });

  it('a turn with neither a tool call nor an answer gets the format, as a user message', async () => {
    await withEnv({}, async (env) => {
      await env.reset({ seed: 1 });
      const r = await env.step('I think the answer is big.');
      expect(r).to.deep.include({ reward: 0, terminated: false, truncated: false });
      expect(r.info).to.deep.include({ role: 'user', formatError: true, turn: 1, turnsLeft: 7, total_tool_calls: 0, calc_calls: 0 });
      expect(r.observation).to.include('<tool>calc: ').and.include('<answer>').and.include('7 turn(s) left');
      const open = await env.step('<tool>calc: 2+2');
      expect(open.observation).to.include('<tool> without </tool>');
    });
  });

  it('tool calls come back as one tool message, in order, with the counts of verifiers ToolEnv', async () => {
    await withEnv({}, async (env) => {
      await env.reset({ seed: 1 });
      const r = await env.step('<tool>calc: 347 * 28</tool> and <tool>calc: 9716 - 1189</tool> and <tool>search: x</tool> and <tool>17</tool>');
      expect(r.observation).to.equal([
        '<result>9716</result>',
        '<result>8527</result>',
        '<error>unknown tool "search"; the only tool is calc</error>',
        '<error>a tool call must name its tool: &lt;tool&gt;calc: EXPRESSION&lt;/tool&gt;</error>',
      ].join('\n'));
      expect(r.info).to.deep.include({ role: 'tool', total_tool_calls: 4, calc_calls: 2, tool_errors: 2, turn: 1 });
      expect(calls(r).map((c) => c.code ?? 'ok')).to.deep.equal(['ok', 'ok', 'UNKNOWN_TOOL', 'BAD_CALL']);
      expect(env.observationSpace.contains(r.observation)).to.equal(true);
      const again = await env.step('<tool>calc: 1+1</tool>');
      expect(again.info).to.deep.include({ total_tool_calls: 5, calc_calls: 3, turn: 2 }); // cumulative over the episode
      // at most maxCallsPerTurn calls run
      const many = await env.step(Array.from({ length: 6 }, (_, i) => `<tool>calc: ${i}</tool>`).join(' '));
      expect(calls(many).map((c) => c.code ?? 'ok')).to.deep.equal(['ok', 'ok', 'ok', 'ok', 'TOO_MANY_CALLS', 'TOO_MANY_CALLS']);
      expect(many.observation.split('\n')).to.deep.equal(['<result>0</result>', '<result>1</result>', '<result>2</result>', '<result>3</result>', '<error>2 more tool call(s) were not run: at most 4 run per message</error>']);
    });
  });

  it('the observation stays in the observation space however many calls a message makes and however long their output', async () => {
    // 900 calls fit in one action (18,000 characters) but one error line each would be 60,000+ characters
    await withEnv({}, async (env) => {
      await env.reset({ seed: 1 });
      const r = await env.step('<tool>calc: 1</tool>'.repeat(900));
      expect(env.observationSpace.contains(r.observation)).to.equal(true);
      expect(calls(r)).to.have.length(900);
      expect(r.observation.split('\n')).to.have.length(5);
    });
    // large per-call limits: 64 results of up to 20,000 characters cannot all fit in 32,768
    await withEnv({ maxCallsPerTurn: 64, maxResultLength: 20_000 }, async (env) => {
      await env.reset({ seed: 1 });
      const r = await env.step('<tool>calc: ones(5000)</tool>'.repeat(8));
      expect(env.observationSpace.contains(r.observation)).to.equal(true);
      const lines = r.observation.split('\n');
      expect(lines).to.have.length(8);
      expect(lines[0]).to.match(/^<result>≈?\[1, 1, /);
      expect(lines.at(-1)).to.match(/^<error>output dropped/);
    });
  });

  it('tool errors are observations, never crashes: bad syntax, forbidden functions, over-long expressions, limits', async () => {
    await withEnv({ maxTurns: 20, maxEpisodeSteps: 20 }, async (env) => {
      await env.reset({ seed: 2 });
      const errorOf = async (expr: string): Promise<ToolCallInfo> => {
        const r = await env.step(`<tool>calc: ${expr}</tool>`);
        expect(r, expr).to.deep.include({ reward: 0, terminated: false, truncated: false });
        expect(r.info.role).to.equal('tool');
        const [c] = calls(r);
        expect(c?.ok, expr).to.equal(false);
        expect(r.observation).to.equal(`<error>${(c?.error as string).replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</error>`);
        return c as ToolCallInfo;
      };
      expect((await errorOf('3 * (4 +')).code).to.equal('SYNTAX');
      expect((await errorOf('import({x: 1})')).code).to.equal('FORBIDDEN');
      expect((await errorOf('evaluate("1+1")')).code).to.equal('FORBIDDEN');
      const long = await errorOf('1+'.repeat(300) + '1');
      expect(long.code).to.equal('EXPRESSION_TOO_LONG');
      expect(long.error).to.include('601 characters').and.include('limit of 500');
      expect((await errorOf('ones(300, 300)')).code).to.equal('RESULT_TOO_LARGE');
      // naive Fibonacci: about 10^8 calls, minutes of work, stopped by the wall-clock limit
      const slow = await errorOf('f(n) = n < 2 ? n : f(n - 1) + f(n - 2); f(40)');
      expect(slow.code).to.equal('TIMEOUT');
      expect(slow.error).to.include('1000 ms');
      // a 10^4 x 10^4 matrix: cut by the time limit or the worker's memory limit, whichever comes first
      expect(['TIMEOUT', 'CRASHED']).to.include((await errorOf('zeros(10000, 10000)')).code);
      // the calculator still works afterwards
      const ok = await env.step('<tool>calc: 12345 * 6789</tool>');
      expect(ok.observation).to.equal('<result>83810205</result>');
      expect(ok.info).to.deep.include({ total_tool_calls: 8, calc_calls: 8, tool_errors: 7 });
    });
  });

  it('an expression that times out does not time out the others running beside it (concurrent episodes share the sandbox)', async () => {
    const calc = pools!.calc;
    // two slow expressions occupy both workers (min(2, cores)); before, the others queued behind them in the pool
    const slow = 'f(n) = n < 2 ? n : f(n - 1) + f(n - 2); f(40)';
    const outs = await Promise.all([slow, slow, '12345 * 6789', '2 + 2', '12345 * 6789', '2 + 2'].map((e) => calc.calc(e)));
    expect(outs.slice(0, 2).map((o) => (o.ok ? 'ok' : o.code))).to.deep.equal(['TIMEOUT', 'TIMEOUT']);
    expect(outs.slice(2)).to.deep.equal([
      { ok: true, result: '83810205' },
      { ok: true, result: '4' },
      { ok: true, result: '83810205' },
      { ok: true, result: '4' },
    ]);
  });

  it('the answer ends the episode: reward 1 when the verifier says correct, 0 when wrong', async () => {
    await withEnv({}, async (env) => {
      await env.reset({ seed: 9 });
      const gold = (env.unwrapped as CalculatorToolEnv).current?.answer as string;
      const right = await env.step(`So the answer is <answer>${gold}</answer>`);
      expect(right).to.deep.include({ reward: 1, terminated: true, truncated: false });
      expect(right.info).to.deep.include({ role: 'user', correct: true, gold, answer: gold });
      expect(right.info).to.not.have.property('verifierError');
      let err: unknown;
      await env.step('<answer>1</answer>').catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ResetNeededError);

      await env.reset({ seed: 9 });
      const wrong = await env.step(`<tool>calc: 1+1</tool><answer>${Number(gold) + 1}</answer>`);
      expect(wrong).to.deep.include({ reward: 0, terminated: true });
      expect(wrong.info).to.deep.include({ correct: false, ignoredToolCalls: 1, total_tool_calls: 0 });
      expect(wrong.info).to.not.have.property('verifierError');
    });
  });

  it('a verifier failure is reward 0 with info.verifierError, not a silent wrong answer (dataset answers that are not numbers)', async () => {
    await withEnv({ problems: 'dataset', dataset: 'math500', limit: 5, verifyOptions: { maxInputLength: 20 } }, async (env) => {
      await env.reset({ seed: 9, options: { index: 0 } }); // gold (3, pi/2): the verifier judges it
      const r = await env.step(`<answer>(3, ${'9'.repeat(30)})</answer>`);
      expect(r).to.deep.include({ reward: 0, terminated: true });
      expect((r.info.verifierError as { code: string }).code).to.equal('INPUT_TOO_LARGE');
    });
  });

  it('is truncated after maxTurns messages without an answer (and make() registers the same limit)', async () => {
    await withEnv({ maxTurns: 2, maxEpisodeSteps: 10 }, async (env) => {
      await env.reset({ seed: 0 });
      expect((await env.step('<tool>calc: 1</tool>')).truncated).to.equal(false);
      const last = await env.step('<tool>calc: 2</tool>');
      expect(last).to.deep.include({ reward: 0, terminated: false, truncated: true });
      expect(last.info.reason).to.equal('no <answer> within 2 turns');
      let err: unknown;
      await env.step('<answer>1</answer>').catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ResetNeededError);
    });
    await withEnv({}, async (env) => {
      expect(env.spec?.maxEpisodeSteps).to.equal((env.unwrapped as CalculatorToolEnv).maxTurns);
    });
  });

  it('same seed and same messages, same episode', async () => {
    const run = () =>
      withEnv({}, async (env) => {
        const trace: unknown[] = [(await env.reset({ seed: 21 })).observation];
        for (const a of ['hello', '<tool>calc: 2^20</tool>', '<answer>1048576</answer>']) {
          const r = await env.step(a);
          const { timeMs: _t, ...info } = r.info;
          trace.push(r.observation, r.reward, r.terminated, info);
        }
        return trace;
      });
    expect(await run()).to.deep.equal(await run());
  });

  it('scripted baseline: calling the calculator with the problem expression reaches reward 1 at every difficulty', async () => {
    for (const [problems, difficulty] of [['word', 1], ['word', 2], ['word', 3], ['word', 4], ['arithmetic', 3], ['arithmetic', 4], ['arithmetic', 5]] as const) {
      await withEnv({ problems, difficulty }, async (env) => {
        let total = 0;
        for (let seed = 0; seed < 5; seed++) {
          const reset = await env.reset({ seed });
          // the expression comes from the problem record (a scripted policy's privilege), not from info
          const policy = calculatorBaseline(((env.unwrapped as CalculatorToolEnv).current?.metadata as { expression: string }).expression);
          let obs = reset.observation;
          let r: StepResult<string>;
          do {
            r = await env.step(policy(obs));
            obs = r.observation;
          } while (!r.terminated && !r.truncated);
          expect(r.info, `${problems} ${difficulty} seed ${seed}`).to.deep.include({ calc_calls: 1, correct: true });
          total += r.reward;
        }
        expect(total).to.equal(5);
      });
    }
  });

  it('dataset problems: gsm8k records, picked by seed or options.index', async () => {
    const gsm8k = (await loadDataset('gsm8k', { limit: 5 })).records;
    await withEnv({ problems: 'dataset', limit: 5 }, async (env) => {
      const r = await env.reset({ seed: 0, options: { index: 3 } });
      expect(r.info.id).to.equal(gsm8k[3]?.id);
      expect(r.observation).to.include(gsm8k[3]?.problem as string);
      const done = await env.step(`<answer>${gsm8k[3]?.answer}</answer>`);
      expect(done.reward).to.equal(1);
      let err: unknown;
      await env.reset({ options: { index: 5 } }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
    });
  });

  describe('reward integrity (issue 15)', () => {
    /** Plays `episodes` one-message episodes with `message(record)` and returns the total reward. */
    async function exploit(kwargs: Record<string, unknown>, episodes: number, message: (r: { problem: string; answer: string; expression: string }) => string): Promise<number> {
      return withEnv(kwargs, async (env) => {
        let total = 0;
        for (let seed = 0; seed < episodes; seed++) {
          await env.reset({ seed });
          const rec = (env.unwrapped as CalculatorToolEnv).current as unknown as { problem: string; answer: string; metadata: { expression: string } };
          const r = await env.step(message({ problem: rec.problem, answer: rec.answer, expression: rec.metadata.expression }));
          expect(r.terminated, 'the answer ends the episode').to.equal(true);
          total += r.reward;
        }
        return total;
      });
    }

    it('an expression as the final answer earns 0 (no tool call, the problem\'s own expression), with the reason in info', async () => {
      expect(await exploit({}, 40, (r) => `<answer>${r.expression}</answer>`), 'word: <answer>EXPRESSION</answer>').to.equal(0);
      expect(await exploit({ problems: 'arithmetic', difficulty: 3 }, 40, (r) => `<answer>${r.expression}</answer>`), 'arithmetic: <answer>EXPRESSION</answer>').to.equal(0);
      await withEnv({}, async (env) => {
        await env.reset({ seed: 3 });
        const expression = ((env.unwrapped as CalculatorToolEnv).current?.metadata as { expression: string }).expression;
        const r = await env.step(`<answer>${expression}</answer>`);
        expect(r.reward).to.equal(0);
        expect(r.info).to.deep.include({ correct: false });
        expect((r.info.verdict as { rule: string; reason: string }).rule).to.equal('not-a-number');
        expect((r.info.verdict as { rule: string; reason: string }).reason).to.match(/not a number/);
      });
    });

    it('the question copied as the answer earns 0 (arithmetic and word problems)', async () => {
      expect(await exploit({ problems: 'arithmetic', difficulty: 1 }, 40, (r) => `<answer>${r.problem}</answer>`), 'arithmetic d1: copy the question').to.equal(0);
      expect(await exploit({ problems: 'arithmetic', difficulty: 5 }, 40, (r) => `<answer>${r.problem}</answer>`), 'arithmetic d5: copy the question').to.equal(0);
      expect(await exploit({}, 20, (r) => `<answer>${r.problem}</answer>`), 'word: copy the question').to.equal(0);
    });

    it('a number dressed up, hedged or padded earns 0; a plain number in the usual wrappers earns 1', async () => {
      const cheats: Array<(g: string) => string> = [
        (g) => `<answer>${g} + 0</answer>`,
        (g) => `<answer>${g}*1</answer>`,
        (g) => `<answer>${g} or ${Number(g) + 1}</answer>`,
        (g) => `<answer>${Number(g) + 1}, ${g}</answer>`,
        (g) => `<answer>${Number(g) + 1}</answer><answer>${g}</answer>`, // several final answers in one message
        (g) => `<answer>${g}</answer> <answer>${Number(g) - 1}</answer>`,
        (g) => `<answer>\\phantom{${Number(g) + 1}}${g}</answer>`,
        (g) => `<answer>${g}\\iffalse ${Number(g) + 1}\\fi</answer>`,
        (g) => `<answer>${g} % ${Number(g) + 1}</answer>`,
        (g) => `<answer>{\\color{white}${Number(g) + 1}}${g}</answer>`,
        (g) => `<answer>${g.slice(0, 1)}\u200b${g.slice(1)}</answer>`,
        (g) => `<answer>${'9'.repeat(5000)}</answer>`,
        (g) => `<answer>${g}/1</answer>`,
        (g) => `<answer>${Number(g) * 2}/2</answer>`,
        () => '<answer></answer>',
      ];
      for (const [i, cheat] of cheats.entries()) {
        const total = await exploit({}, 4, (r) => cheat(r.answer));
        expect(total, `cheat #${i}: ${cheat('1234')}`).to.equal(0);
      }
      const honest: Array<(g: string) => string> = [
        (g) => `<answer>${g}</answer>`,
        (g) => `<answer> \\boxed{${g}} </answer>`,
        (g) => `<answer>$${g}$</answer>`,
        (g) => `<answer>${Number(g).toLocaleString('en-US')}</answer>`,
        (g) => `<answer>${g}.0</answer>`,
        (g) => `<answer>${g}</answer> so the answer is <answer>${g}</answer>`, // the same answer twice is not a hedge
        (g) => `<answer>${g}</answer> or rather <answer>${Number(g).toLocaleString('en-US')}</answer>`,
      ];
      for (const [i, form] of honest.entries()) {
        expect(await exploit({}, 4, (r) => form(r.answer)), `honest #${i}: ${form('1234')}`).to.equal(4);
      }
    });

    it('fractions must be reduced; exact decimals of them are accepted (arithmetic d5)', async () => {
      await withEnv({ problems: 'arithmetic', difficulty: 5 }, async (env) => {
        let checked = 0;
        for (let seed = 0; checked < 3 && seed < 50; seed++) {
          await env.reset({ seed });
          const gold = (env.unwrapped as CalculatorToolEnv).current?.answer as string;
          const m = /^(-?)(\d+)\/(\d+)$/.exec(gold);
          if (!m) continue;
          checked += 1;
          const r = await env.step(`<answer>${m[1]}${Number(m[2]) * 3}/${Number(m[3]) * 3}</answer>`);
          expect(r.reward, `unreduced ${gold}`).to.equal(0);
          expect((r.info.verdict as { reason: string }).reason).to.match(/lowest terms/);
          await env.reset({ seed });
          expect((await env.step(`<answer>${m[1]}\\frac{${m[2]}}{${m[3]}}</answer>`)).reward, `\\frac of ${gold}`).to.equal(1);
        }
        expect(checked).to.equal(3);
      });
    });

    it('dataset problems: a copy of the question or of its $...$ expressions earns 0, and a decimal is asked for as one', async () => {
      const recs = (await loadDataset('math500', { limit: 120 })).records;
      await withEnv({ problems: 'dataset', dataset: 'math500', limit: 120 }, async (env) => {
        let total = 0;
        for (const [index, rec] of recs.entries()) {
          const segments = [...rec.problem.matchAll(/\$([^$]+)\$/g)].map((m) => m[1] as string);
          for (const copy of [rec.problem, ...segments].slice(0, 3)) {
            await env.reset({ options: { index } });
            const r = await env.step(`<answer>${copy}</answer>`);
            total += r.reward;
          }
        }
        expect(total, 'reward of copying the question or its expressions').to.equal(0);
        // "Write $\frac{3}{20}$ as a decimal": the fraction, however written, is not the decimal asked for
        const index = recs.findIndex((r) => r.answer === '0.15' && r.problem.includes('as a decimal'));
        expect(index).to.be.at.least(0);
        for (const [answer, reward] of [['\\frac{3}{20}', 0], ['3/20', 0], ['0.15', 1], ['.15', 1]] as const) {
          await env.reset({ options: { index } });
          expect((await env.step(`<answer>${answer}</answer>`)).reward, answer).to.equal(reward);
        }
      });
    });

    it('nothing in info before the episode ends gives the gold away (reset and every non-terminal step)', async () => {
      for (const kwargs of [{}, { problems: 'arithmetic', difficulty: 4 }, { problems: 'dataset', limit: 30 }]) {
        await withEnv(kwargs, async (env) => {
          for (let seed = 0; seed < 15; seed++) {
            const reset = await env.reset({ seed });
            const rec = (env.unwrapped as CalculatorToolEnv).current as { answer: string; metadata: Record<string, unknown> };
            const infos = [reset.info];
            for (const msg of ['thinking', '<tool>calc: 1234567/1000</tool>']) infos.push((await env.step(msg)).info);
            for (const info of infos) {
              for (const key of ['gold', 'answer', 'metadata', 'expression', 'solution']) expect(info, `${JSON.stringify(kwargs)} ${key}`).to.not.have.property(key);
              for (const leaf of stringLeaves(info)) {
                expect(leaf, JSON.stringify(kwargs)).to.not.equal(rec.answer);
                const v = calculate(leaf);
                if (v.ok) expect(v.result, `info string ${JSON.stringify(leaf)} evaluates to the gold`).to.not.equal(rec.answer);
              }
            }
            const done = await env.step('<answer>0</answer>');
            expect(done.info.gold, 'the terminal step may carry the gold').to.equal(rec.answer);
          }
        });
      }
    });

    it('maxTurns above the time limit make() wraps the env in is a ConfigError (the two limits agree)', async () => {
      let err: unknown;
      await make(ID, { maxTurns: 20 }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(/maxTurns 20.*maxEpisodeSteps 8/).and.match(/maxEpisodeSteps: 20/);
      err = undefined;
      await make(ID, { maxEpisodeSteps: 5 }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      await withEnv({ maxTurns: 20, maxEpisodeSteps: 20 }, async (env) => {
        await env.reset({ seed: 0 });
        for (let t = 1; t < 20; t++) expect((await env.step('<tool>calc: 1</tool>')).truncated, `turn ${t}`).to.equal(false);
        expect((await env.step('<tool>calc: 1</tool>')).truncated).to.equal(true);
        err = undefined;
        await env.step('<answer>1</answer>').catch((e: unknown) => (err = e));
        expect(err).to.be.instanceOf(ResetNeededError);
      });
      await withEnv({ maxTurns: 20, maxEpisodeSteps: -1 }, async (env) => expect(env.spec?.maxEpisodeSteps).to.equal(undefined));
    });
  });

  it('bad options are ConfigErrors that say what to fix', async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ colour: 1 }, /unknown option.*"colour"/],
      [{ problems: 'poems' }, /problems must be "word", "arithmetic" or "dataset"/],
      [{ difficulty: 9 }, /difficulty must be an integer in 1\.\.4/],
      [{ problems: 'dataset', difficulty: 2 }, /difficulty applies to procedural problems/],
      [{ dataset: 'gsm8k' }, /dataset applies to problems: "dataset" only/],
      [{ maxTurns: 0 }, /maxTurns must be an integer in 1\.\.1000/],
      [{ calcTimeoutMs: -1 }, /timeoutMs must be an integer/],
      [{ promptTemplate: 'no slot' }, /\{problem\}/],
    ];
    for (const [kwargs, re] of bad) {
      expect(() => new CalculatorToolEnv(kwargs as never), JSON.stringify(kwargs)).to.throw(ConfigError, re);
    }
    const env = new CalculatorToolEnv();
    let err: unknown;
    await env.step('<answer>1</answer>').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ResetNeededError);
  });
});
