/**
 * The `mathgym` command line. Each command lives in commands/<name>.ts, parses its flags, calls the
 * library and prints; all logic stays in lib/. Misuse (bad id, bad option) exits 2 with a message
 * that says how to fix it; a failing check or job exits 1.
 */
import { Command } from 'commander';
import { loadPlugins, pluginsFromEnv } from '../core/plugins.js';
import { VERSION } from '../paths.js';
import { runProgram } from './run-program.js';
import { collect } from './util.js';

type AddCommand = (program: Command) => void;

/**
 * Every command, in help order, with the import of its module. Only the command named on the command
 * line is imported (all of them for the top-level help or an unknown name), so `mathgym envs` does
 * not load mathjs, gpu.js or the server to start.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<AddCommand>]> = [
  ['envs', async () => (await import('./commands/envs.js')).envsCommand],
  ['check', async () => (await import('./commands/check.js')).checkCommand],
  ['redteam', async () => (await import('./commands/redteam.js')).redteamCommand],
  ['play', async () => (await import('./commands/play.js')).playCommand],
  ['demo', async () => (await import('./commands/demo.js')).demoCommand],
  ['bench', async () => (await import('./commands/bench.js')).benchCommand],
  ['datasets', async () => (await import('./commands/datasets.js')).datasetsCommand],
  ['gen', async () => (await import('./commands/gen.js')).genCommand],
  ['verify', async () => (await import('./commands/verify.js')).verifyCommand],
  ['score', async () => (await import('./commands/score.js')).scoreCommand],
  ['mm', async () => (await import('./commands/mm.js')).mmCommand],
  ['prover', async () => (await import('./commands/prover.js')).proverCommand],
  ['serve', async () => (await import('./commands/serve.js')).serveCommand],
  ['train', async () => (await import('./commands/train.js')).trainCommand],
  ['eval', async () => (await import('./commands/eval.js')).evalCommand],
  ['serve-policy', async () => (await import('./commands/serve-policy.js')).servePolicyCommand],
  ['web', async () => (await import('./commands/web.js')).webCommand],
];

/** The subcommand named in `args` (argv without node and the script): the first word that is not an option or the value of -r/--require. */
export function commandName(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') return undefined;
    if (a === '-r' || a === '--require') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
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
  const args = argv.slice(2);
  const name = commandName(args);
  const named = COMMANDS.find(([n]) => n === name);
  const versionOnly = name === undefined && args.some((a) => a === '-V' || a === '--version');
  const wanted = named ? [named] : versionOnly ? [] : COMMANDS;
  for (const add of await Promise.all(wanted.map(([, load]) => load()))) add(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  return runProgram(await buildProgram(argv), argv);
}
