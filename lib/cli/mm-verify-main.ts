/**
 * Fast entry for `mathgym mm verify` (bin/mathgym.js takes it when those are the first two
 * arguments): the same command as in main.ts, without loading the rest of mathgym. A Metamath
 * verifier is judged by its whole-process time, and on a small file start-up is all of it.
 */
import { Command } from 'commander';
import { runProgram } from './run-program.js';
import { mmVerifyCommand } from './commands/mm-verify.js';

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = new Command('mathgym').exitOverride().showHelpAfterError('(run with --help for usage)');
  mmVerifyCommand(program.command('mm').description('Metamath'));
  return runProgram(program, argv);
}
