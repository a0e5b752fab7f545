import { expect } from 'chai';
import { runBaseline } from '../../environments/metamath/baseline.js';
import { checkFound } from '../../lib/bench/metamath-env.js';
import { BUNDLED_DATABASES, loadMetamath } from '../../datasets/metamath/database.js';
import { selectTargets } from '../../datasets/metamath/targets.js';
import { ConfigError } from '../../lib/errors.js';
import { exeInstalled } from '../../lib/metamath/differential.js';
import {
  assertDisjoint,
  GuideModel,
  labelFeatures,
  LearnedGuide,
  parseGuide,
  checkpointJson,
  positionSplit,
  proofExamples,
  proofTree,
  shape,
  stepFeatures,
  trainGuide,
  type GuideExample,
} from '../../lib/metamath/guide/index.js';
import { exportProof, ProofState, parseDatabase, prove, type Database } from '../../lib/metamath/index.js';

describe('metamath learned prover guide', function () {
  this.timeout(120_000);
  let db: Database;
  before(() => {
    db = parseDatabase(BUNDLED_DATABASES['set-prop']);
  });

  it('proofTree: a stored proof decodes to its |- steps, and replaying them backward closes the goal', () => {
    const t = proofTree(db, db.labels.get('syl')!)!;
    const labels: string[] = [];
    const walkTree = (n: typeof t): void => {
      labels.push(n.stmt.label);
      expect(n.children.length).to.equal(n.stmt.kind === 'e' ? 0 : n.stmt.frame!.essential.length);
      n.children.forEach(walkTree);
    };
    walkTree(t);
    expect(labels).to.include.members(['syl.1', 'syl.2']);
    // new goals go first, in hypothesis order, so the tree's pre-order applied to goal 0 is the proof
    for (const label of ['syl', 'mpd', 'pm2.43i', 'con3i', 'impbid', 'pm2.61d']) {
      const s = db.labels.get(label)!;
      const state = new ProofState(db, s);
      const pre: string[] = [];
      const visit = (n: NonNullable<ReturnType<typeof proofTree>>): void => {
        pre.push(n.stmt.label);
        n.children.forEach(visit);
      };
      visit(proofTree(db, s)!);
      for (const l of pre) expect(state.apply(l).ok, `${label}: ${l}`).to.equal(true);
      expect(state.closed, label).to.equal(true);
      expect(exportProof(state).normal.length).to.be.greaterThan(0);
      expect(proofExamples(db, s, labelFeatures).length, label).to.be.greaterThan(0);
    }
    expect(proofTree(db, db.labels.get('ax-mp')!)).to.equal(undefined);
  });

  it('features: tree shapes, and label identity only for $a statements (never a lemma a test theorem could be)', () => {
    const s = new ProofState(db, 'syl');
    const g = s.nodes[s.openGoals[0]].tree;
    expect(shape(g, s.substitution, 1)).to.equal('wi(v,v)');
    const child = s.fork();
    expect(child.apply('mpd').ok).to.equal(true);
    const f = stepFeatures({ parent: s, goal: 0, stmt: db.labels.get('mpd')!, child }, labelFeatures);
    expect(f).to.include('new:2');
    expect(f.some((x) => x.startsWith('label:'))).to.equal(false);
    const ax = s.fork();
    expect(ax.apply('ax-mp').ok).to.equal(true);
    const fa = stepFeatures({ parent: s, goal: 0, stmt: db.labels.get('ax-mp')!, child: ax }, labelFeatures);
    expect(fa).to.include('label:ax-mp');
    expect(stepFeatures({ parent: s, goal: 0, stmt: db.labels.get('ax-mp')!, child: ax }, labelFeatures)).to.deep.equal(fa);
  });

  it('a guide that costs every step 1 is the baseline: same proofs, same expansions (the budget counts the same)', () => {
    const uniform = { goalWeight: 1, stepCosts: (_p: unknown, _g: number, kids: readonly unknown[]) => kids.map(() => 1) };
    for (const label of ['syl', 'con3i', '4syl']) {
      const a = prove(db, label, { maxExpansions: 80 });
      const b = prove(db, label, { maxExpansions: 80, guide: uniform });
      expect(b.expansions, label).to.equal(a.expansions);
      expect(b.actions, label).to.deep.equal(a.actions);
    }
  });

  it('model: learns a separable choice, is deterministic for a seed, and round-trips through its checkpoint', () => {
    const ex: GuideExample[] = [];
    for (let i = 0; i < 60; i++) {
      const right = i % 3;
      ex.push({ candidates: [0, 1, 2].map((c) => ['bias', c === right ? 'good' : `noise${(i + c) % 5}`]), chosen: right });
    }
    const a = new GuideModel();
    const before = a.loss(ex);
    a.train(ex, { epochs: 10, seed: 3 });
    expect(a.loss(ex)).to.be.lessThan(before / 4);
    expect(a.logProbs(ex[0].candidates)[ex[0].chosen]).to.be.greaterThan(Math.log(0.9));
    const b = new GuideModel();
    b.train(ex, { epochs: 10, seed: 3 });
    expect([...b.weights]).to.deep.equal([...a.weights]);
    const ck = parseGuide(JSON.parse(JSON.stringify(checkpointJson({ model: a, search: { goalWeight: 1, stepCost: 0.5 }, trainLabels: ['x'], meta: {} }))), 'test');
    expect(ck.search).to.deep.equal({ goalWeight: 1, stepCost: 0.5 });
    expect(ck.model.logProbs(ex[1].candidates)[1]).to.be.closeTo(a.logProbs(ex[1].candidates)[1], 1e-5);
    expect(() => GuideModel.fromJSON({ format: 'other' })).to.throw(ConfigError, /not a mathgym prover guide/);
    expect(() => GuideModel.fromJSON({ format: 'mathgym-prover-guide', version: 1, weights: { a: 'x' } })).to.throw(ConfigError, /finite/);
    expect(() => parseGuide({ format: 'mathgym-prover-guide', version: 1, weights: {} }, 'ck')).to.throw(ConfigError, /trainLabels/);
  });

  it('split: training theorems come after every evaluation theorem; a checkpoint is refused on theorems it trained on', () => {
    const loaded = loadMetamath('set-prop');
    const test = selectTargets(loaded, 'section:Propositional calculus@200');
    const split = positionSplit(loaded.db, test, 50);
    expect(split.train).to.have.length(50);
    const last = Math.max(...test.map((s) => s.index));
    for (const s of split.train) expect(s.index).to.be.greaterThan(last);
    expect(() => assertDisjoint(test, split.train.map((s) => s.label), 'ck')).to.not.throw();
    expect(() => assertDisjoint(test, ['syl', 'nope'], 'ck')).to.throw(ConfigError, /trained on 1 of the evaluation theorems \(syl\)/);
  });

  it('a guide trained on later theorems (imitation + one expert-iteration round) proves at least as many held-out theorems as the baseline, every proof verified', async () => {
    const loaded = loadMetamath('set-prop');
    const all = selectTargets(loaded, 'section:Propositional calculus@200');
    // held out: the last 8 of the 200; trained on the 60 theorems after them
    const test = all.slice(192);
    const split = positionSplit(loaded.db, test, 60);
    const r = trainGuide({ db: loaded.db, train: split.train, seed: 1, epochs: 6, rounds: 1, budget: 30 });
    expect(r.imitationExamples).to.be.greaterThan(100);
    expect(r.rounds[0].proved).to.be.greaterThan(0);
    expect(r.rounds[0].searchExamples).to.be.greaterThan(0);
    const theorem = test.map((s) => s.label).join(',');
    const budget = 100;
    const base = await runBaseline({ theorem, maxExpansions: budget, timeoutMs: 60_000 });
    const guided = await runBaseline({ theorem, maxExpansions: budget, timeoutMs: 60_000, guide: new LearnedGuide(r.checkpoint.model, labelFeatures, r.checkpoint.search) });
    console.log(`      held-out ${test[0].label}..${test[test.length - 1].label} at ${budget} expansions: baseline ${base.proved}/${test.length}, guided ${guided.proved}/${test.length}`);
    expect(guided.proved).to.be.at.least(base.proved);
    expect(guided.proved).to.be.greaterThan(0);
    for (const x of guided.results) expect(x.expansions).to.be.at.most(budget);
    // every proof is rewarded by the environment (runBaseline replays it), then re-verified from the file
    const check = checkFound(guided.results);
    expect(check.kernelVerified).to.equal(guided.proved);
    if (exeInstalled()) {
      expect(check.exe?.allVerified, 'metamath-exe verifies the file with the found proofs').to.equal(true);
      expect(check.exe?.errorLines).to.equal(0);
    } else console.warn('      metamath-exe not installed (apt-get install metamath): only our kernel re-verified the proofs');
  });
});
