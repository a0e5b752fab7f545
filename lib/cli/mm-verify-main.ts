/**
 * Fast entry for `mathgym mm verify` (bin/mathgym.js takes it when those are the first two
 * arguments): the same command as in main.ts, without loading the rest of mathgym. A Metamath
 * verifier is judged by its whole-process time, and on a small file start-up is all of it.
 */
import { Command, CommanderError } from 'commander';
import { MathgymError } from '../errors.js';
import { mmVerifyCommand } from './commands/mm-verify.js';

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = new Command('mathgym').exitOverride().showHelpAfterError('(run with --help for usage)');
  mmVerifyCommand(program.command('mm').description('Metamath'));
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
