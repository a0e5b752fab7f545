import type { Command } from 'commander';
import { Rng } from '../../core/rng.js';
import { makeVec } from '../../core/vector/make-vec.js';
import { ConfigError } from '../../errors.js';
import { loadCheckpoint, restoreCheckpoint } from '../../nn/checkpoint.js';
import { Transformer, type TransformerConfig } from '../../nn/models/transformer.js';
import { CharTokenizer } from '../../nn/tokenizer.js';
import { evaluate } from '../../rl/trainer.js';
import { arithmeticTask } from '../../rl/tasks.js';
import { parseIntOption, printJson } from '../util.js';

interface EvalOpts {
  checkpoint: string;
  episodes: number;
  seedBase: number;
  json?: boolean;
}

/** `mathgym eval --checkpoint`: greedy exact match of a trained policy on held-out seeds of its env. */
export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description('evaluate a checkpoint written by `mathgym train`: greedy answers on held-out seeds, scored by the environment')
    .requiredOption('--checkpoint <file>', 'checkpoint.bin from mathgym train')
    .option('--episodes <n>', 'held-out problems', parseIntOption('--episodes'), 200)
    .option('--seed-base <n>', 'first held-out seed (training never uses seeds >= 10^9)', parseIntOption('--seed-base'), 1_000_000_000)
    .option('--json', 'print the result as JSON')
    .action(async (opts: EvalOpts) => {
      const ck = await loadCheckpoint(opts.checkpoint).catch((e: unknown) => {
        throw new ConfigError(`cannot read checkpoint ${opts.checkpoint}: ${e instanceof Error ? e.message : String(e)}`);
      });
      const config = ck.meta.config as TransformerConfig | undefined;
      const charset = ck.meta.charset;
      if (!config || typeof charset !== 'string') throw new ConfigError(`${opts.checkpoint} has no model config and charset in its meta; it was not written by mathgym train`);
      const env = typeof ck.meta.env === 'string' ? ck.meta.env : 'mathgym/Arithmetic-v0';
      if (env !== 'mathgym/Arithmetic-v0') throw new ConfigError(`eval knows the built-in task of mathgym/Arithmetic-v0 only, the checkpoint is for ${env}`);
      const task = arithmeticTask(typeof ck.meta.difficulty === 'number' ? ck.meta.difficulty : 1);
      const model = new Transformer(config, Rng.fromSeed(0), new CharTokenizer(charset));
      restoreCheckpoint(ck, model);
      const envs = await makeVec<string, string>(task.envId, { numEnvs: Math.min(64, opts.episodes), kwargs: task.envKwargs });
      try {
        const accuracy = await evaluate(model, task, envs, opts.seedBase, opts.episodes, 5);
        const out = { checkpoint: opts.checkpoint, env, episodes: opts.episodes, seedBase: opts.seedBase, accuracy };
        if (opts.json) return printJson(out);
        console.log(`${env}: greedy exact match ${accuracy.toFixed(3)} on ${opts.episodes} held-out problems (seeds from ${opts.seedBase})`);
      } finally {
        await envs.close();
      }
    });
}
