/**
 * The `mathgym` command line. Each command lives in commands/<name>.ts, parses its flags, calls the
 * library and prints; all logic stays in lib/. Misuse (bad id, bad option) exits 2 with a message
 * that says how to fix it; a failing check or job exits 1.
 */
import { Command, CommanderError } from 'commander';
import { loadPlugins, MathgymError, pluginsFromEnv } from '../index.js';
import { VERSION } from '../paths.js';
import { benchCommand } from './commands/bench.js';
import { checkCommand } from './commands/check.js';
import { datasetsCommand } from './commands/datasets.js';
import { genCommand } from './commands/gen.js';
import { mmCommand } from './commands/mm.js';
import { demoCommand } from './commands/demo.js';
import { envsCommand } from './commands/envs.js';
import { playCommand } from './commands/play.js';
import { redteamCommand } from './commands/redteam.js';
import { scoreCommand } from './commands/score.js';
import { serveCommand } from './commands/serve.js';
import { trainCommand } from './commands/train.js';
import { evalCommand } from './commands/eval.js';
import { servePolicyCommand } from './commands/serve-policy.js';
import { verifyCommand } from './commands/verify.js';
import { collect } from './util.js';


export function buildProgram(): Command {
  const program = new Command('mathgym')
    // before the subcommands are added, so that they inherit it: usage errors exit 2 through main()
    .exitOverride()
    .description('Gym-style reward environments for RL on mathematical reasoning')
    .version(VERSION, '-V, --version')
    .option('-r, --require <module>', 'load a plugin module that registers environments (repeatable; also MATHGYM_PLUGINS=a.js,b.js)', collect, [])
    .showHelpAfterError('(run with --help for usage)')
    .hook('preAction', async (cmd) => {
      const opts = cmd.opts<{ require: string[] }>();
      await loadPlugins([...pluginsFromEnv(), ...opts.require]);
    });
  envsCommand(program);
  checkCommand(program);
  redteamCommand(program);
  playCommand(program);
  demoCommand(program);
  benchCommand(program);
  datasetsCommand(program);
  genCommand(program);
  verifyCommand(program);
  scoreCommand(program);
  mmCommand(program);
  serveCommand(program);
  trainCommand(program);
  evalCommand(program);
  servePolicyCommand(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof MathgymError) {
      process.stderr.write(`mathgym: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
