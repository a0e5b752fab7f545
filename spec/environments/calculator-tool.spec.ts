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
      expect(calculate('1/3')).to.deep.equal({ ok: true, result: '0.33333333333333' });
      expect(calculate('sqrt(16) + cos(pi)')).to.deep.equal({ ok: true, result: '3' });
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
      expect(lines[0]).to.match(/^<result>\[1, 1, /);
      expect(lines.at(-1)).to.match(/^<error>output dropped/);
    });
  });

  it('tool errors are observations, never crashes: bad syntax, forbidden functions, over-long expressions, limits', async () => {
    await withEnv({ maxTurns: 20 }, async (env) => {
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

  it('a verifier failure is reward 0 with info.verifierError, not a silent wrong answer', async () => {
    await withEnv({ verifyOptions: { maxInputLength: 20 } }, async (env) => {
      await env.reset({ seed: 9 });
      const r = await env.step(`<answer>${'9'.repeat(30)}</answer>`);
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
    for (const [problems, difficulty] of [['word', 1], ['word', 2], ['word', 3], ['word', 4], ['arithmetic', 3]] as const) {
      await withEnv({ problems, difficulty }, async (env) => {
        let total = 0;
        for (let seed = 0; seed < 5; seed++) {
          const reset = await env.reset({ seed });
          const policy = calculatorBaseline((reset.info.metadata as { expression: string }).expression);
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
