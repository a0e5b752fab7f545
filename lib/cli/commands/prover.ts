/**
 * `mathgym prover train`: the learned guide for the Metamath prover (lib/metamath/guide): imitation
 * of the stored proofs of the training theorems, then expert-iteration rounds, written to a
 * checkpoint that `mathgym bench prover --policy` and `mathgym mm prove --policy` use.
 */
import type { Command } from 'commander';
import { loadMetamath } from '../../../datasets/metamath/database.js';
import { selectTargets } from '../../../datasets/metamath/targets.js';
import { positionSplit, saveGuide, trainGuide } from '../../metamath/guide/index.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

interface TrainOpts {
  db: string;
  test: string;
  trainCount?: number;
  rounds: number;
  searchCount: number;
  budget: number;
  epochs: number;
  seed: number;
  out: string;
  json?: boolean;
}

export function proverCommand(program: Command): void {
  const prover = program.command('prover').description('the learned guide for the Metamath best-first prover: train it (evaluate with `mathgym bench prover --policy`)');
  prover
    .command('train')
    .description('train a guide on the theorems after an evaluation set: imitation of their stored proofs, then expert iteration (proofs the guided search finds become training data)')
    .option('--db <file>', 'database: bundled name (set-prop), set.mm, or a .mm path', 'set-prop')
    .option('--test <selector>', 'the evaluation theorems, held out: training uses only the $p statements after the last of them', 'section:Propositional calculus@200')
    .option('--train-count <n>', 'train on the first N theorems after the evaluation set (default: all of them)', parseIntOption('--train-count'))
    .option('--rounds <n>', 'expert-iteration rounds after imitation (0: imitation only)', parseIntOption('--rounds'), 1)
    .option('--search-count <n>', 'expert iteration searches the first N training theorems (imitation uses all)', parseIntOption('--search-count'), 400)
    .option('--budget <n>', 'expansions per training theorem in expert iteration', parseIntOption('--budget'), 100)
    .option('--epochs <n>', 'passes over the examples per fit', parseIntOption('--epochs'), 8)
    .option('--seed <n>', 'seed of the example shuffles', parseIntOption('--seed'), 0)
    .option('--out <file>', 'checkpoint to write (JSON)', 'prover-guide.json')
    .option('--json', 'print the training summary as JSON')
    .addHelpText('after', '\nExamples:\n  mathgym prover train --out guide.json\n  mathgym bench prover --policy guide.json\n  mathgym mm prove "section:Propositional calculus@200" --policy guide.json')
    .action((_o: unknown, command: Command) => {
      const opts = command.optsWithGlobals<TrainOpts>();
      const loaded = loadMetamath(opts.db);
      const split = positionSplit(loaded.db, selectTargets(loaded, opts.test), opts.trainCount ?? Infinity);
      const n = split.train.length;
      const searched = Math.min(n, opts.searchCount);
      const bar = progressBar(n + searched * opts.rounds, 'prover train', !opts.json);
      let proved = 0;
      const r = trainGuide({
        db: loaded.db,
        train: split.train,
        seed: opts.seed,
        epochs: opts.epochs,
        rounds: opts.rounds,
        budget: opts.budget,
        searchCount: searched,
        onProgress: (e) => {
          if (e.label === undefined) return;
          if (e.proved) proved++;
          bar.tick({ status: e.phase === 'imitation' ? `imitation ${e.label}` : `${e.phase} ${e.label} (${proved} proved)` });
          if (e.phase !== 'imitation' && e.label === split.train[searched - 1].label) proved = 0;
        },
      });
      bar.stop();
      saveGuide(opts.out, r.checkpoint);
      const summary = {
        out: opts.out,
        database: loaded.path,
        test: { selector: opts.test, count: split.test.length, first: split.test[0].label, last: split.test[split.test.length - 1].label },
        train: { count: n, first: split.train[0].label, last: split.train[n - 1].label },
        imitationExamples: r.imitationExamples,
        imitationLoss: r.imitationLoss,
        rounds: r.rounds,
        features: r.checkpoint.model.weights.size,
        seconds: r.seconds,
      };
      if (opts.json) return printJson(summary);
      console.log(`held out (evaluation): ${summary.test.count} theorems ${summary.test.first} .. ${summary.test.last} (${opts.test})`);
      console.log(`trained on: ${n} theorems ${summary.train.first} .. ${summary.train.last} (the $p statements after them)`);
      console.log(`imitation: ${r.imitationExamples} decisions from the stored proofs, loss ${r.imitationLoss.toFixed(3)}`);
      if (r.rounds.length) {
        console.log(formatTable(['round', 'train theorems proved', 'search examples', 'loss', 'seconds'], r.rounds.map((x) => [String(x.round), `${x.proved}/${x.attempted} at ${opts.budget} expansions`, String(x.searchExamples), x.loss.toFixed(3), x.seconds.toFixed(1)])));
      }
      console.log(`wrote ${opts.out}: ${summary.features} features, ${r.seconds.toFixed(1)} s`);
    });
}
