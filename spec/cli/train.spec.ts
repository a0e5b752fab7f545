import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: train and eval', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-train-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('train writes metrics, a learning curve (SVG and PNG) and a checkpoint that eval reads back', async () => {
    const out = join(dir, 'run');
    const r = await mathgym(['train', '--sft-steps', '30', '--updates', '2', '--eval-episodes', '20', '--out-dir', out, '--backend', 'js', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const summary = JSON.parse(r.stdout) as { backend: string; heldOutAccuracy: { final: number }; checkpoint: string; plot: { svg: string; png: string }; metrics: string };
    expect(summary.backend).to.equal('js');
    expect(readFileSync(summary.plot.svg, 'utf8')).to.match(/^<svg/);
    expect([...readFileSync(summary.plot.png).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    const phases = new Set(readFileSync(summary.metrics, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { phase: string }).phase));
    expect([...phases].sort()).to.deep.equal(['eval', 'grpo', 'sft']);
    expect(existsSync(summary.checkpoint)).to.equal(true);
    const e = await mathgym(['eval', '--checkpoint', summary.checkpoint, '--episodes', '20', '--json']);
    expect(e.code, e.stderr).to.equal(0);
    // the same held-out seeds, the same greedy policy: the same number as train's last evaluation
    expect((JSON.parse(e.stdout) as { accuracy: number }).accuracy).to.equal(summary.heldOutAccuracy.final);
  });

  it('refuses an unknown backend and a missing checkpoint with exit 2', async () => {
    const b = await mathgym(['train', '--backend', 'nosuch']);
    expect(b.code).to.equal(2);
    expect(b.stderr).to.match(/unknown nn backend "nosuch"; expected one of/);
    const c = await mathgym(['eval', '--checkpoint', join(dir, 'nope.bin')]);
    expect(c.code).to.equal(2);
    expect(c.stderr).to.match(/cannot read checkpoint/);
  });

  const tiny = ['--sft-steps', '0', '--updates', '1', '--num-prompts', '2', '--num-generations', '2', '--eval-episodes', '4', '--backend', 'js', '--json'];
  interface Summary { runDir: string; checkpoint: string; metrics: string }

  it('each run gets its own runs/<env>-<algo>-<time> folder, runs/latest points to the newest, and an existing run is never overwritten', async function () {
    this.timeout(240_000);
    const cwd = join(dir, 'project');
    mkdirSync(cwd);
    const a = await mathgym(['train', ...tiny], '', { cwd });
    expect(a.code, a.stderr).to.equal(0);
    const r = await mathgym(['train', '--env', 'mathgym/EquationRewrite-v0', '--updates', '2', '--eval-episodes', '4', '--json'], '', { cwd });
    expect(r.code, r.stderr).to.equal(0);
    const first = JSON.parse(a.stdout) as Summary;
    const ranker = JSON.parse(r.stdout) as Summary;
    expect(first.checkpoint).to.match(/^runs\/derivatives-grpo-\d{8}-\d{6}(-\d+)?\/checkpoint\.bin$/);
    expect(ranker.checkpoint).to.match(/^runs\/equation-rewrite-ranker-\d{8}-\d{6}(-\d+)?\/checkpoint\.bin$/);
    expect(existsSync(join(cwd, first.checkpoint)) && existsSync(join(cwd, ranker.checkpoint))).to.equal(true);
    expect(realpathSync(join(cwd, 'runs/latest'))).to.equal(realpathSync(join(cwd, dirname(ranker.checkpoint))));
    // an explicit --out-dir that holds a run is refused, saying what is there
    const again = await mathgym(['train', ...tiny, '--out-dir', dirname(first.checkpoint)], '', { cwd });
    expect(again.code).to.equal(2);
    expect(again.stderr).to.match(/already holds a run \(a text transformer .*for mathgym\/Derivatives-v0 difficulty 1, grpo, 1 updates\)/);

    // the wrong kind of checkpoint: each command says what it found
    for (const args of [['serve-policy', '--checkpoint', ranker.checkpoint, '--port', '0'], ['eval', '--checkpoint', ranker.checkpoint], ['train', '--resume', ranker.checkpoint]]) {
      const w = await mathgym(args, '', { cwd });
      expect(w.code, `${args.join(' ')}: ${w.stderr}`).to.equal(2);
      expect(w.stderr).to.match(/holds an action-ranking policy \(features \d+, hidden \d+\) for mathgym\/EquationRewrite-v0 difficulty 1, 2 updates/);
    }
    // --resume with another config is refused; a resumed run continues in its own folder
    const ppo = await mathgym(['train', '--resume', first.checkpoint, '--algo', 'ppo', '--updates', '2', '--json'], '', { cwd });
    expect(ppo.code).to.equal(2);
    expect(ppo.stderr).to.match(/--algo asks for another config \(algo: run "grpo", asked "ppo"\)\. A resumed run keeps its config/);
    const more = await mathgym(['train', '--resume', first.checkpoint, '--updates', '2', '--eval-episodes', '4', '--backend', 'js', '--json'], '', { cwd });
    expect(more.code, more.stderr).to.equal(0);
    const resumed = JSON.parse(more.stdout) as Summary;
    expect(resumed.runDir).to.equal(first.runDir);
    const steps = readFileSync(join(cwd, resumed.metrics), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { phase: string; step: number }).filter((m) => m.phase === 'grpo');
    expect(steps.map((m) => m.step)).to.deep.equal([1, 2]);
  });
});
