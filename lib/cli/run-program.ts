/** Runs a commander program and turns its outcome into an exit status: usage errors and MathgymErrors 2, a failing job its own code. */
import { type Command, CommanderError } from 'commander';
import { MathgymError } from '../errors.js';

export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
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
