/**
 * `mathgym mm prove`: searches for proofs of target theorems with the baseline best-first prover, through
 * MetamathProof-v0, and prints what it proved.
 */
import type { Command } from 'commander';
import { runBaseline } from '../../../environments/metamath/baseline.js';
import { loadMetamath } from '../../../datasets/metamath/database.js';
import { selectTargets } from '../../../datasets/metamath/targets.js';
import { guideForTargets, type LearnedGuide } from '../../metamath/guide/index.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

interface ProveOpts {
  db: string;
  budget: number;
  timeoutMs: number;
  minif2f?: string;
  policy?: string;
  json?: boolean;
}

/** `mathgym mm prove`: the baseline best-first prover, through mathgym/MetamathProof-v0. */
export function mmProveCommand(mm: Command): void {
  mm.command('prove')
    .description('search for proofs with the baseline best-first prover (through mathgym/MetamathProof-v0); exits 0 when every target is proved, 1 otherwise')
    .argument('<theorem>', 'target: a $p label, a list a,b,c, a range a..b, section:<title>, minif2f:test, or all; `@N` keeps the first N')
    .option('--db <file>', 'database: bundled name (set-prop), set.mm (found via MATHGYM_SETMM or Debian metamath-databases) or a .mm path', 'set-prop')
    .option('--budget <n>', 'search states expanded per theorem (the step budget)', parseIntOption('--budget'), 1000)
    .option('--timeout-ms <n>', 'wall-clock limit per theorem, milliseconds', parseIntOption('--timeout-ms'), 10_000)
    .option('--minif2f <dir>', 'folder holding miniF2F test/ and valid/ (for minif2f:* targets)')
    .option('--policy <checkpoint>', 'order the search with a learned guide (mathgym prover train); refused on theorems it was trained on')
    .option('--json', 'print the summary and every result as JSON')
    .addHelpText('after', '\nExamples:\n  mathgym mm prove syl\n  mathgym mm prove "section:Propositional calculus@200" --budget 1000\n  mathgym mm prove mp2..syl --db set.mm   # set.mm: $MATHGYM_SETMM, else Debian metamath-databases\n  mathgym mm prove "section:Propositional calculus@200" --policy guide.json   # learned guide (mathgym prover train)')
    .action(async (theorem: string, _o: unknown, command: Command) => {
      const opts = command.optsWithGlobals<ProveOpts>();
      let bar: ReturnType<typeof progressBar> | undefined;
      let guide: LearnedGuide | undefined;
      if (opts.policy) {
        const targets = theorem.startsWith('minif2f:') ? [] : selectTargets(loadMetamath(opts.db), theorem);
        guide = guideForTargets(opts.policy, targets).guide;
      }
      const summary = await runBaseline({
        theorem,
        database: opts.db,
        maxExpansions: Math.max(1, opts.budget),
        timeoutMs: Math.max(1, opts.timeoutMs),
        minif2f: opts.minif2f,
        guide,
        onResult: (r, done, total) => {
          bar ??= progressBar(total, 'mm prove', !opts.json && total > 1);
          bar.tick({ status: `${r.theorem} ${r.proved ? 'proved' : r.stop}` });
          if (done === total) bar.stop();
        },
      });
      process.exitCode = summary.proved === summary.attempted ? 0 : 1;
      if (opts.json) return printJson(summary);
      if (summary.attempted === 1) {
        const r = summary.results[0];
        console.log(`${r.theorem}: ${r.proved ? 'proved' : `not proved (${r.stop})`} after ${r.expansions} expansions, ${(r.milliseconds / 1000).toFixed(2)} s`);
        if (r.replayError) console.log(`replay error: ${r.replayError}`);
        if (r.proof) {
          console.log(`steps: ${r.actions.join(', ')}`);
          console.log(`normal proof: ${r.proof.normal}`);
          console.log(`compressed proof: ${r.proof.compressed}`);
        }
        return;
      }
      const rows = summary.results.map((r) => [r.theorem, r.proved ? 'proved' : r.stop, String(r.expansions), String(r.actions.length), (r.milliseconds / 1000).toFixed(2)]);
      console.log(formatTable(['theorem', 'result', 'expansions', 'steps', 'seconds'], rows));
      console.log(
        `\n${summary.proved}/${summary.attempted} proved (${(100 * summary.successRate).toFixed(1)}%) with a budget of ${summary.maxExpansions} expansions per theorem${opts.policy ? `, guided by ${opts.policy}` : ''}, ${summary.seconds.toFixed(1)} s; database ${summary.database}`,
      );
    });
}
