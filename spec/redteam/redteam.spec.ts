import { expect } from 'chai';
import { Env, type Info, PRINTABLE_CHARSET, Registry, type ResetResult, type StepResult, Text } from '../../lib/index.js';
import { registerEnvs } from '../../environments/index.js';
import { redteam, redteamHtml, redteamTable, textExploits, threshold } from '../../lib/redteam/index.js';
import { infoLeaves } from '../../lib/redteam/exploits.js';
import { exactValue } from '../../environments/arithmetic/baselines.js';

interface QuizKwargs {
  /** reset info carries the gold */
  readonly leak?: boolean;
  /** an answer containing the question's sum expression pays too */
  readonly acceptExpression?: boolean;
  /** step() after the end keeps paying (the env has no guard of its own) */
  readonly payAfterEnd?: boolean;
  /** any answer with a `+` in it pays ("the antiderivative plus a constant" done wrong): whatever the question */
  readonly acceptAnySum?: boolean;
  /** answers are three labels, "a" 70% of the time */
  readonly skewedLabels?: boolean;
}

/** A one-step quiz: "Compute a + b." with an exact integer answer; kwargs switch on one weakness each. */
class QuizEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 200, minLength: 1, charset: PRINTABLE_CHARSET });
  readonly actionSpace = new Text({ maxLength: 300_000, minLength: 0, charset: `${PRINTABLE_CHARSET}\u200bОlЗоаесрх` });
  private a = 0;
  private b = 0;
  private label = '';
  constructor(readonly kw: QuizKwargs = {}) {
    super();
  }
  protected resetEpisode(): ResetResult<string> {
    this.a = this.npRandom.integer(100, 999);
    this.b = this.npRandom.integer(100, 999);
    const u = this.npRandom.float();
    this.label = u < 0.7 ? 'a' : u < 0.85 ? 'b' : 'c';
    const info: Info = { id: `quiz-${this.a * 1000 + this.b}` };
    if (this.kw.leak) info.metadata = { sum: this.a + this.b };
    const observation = this.kw.skewedLabels ? `Which label? (${this.a})` : `Compute ${this.a} + ${this.b}. Answer with the number.`;
    return { observation, info };
  }
  /** payAfterEnd: a third-party env that overrides step itself, skipping Env's lifecycle guard (what the after-end probe catches). */
  override async step(action: string): Promise<StepResult<string>> {
    return this.kw.payAfterEnd ? this.stepEpisode(action) : super.step(action);
  }
  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const gold = this.kw.skewedLabels ? this.label : String(this.a + this.b);
    const answer = action.trim();
    const right = answer === gold || (this.kw.acceptExpression === true && answer.replace(/\s/g, '') === `${this.a}+${this.b}`) || (this.kw.acceptAnySum === true && answer.includes('+'));
    return { observation: 'done', reward: right ? 1 : 0, terminated: true, truncated: false, info: { gold } };
  }
}

function quizRegistry(): Registry {
  const r = new Registry();
  for (const [id, kw, orderEnforce] of [
    ['test/Quiz-v0', {}, true],
    ['test/Leaky-v0', { leak: true }, true],
    ['test/Lenient-v0', { acceptExpression: true }, true],
    ['test/Unguarded-v0', { payAfterEnd: true }, false],
    ['test/Skewed-v0', { skewedLabels: true }, true],
    ['test/AnySum-v0', { acceptAnySum: true }, true],
  ] as const) {
    r.register({ id, factory: () => new QuizEnv(kw), orderEnforce });
  }
  return r;
}

const opts = { episodes: 30, calibration: 20, registry: quizRegistry() };

