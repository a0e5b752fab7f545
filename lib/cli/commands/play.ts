/** `mathgym play`: plays an environment by hand in the terminal, explaining every verdict (info.verdict) and showing the gold at the end. */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Env } from '../../core/env.js';
import { make } from '../../core/registry.js';
import { isSpace } from '../../core/spaces/index.js';
import { explainStep, formatReward } from '../explain-step.js';
import { collect, parseIntOption, parseKwargs } from '../util.js';

/** Turns a typed line into an action for the env's action space. */
export function parseAction(env: Env<unknown, unknown>, line: string): unknown {
  const space = env.actionSpace;
  // by the space's JSON type, not instanceof: a plugin's spaces may come from its own copy of mathgym
  const type = isSpace(space) ? space.toJSON().type : undefined;
  if (type === 'Text') return line;
  // an index; anything else goes to the env as typed (EquationRewrite-v0 also takes moves as text)
  if (type === 'Discrete') return /^\s*-?\d+\s*$/.test(line) ? Number(line.trim()) : line;
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}

export function playCommand(program: Command): void {
  program
    .command('play')
    .description('play an environment in the terminal: see the observation, type an action, see the reward')
    .argument('<id>', 'environment id, e.g. mathgym/Arithmetic-v0')
    .option('-s, --seed <n>', 'seed of the first episode', parseIntOption('--seed'))
    .option('-n, --episodes <n>', 'stop after this many episodes (default: until EOF or "quit")', parseIntOption('--episodes'))
    .option('-k, --kwarg <key=value>', 'constructor kwarg (repeatable)', collect, [])
    .option('-o, --option <key=value>', 'same as --kwarg (e.g. --option theorem=mp2 for MetamathProof-v0)', collect, [])
    .option('--json', 'print one JSON line per step instead of text')
    .action(async (id: string, opts: { seed?: number; episodes?: number; kwarg: string[]; option: string[]; json?: boolean }) => {
      const env = await make(id, parseKwargs([...opts.kwarg, ...opts.option]));
      // render text when the env can; otherwise the observation itself is shown
      const canRender = env.metadata.renderModes.includes('ansi');
      if (canRender) env.renderMode = 'ansi';
      const line = (v: unknown): void => void process.stdout.write(`${JSON.stringify(v)}\n`);
      const rl = createInterface({ input: process.stdin, terminal: false });
      const lines = rl[Symbol.asyncIterator]();
      const ask = async (prompt: string): Promise<string | undefined> => {
        if (!opts.json) process.stdout.write(prompt);
        const next = await lines.next();
        return next.done ? undefined : next.value;
      };
      let total = 0;
      let episodes = 0;
      try {
        outer: while (opts.episodes === undefined || episodes < opts.episodes) {
          const { observation, info } = await env.reset(episodes === 0 && opts.seed !== undefined ? { seed: opts.seed } : {});
          if (opts.json) line({ event: 'reset', observation, info });
          else console.log(`\n--- episode ${episodes + 1} ---\n${(canRender ? env.render() : undefined) ?? String(observation)}`);
          for (;;) {
            const input = await ask('action> ');
            if (input === undefined || ['quit', 'exit', 'q'].includes(input.trim())) break outer;
            // an empty line is a slip of the Enter key, not an answer: ask again
            if (input.trim() === '') {
              if (!opts.json) console.log('(empty: type an action, or quit)');
              continue;
            }
            const r = await env.step(parseAction(env, input));
            total += r.reward;
            if (opts.json) line({ event: 'step', action: input, ...r });
            else {
              console.log(explainStep(r).join('\n'));
              if (!r.terminated && !r.truncated) console.log((canRender ? env.render() : undefined) ?? String(r.observation));
            }
            if (r.terminated || r.truncated) break;
          }
          episodes += 1;
        }
      } finally {
        rl.close();
        await env.close();
      }
      if (!opts.json) console.log(`\n${episodes} episode(s), total reward ${formatReward(total)}`);
    });
}
