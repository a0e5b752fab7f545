import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli', function () {
  this.timeout(60_000);

  it('envs --json lists the registered specs', async () => {
    const r = await mathgym(['envs', '--json']);
    expect(r.code).to.equal(0);
    const specs = JSON.parse(r.stdout) as { id: string; maxEpisodeSteps: number; description: string; kwargs: object; factory?: unknown }[];
    expect(specs.map((s) => s.id)).to.include('mathgym/Arithmetic-v0');
    // what a user needs, and no placeholder for the factory function
    for (const s of specs) {
      expect(s).to.not.have.property('factory');
      expect(s.description).to.be.a('string');
      expect(s.kwargs).to.be.an('object');
    }
  });

  it('envs: one short line per env (first sentence of the description, cut to 100 columns off a terminal)', async () => {
    const r = await mathgym(['envs']);
    expect(r.code, r.stderr).to.equal(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).to.be.greaterThan(20);
    for (const l of lines) expect(l.length, l).to.be.at.most(100);
    expect(r.stdout).to.match(/^mathgym\/Arithmetic-v0 +- +Single-turn exact arithmetic/m);
  });

  it('check all --json passes every built-in env', async () => {
    const r = await mathgym(['check', 'all', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const results = JSON.parse(r.stdout) as { id: string; ok: boolean }[];
    expect(results.length).to.be.greaterThan(0);
    expect(results.every((x) => x.ok)).to.equal(true);
  });

  it('exits 2 with a suggestion for an unknown id', async () => {
    const r = await mathgym(['check', 'mathgym/Arithmetc-v0']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/doesn't exist.*Did you mean: "mathgym\/Arithmetic-v0"/);
  });

  it('exits 2 for a bad option value, naming the option', async () => {
    const r = await mathgym(['play', 'mathgym/Arithmetic-v0', '--seed', 'abc']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/--seed must be a non-negative integer/);
  });

  it('prints the version and help for every command', async () => {
    const v = await mathgym(['--version']);
    expect(v.stdout.trim()).to.match(/^\d+\.\d+\.\d+$/);
    for (const cmd of ['envs', 'check', 'play', 'demo']) {
      const h = await mathgym([cmd, '--help']);
      expect(h.code).to.equal(0);
      expect(h.stdout).to.match(new RegExp(`Usage: mathgym ${cmd}`));
    }
  });

  it('play: a person types answers and sees rewards', async () => {
    // seed 3 at difficulty 1: read the question first, then answer it correctly and wrongly
    const first = await mathgym(['play', 'mathgym/Arithmetic-v0', '--seed', '3', '--episodes', '1', '--json'], 'x\n');
    const question = (JSON.parse(first.stdout.split('\n')[0] as string) as { observation: string }).observation;
    const expr = /^Compute (.+?)\./.exec(question)?.[1]?.replaceAll('×', '*').replaceAll('−', '-') ?? '';
    const [a, op, b] = expr.split(' ');
    const gold = op === '+' ? Number(a) + Number(b) : op === '-' ? Number(a) - Number(b) : Number(a) * Number(b);
    const r = await mathgym(['play', 'mathgym/Arithmetic-v0', '--seed', '3', '--episodes', '2'], `${gold}\nnot a number\n`);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include(question);
    expect(r.stdout).to.match(/reward 1 \(terminated\)/);
    expect(r.stdout).to.match(/reward 0 \(terminated\)\nverdict: rule no-answer - could not parse "not a number"/);
    expect(r.stdout).to.match(/2 episode\(s\), total reward 1/);
  });

  it('play: a Discrete env takes an index or the move as text (EquationRewrite-v0)', async () => {
    // seed 1: 8*x - 7 = 1, solved by moves typed as text (the second "collect" is refused, not a crash)
    const r = await mathgym(['play', 'mathgym/EquationRewrite-v0', '--seed', '1', '--episodes', '1'], 'add 7\ncollect\ndivide 8\ncollect\nsimplify\n');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Solve for x: 8*x - 7 = 1');
    expect(r.stdout).to.not.match(/action index NaN/);
    expect(r.stdout).to.match(/reward 1 \(terminated\)/);
  });

  it('check reports a broken plugin env as FAIL and goes on with the others', async () => {
    const r = await mathgym(['--require', './spec/fixtures/envs.ts', 'check', 'all', '--json']);
    expect(r.code).to.equal(1);
    const results = JSON.parse(r.stdout) as { id: string; ok: boolean; error?: string }[];
    const byId = new Map(results.map((x) => [x.id, x]));
    expect(byId.get('mathgym/Arithmetic-v0')?.ok).to.equal(true);
    expect(byId.get('test/Countdown-v0')?.ok).to.equal(true);
    expect(byId.get('test/OutOfSpace-v0')?.ok).to.equal(false);
    expect(byId.get('test/OutOfSpace-v0')?.error).to.match(/observation-in-space/);
    expect(byId.get('test/BadCtor-v0')?.error).to.match(/TypeError: constructor exploded/);
  });

  it('usage errors in subcommands exit 2', async () => {
    expect((await mathgym(['envs', '--bogus'])).code).to.equal(2);
    expect((await mathgym(['play'])).code).to.equal(2);
  });

  it('--require loads a plugin whose envs then show up', async () => {
    const r = await mathgym(['--require', './spec/fixtures/envs.ts', 'envs', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id)).to.include.members(['test/Countdown-v0', 'test/Faulty-v0']);
  });
});