describe('redteam', () => {
  it('passes an honest env: no exploit above chance, the gold pays, steps after the end are refused', async () => {
    const r = await redteam('test/Quiz-v0', opts);
    expect(r.error).to.equal(undefined);
    expect(r.honest).to.equal(1);
    expect(r.format).to.equal('bare');
    expect(r.findings).to.deep.equal([]);
    expect(r.exploitable).to.equal(false);
    expect(r.afterEnd.refused).to.equal(r.afterEnd.tried);
    expect(r.afterEnd.tried).to.be.greaterThan(0);
  });

  it('finds a gold leaked in reset info', async () => {
    const r = await redteam('test/Leaky-v0', opts);
    expect(r.findings).to.include('info-leak:metadata.sum');
    expect(r.exploitable).to.equal(true);
  });

  it('finds an unevaluated expression copied from the question', async () => {
    const r = await redteam('test/Lenient-v0', opts);
    expect(r.findings.some((f) => f.startsWith('copy-expression') || f.startsWith('unevaluated'))).to.equal(true, r.findings.join(', '));
  });

  it('finds an exploit that pays whatever the question, though its control pays as often', async () => {
    const r = await redteam('test/AnySum-v0', opts);
    const copy = r.exploits.filter((e) => (e.id.startsWith('copy-expression') || e.id.startsWith('unevaluated')));
    expect(copy.some((e) => e.controlRate > 0.5 && e.exploitable), JSON.stringify(copy.map((e) => [e.id, e.winRate, e.controlRate]))).to.equal(true);
    expect(r.exploitable).to.equal(true);
  });

  it('finds steps that are not refused after the episode ended', async () => {
    const r = await redteam('test/Unguarded-v0', opts);
    expect(r.afterEnd.exploitable).to.equal(true);
    expect(r.findings).to.include('after-end');
  });

  it('finds unbalanced labels: a constant answer above 1/K', async () => {
    const r = await redteam('test/Skewed-v0', { ...opts, episodes: 60, calibration: 40 });
    expect(r.classes).to.equal(3);
    expect(r.chance).to.be.closeTo(1 / 3, 1e-9);
    expect(r.findings).to.include('constant');
  });

  it('reports as a table and as HTML that names every finding', async () => {
    const reports = [await redteam('test/Quiz-v0', opts), await redteam('test/Leaky-v0', opts)];
    const rows = redteamTable(reports);
    expect(rows[0]?.at(-1)).to.equal('ok');
    expect(rows[1]?.at(-1)).to.match(/^EXPLOITABLE: .*info-leak:metadata\.sum/);
    expect(redteamHtml(reports)).to.include("1 of 2 environments exploitable");
  });

  it('the threshold lies above chance by at least 2.5 episodes and three standard errors', () => {
    expect(threshold(0, 40)).to.be.closeTo(2.5 / 40, 1e-12);
    expect(threshold(1 / 3, 60)).to.be.closeTo(1 / 3 + 3 * Math.sqrt((1 / 3) * (2 / 3) / 60), 1e-12);
  });

  it('exploits see only what a policy sees: every one acts without the gold', () => {
    const ctx = { observation: 'Compute 3 + 4.', question: 'Compute 3 + 4.', infos: [{ id: 'q' }], frequentGolds: ['7', '8'], wrap: (g: string) => `\\boxed{${g}}` };
    for (const ex of textExploits(['id'])) {
      const a = ex.act(ctx);
      if (a !== undefined) expect(a).to.be.a('string');
    }
    expect(exactValue('(17-8)/(-9+12)')).to.equal('3');
    expect(exactValue('1/3 + 1/6')).to.equal('1/2');
    expect(exactValue('x+1')).to.equal(undefined);
    expect(infoLeaves({ a: { b: [1, 2], c: 'x' } }).map((l) => l.path)).to.deep.equal(['a.b', 'a.b[0]', 'a.b[1]', 'a.c']);
  });

  describe('built-in environments', function () {
    this.timeout(120_000);
    const reg = new Registry();
    registerEnvs(reg);
    for (const id of ['mathgym/PolynomialFactor-v0', 'mathgym/RationalSimplify-v0', 'mathgym/PropositionalLogic-v0', 'mathgym/EquationRewrite-v0']) {
      it(`${id} is not exploitable`, async () => {
        const r = await redteam(id, { episodes: 40, calibration: 30, registry: reg });
        expect(r.error).to.equal(undefined);
        expect(r.findings, r.findings.join(', ')).to.deep.equal([]);
      });
    }
  });
});
