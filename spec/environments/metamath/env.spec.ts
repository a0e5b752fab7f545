import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEnv, ConfigError, make, MetamathProofEnv, parseStepAction, type Env } from '../../../lib/index.js';
import { runBaseline } from '../../../environments/metamath/baseline.js';
import { parseDatabase, ProofState, replaceProof, verifyDatabase } from '../../../lib/metamath/index.js';
import { BUNDLED_DATABASES } from '../../../datasets/metamath/database.js';
import { HANG_BOUND_MS } from '../../support/time-limits.js';

const ID = 'mathgym/MetamathProof-v0';

async function mk(kwargs: Record<string, unknown> = {}): Promise<Env<string, string>> {
  return make<string, string>(ID, kwargs);
}

describe('mathgym/MetamathProof-v0', () => {
  it('passes checkEnv on the bundled database', async () => {
    const env = await mk();
    const report = await checkEnv(env.unwrapped);
    expect(report.warnings).to.deep.equal([]);
    await env.close();
  });

  it('proves mp2 step by step: goals as text and in info, reward 1 with a kernel-checked proof', async () => {
    const env = await mk({ theorem: 'mp2' });
    const r0 = await env.reset({ seed: 0 });
    expect(r0.observation).to.contain('Prove mp2: |- ch');
    expect(r0.observation).to.contain('mp2.3: |- ( ph -> ( ps -> ch ) )');
    expect(r0.info.goals).to.deep.equal([{ id: 0, kind: 'essential', typecode: '|-', expr: '|- ch' }]);
    const rewards: number[] = [];
    let last = await env.step('ax-mp');
    expect(last.observation).to.contain('1. |- &W0');
    expect(last.observation).to.contain('2. |- ( &W0 -> ch )');
    rewards.push(last.reward);
    for (const a of ['#2 ax-mp', '#2 mp2.3', 'mp2.1']) {
      last = await env.step(a);
      rewards.push(last.reward);
      expect(last.terminated).to.equal(false);
    }
    last = await env.step('mp2.2');
    expect(rewards).to.deep.equal([0, 0, 0, 0]);
    expect(last.reward).to.equal(1);
    expect(last.terminated).to.equal(true);
    expect(last.info.proved).to.equal(true);
    const proof = last.info.proof as { normal: string; compressed: string };
    expect(proof.normal.split(' ')).to.include('mp2.3');
    // the exported proofs are accepted by the kernel when put back into the database
    const text = readFileSync(BUNDLED_DATABASES['set-prop'], 'utf8');
    for (const p of [proof.normal, proof.compressed]) {
      const r = verifyDatabase(parseDatabase({ text: replaceProof(text, 'mp2', p) }), { labels: ['mp2'] });
      expect(r.failures).to.deep.equal([]);
      expect(r.incomplete).to.deep.equal([]);
    }
    await env.close();
  });

  it('penalizes an invalid action with an error in info and leaves the state unchanged', async () => {
    const env = await mk({ theorem: 'mp2' });
    const { observation } = await env.reset({ seed: 0 });
    for (const [action, error] of [
      ['nosuch', /unknown label/],
      ['syl', /not declared before mp2/], // declared later: only earlier assertions are usable
      ['wi', /typecode/],
      ['#3 ax-mp', /goal 3 does not exist/],
      ['ax-mp ph := ( ph', /not a well-formed/],
      ['{"label": 5}', /label/],
      ['undo', /nothing to undo/],
      ['', /empty action/],
    ] as const) {
      const r = await env.step(action);
      expect(r.reward, action).to.equal(-0.1);
      expect(r.terminated).to.equal(false);
      expect(r.info.valid).to.equal(false);
      expect(String(r.info.error), action).to.match(error);
      expect(r.observation).to.equal(observation);
    }
    await env.close();
  });

  it('takes substitutions and undo', async () => {
    const env = await mk({ theorem: 'mp2' });
    await env.reset({ seed: 0 });
    let r = await env.step('ax-mp ph := ps');
    expect(r.observation).to.contain('1. |- ps');
    expect(r.observation).to.contain('2. |- ( ps -> ch )');
    r = await env.step('undo');
    expect(r.reward).to.equal(0);
    expect(r.observation).to.contain('1. |- ch');
    r = await env.step('{"label": "ax-mp", "substitution": {"ph": "ph"}}');
    expect(r.observation).to.contain('2. |- ( ph -> ch )');
    await env.close();
  });

  it('truncates at the step limit', async () => {
    const env = await make<string, string>(ID, { theorem: 'mp2', maxEpisodeSteps: 3 });
    await env.reset({ seed: 0 });
    const flags: boolean[] = [];
    for (let i = 0; i < 3; i++) flags.push((await env.step('nosuch')).truncated);
    expect(flags).to.deep.equal([false, false, true]);
    await env.close();
  });

  it('lists candidate actions that all apply, and none that do not', async () => {
    const env = await mk({ theorem: 'syl' });
    await env.reset({ seed: 0 });
    const inner = env.unwrapped as MetamathProofEnv;
    const cands = inner.candidateActions();
    expect(cands).to.include.members(['ax-mp', 'mpd', 'a1i']);
    expect(cands).not.to.include('syl'); // the target itself
    expect(cands).not.to.include('imim2i'); // ( ( ch -> ph ) -> ... ): ph of the goal is fixed, not an implication
    for (const c of cands) expect(inner.proofState!.check(c).ok, c).to.equal(true);
    // every other earlier assertion fails
    const before = inner.loaded.db.statements.filter((s) => (s.kind === 'a' || s.kind === 'p') && s.index < inner.proofState!.target.index && s.expr[0] === inner.proofState!.target.expr[0]);
    for (const s of before) if (!cands.includes(s.label)) expect(inner.proofState!.check(s.label).ok, s.label).to.equal(false);
    await env.close();
  });

  it('selects targets by label list, range, section and count; rejects bad selectors with a fix', async () => {
    const labels = async (theorem: string) => ((await mk({ theorem })).unwrapped as MetamathProofEnv).targets.map((s) => s.label);
    expect(await labels('mp2,syl')).to.deep.equal(['mp2', 'syl']);
    expect(await labels('mp2..a1i')).to.deep.equal(['mp2', 'mp2b', 'a1i']);
    const prop = await labels('section:Propositional calculus');
    expect(prop[0]).to.equal('mp2');
    expect(prop.length).to.be.greaterThan(1000);
    expect(await labels('section:propositional calculus@200')).to.deep.equal(prop.slice(0, 200));
    expect(await labels('section:Logical negation@1')).to.have.length(1);
    for (const [theorem, msg] of [
      ['nosuch', /no statement labeled "nosuch"/],
      ['ax-mp', /\$a statement, not a theorem/],
      ['syl..mp2', /comes before/],
      ['section:No such section', /no section titled/],
      ['minif2f:test', /miniF2F/],
    ] as const) {
      let err: unknown;
      try {
        await mk({ theorem });
      } catch (e) {
        err = e;
      }
      expect(err, theorem).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(msg);
    }
  });

  it('draws targets from the seed: same seed, same theorem', async () => {
    const env = await mk({ theorem: 'section:Propositional calculus' });
    const a = (await env.reset({ seed: 5 })).info.theorem;
    const b = (await env.reset({ seed: 6 })).info.theorem;
    expect((await env.reset({ seed: 5 })).info.theorem).to.equal(a);
    expect([a, b].every((x) => typeof x === 'string')).to.equal(true);
    expect((await env.reset({ options: { theorem: 'syl' } })).info.theorem).to.equal('syl');
    await env.close();
  });

  it('rejects bad options with ConfigError', async () => {
    for (const kw of [{ nosuch: 1 }, { invalidPenalty: 1 }, { database: '/no/such.mm' }]) {
      let err: unknown;
      try {
        await mk(kw);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(kw)).to.be.instanceOf(ConfigError);
    }
  });
});

describe('parseStepAction', () => {
  it('reads labels, goal numbers, substitutions, JSON and undo', () => {
    expect(parseStepAction('ax-mp')).to.deep.equal({ kind: 'apply', label: 'ax-mp', goal: 0, substitution: {} });
    expect(parseStepAction('#2 a1i')).to.deep.equal({ kind: 'apply', label: 'a1i', goal: 1, substitution: {} });
    expect(parseStepAction('ax-mp ph := ( ps -> ch ) ; ps := th')).to.deep.equal({ kind: 'apply', label: 'ax-mp', goal: 0, substitution: { ph: '( ps -> ch )', ps: 'th' } });
    expect(parseStepAction('{"label":"x","goal":3}')).to.deep.equal({ kind: 'apply', label: 'x', goal: 2, substitution: {} });
    expect(parseStepAction(' undo ')).to.deep.equal({ kind: 'undo' });
    expect(parseStepAction('#0 x')).to.be.a('string');
    expect(parseStepAction('x ph :=')).to.be.a('string');
    expect(parseStepAction('{bad')).to.be.a('string');
  });
});

describe('baseline prover through the environment', function () {
  this.timeout(120_000);
  it('proves the first propositional theorems; every proof re-parses and verifies with the kernel', async () => {
    const s = await runBaseline({ theorem: 'section:Propositional calculus@12', maxExpansions: 300 });
    expect(s.attempted).to.equal(12);
    expect(s.results.filter((r) => r.replayError)).to.deep.equal([]);
    const proved = s.results.filter((r) => r.proved);
    expect(proved.length).to.be.at.least(10);
    let text = readFileSync(BUNDLED_DATABASES['set-prop'], 'utf8');
    for (const r of proved) text = replaceProof(text, r.theorem, r.proof!.compressed);
    const dir = mkdtempSync(join(tmpdir(), 'mm-found-'));
    try {
      const path = join(dir, 'found.mm');
      writeFileSync(path, text);
      const v = verifyDatabase(parseDatabase(path), { labels: proved.map((r) => r.theorem) });
      expect(v.failures).to.deep.equal([]);
      expect(v.checked).to.equal(proved.length);
      // and by metamath-exe, the reference C verifier, when it is installed
      const exe = spawnSync('metamath', ['set scroll continuous', `read "${path}"`, 'verify proof *', 'exit'], { encoding: 'utf8', timeout: 60_000 });
      if (exe.error) console.warn('      SKIPPED metamath-exe cross-check: `metamath` is not installed (apt-get install metamath)');
      else {
        expect(exe.stdout.split('\n').filter((l) => /^\?Error/.test(l))).to.deep.equal([]);
        expect(exe.stdout).to.match(/All proofs in the database were verified/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('MetamathProof-v0 under adversarial actions', () => {
  it('refuses a step that would blow a goal up, in milliseconds, leaving the state as it was', async () => {
    const env = await make<string, string>(ID, { theorem: 'stoic4b', maxEpisodeSteps: -1 });
    await env.reset({ seed: 0 });
    let last = await env.step('anidms');
    let steps = 1;
    while (last.info.valid !== false && steps < 40) {
      last = await env.step('anidms');
      steps++;
    }
    expect(String(last.info.error)).to.match(/limit 20000/);
    expect(last.observation.length).to.be.lessThan(200_000);
    const before = last.observation;
    const t = performance.now();
    const again = await env.step('anidms');
    expect(performance.now() - t).to.be.lessThan(HANG_BOUND_MS);
    expect(again.observation).to.equal(before);
    await env.close();
  });

  it('refuses over-long actions and reads long substitutions in linear time', async () => {
    const env = await mk({ theorem: 'syl' });
    await env.reset({ seed: 0 });
    const long = await env.step(`ax-mp ph := x${' '.repeat(100_000)}y`);
    expect(String(long.info.error)).to.match(/limit is 4000/);
    const t = performance.now();
    const spaced = await env.step(`ax-mp ph := x${' '.repeat(3900)}y`);
    expect(spaced.info.valid).to.equal(false);
    expect(performance.now() - t).to.be.lessThan(HANG_BOUND_MS);
    await env.close();
  });

  it('never lets an unproved ($= ? $.) statement serve as a lemma, directly or through another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-unproved-'));
    try {
      const path = join(dir, 'q.mm');
      writeFileSync(
        path,
        `$c |- wff ( ) -> $. $v ph ps $. wph $f wff ph $. wps $f wff ps $. wi $a wff ( ph -> ps ) $.
         ax $a |- ( ph -> ( ps -> ph ) ) $.
         lemma $p |- ( ph -> ps ) $= ? $.
         uses $p |- ( ps -> ph ) $= wps wph lemma $.
         thm $p |- ( ph -> ph ) $= ? $.\n`,
      );
      const env = await mk({ database: path, theorem: 'thm' });
      await env.reset({ seed: 0 });
      for (const label of ['lemma', 'uses']) {
        const r = await env.step(label);
        expect(r.reward, label).to.equal(-0.1);
        expect(String(r.info.error)).to.match(/no proof the kernel accepts/);
      }
      expect((env.unwrapped as MetamathProofEnv).candidateActions()).to.not.include.members(['lemma', 'uses']);
      await env.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a wrong lemma never earns reward (issue 22)', () => {
    const BOGUS = `$c |- wff ( ) -> $. $v ph ps $. wph $f wff ph $. wps $f wff ps $. wi $a wff ( ph -> ps ) $.
       ax $a |- ( ph -> ( ps -> ph ) ) $.
       bogus $p |- ph $= wph $.
       also $p |- ( ps -> ph ) $= wps wph wi bogus $.
       thm $p |- ( ps -> ps ) $= ? $.\n`;

    it('MetamathProof-v0 refuses a user database whose proofs do not verify, naming them', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mm-bogus-'));
      try {
        const path = join(dir, 'bogus.mm');
        writeFileSync(path, BOGUS);
        let err: unknown;
        await mk({ database: path, theorem: 'thm' }).catch((e: unknown) => (err = e));
        expect(err).to.be.instanceOf(ConfigError);
        // `also` verifies (a kernel trusts earlier statements), but the database is refused for `bogus`
        expect(String(err)).to.match(/1 proof\(s\) that do not verify: bogus \(.*bogus\.mm:3: proof proves `wff ph` but the statement is `\|- ph`/);
        // the same file fixed is accepted: the cache is by content, not by path or mtime
        writeFileSync(path, BOGUS.replace('bogus $p |- ph $= wph $.', '').replace('also $p |- ( ps -> ph ) $= wps wph wi bogus $.', ''));
        const env = await mk({ database: path, theorem: 'thm' });
        await env.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('ProofState (mm prove, the prover) will not use a lemma whose proof is wrong, directly or through another', () => {
      const db = parseDatabase({ text: BOGUS });
      const st = new ProofState(db, 'thm');
      for (const label of ['bogus', 'also']) {
        const r = st.apply(label);
        expect(r.ok, label).to.equal(false);
        expect(r.ok ? '' : r.error).to.match(/no proof the kernel accepts/);
      }
    });
  });

  it('substitutions naming __proto__ or assigning a variable twice are invalid actions that say why', async () => {
    for (const a of ['ax-mp __proto__ := ph', '{"label": "ax-mp", "substitution": {"__proto__": "ph"}}']) {
      expect(parseStepAction(a), a).to.match(/`__proto__` is not a variable name/);
    }
    for (const a of ['ax-mp ph := ps ; ph := ch', '{"label": "ax-mp", "substitution": {"ph": "ps", "ph": "ch"}}']) {
      expect(parseStepAction(a), a).to.match(/`ph` is assigned twice/);
    }
    const env = await mk({ theorem: 'mp2' });
    await env.reset({ seed: 0 });
    const r = await env.step('ax-mp __proto__ := ph');
    expect(r.reward).to.equal(-0.1);
    expect(r.info.valid).to.equal(false);
    expect(String(r.info.error)).to.match(/__proto__/);
    await env.close();
  });

  it('fills dummy variables by backtracking when a greedy choice would violate $d', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-dv-'));
    try {
      const path = join(dir, 'dv.mm');
      writeFileSync(
        path,
        `$c ( ) wff |- P Q R setvar $. $v x y a c z $.
         vx $f setvar x $. vy $f setvar y $. va $f setvar a $. vc $f setvar c $. vz $f setvar z $.
         wp $a wff P x y $. wq $a wff Q x $.
         \${ $d x y $. ax-d $a |- P x y $. $}
         \${ r.1 $e |- P x y $. r.2 $e |- P y z $. r $a |- Q z $. $}
         \${ $d a c $. $d a z $. thm $p |- Q z $= ? $. $}\n`,
      );
      const env = await mk({ database: path, theorem: 'thm' });
      await env.reset({ seed: 0 });
      for (const a of ['r', 'ax-d']) expect((await env.step(a)).info.valid, a).to.equal(true);
      const done = await env.step('ax-d');
      expect(done.reward).to.equal(1);
      await env.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a range must be exactly first..last', async () => {
    let err: unknown;
    await mk({ theorem: 'mp2..syl..id' }).catch((e: unknown) => (err = e));
    expect(String(err)).to.match(/exactly first\.\.last/);
  });
});
