/**
 * `mathgym verify <pred> <gold>`: judges one predicted answer against a gold answer and prints the verdict with
 * its rule and reason (exit 0 whether correct or not).
 */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { Verifier } from '../../verify/sandbox.js';
import { DEFAULT_WORK_BUDGET } from '../../verify/budget.js';
import { DEFAULT_MAX_INPUT_LENGTH, type Extraction, type Verdict } from '../../verify/types.js';
import { parseIntOption, printJson } from '../util.js';

function showExtraction(e: Extraction | null): string {
  if (!e) return '(none found)';
  const normalized = e.normalized === null ? 'did not parse' : `→ ${e.normalized}`;
  return `${JSON.stringify(e.raw)} ${normalized}  [${e.kind}, by ${e.strategy}]`;
}

/** The verdict for people: the decision, the rule and why, and what was extracted from each side. */
export function formatVerdict(v: Verdict): string {
  const decision = v.error ? `UNDECIDED (verifier failure ${v.error.code})` : v.correct ? 'CORRECT' : 'WRONG';
  return [
    `decision  ${decision}`,
    `rule      ${v.rule}`,
    `reason    ${v.reason}`,
    `gold      ${showExtraction(v.gold)}`,
    `pred      ${showExtraction(v.pred)}`,
    `time      ${v.timeMs.toFixed(1)} ms`,
  ].join('\n');
}

export function verifyCommand(program: Command): void {
  program
    .command('verify')
    .description('judge one predicted answer against a gold answer and say why (exit 0 whether correct or not)')
    .requiredOption('--gold <answer>', 'gold answer (LaTeX or plain text)')
    .requiredOption('--pred <text>', 'predicted answer or whole completion')
    .option('--timeout-ms <n>', 'hard time limit of the verification (sandboxed worker)', parseIntOption('--timeout-ms'), 1000)
    .option('--max-input-length <n>', 'longest gold or prediction verified, characters (longer: INPUT_TOO_LARGE)', parseIntOption('--max-input-length'), DEFAULT_MAX_INPUT_LENGTH)
    .option('--work-budget <n>', 'steps of work the verification may take (more: WORK_BUDGET)', parseIntOption('--work-budget'), DEFAULT_WORK_BUDGET)
    .option('--json', 'print the Verdict as JSON')
    .action(async (opts: { gold: string; pred: string; timeoutMs: number; maxInputLength: number; workBudget: number; json?: boolean }) => {
      if (opts.timeoutMs === 0) throw new ConfigError('--timeout-ms must be a positive integer, got 0');
      // one sandboxed worker, so that --timeout-ms is a hard stop even for a pathological input
      const verifier = new Verifier({ workers: 1, timeoutMs: opts.timeoutMs, maxInputLength: opts.maxInputLength });
      try {
        const verdict = await verifier.verify(opts.gold, opts.pred, { workBudget: opts.workBudget });
        if (opts.json) printJson(verdict);
        else console.log(formatVerdict(verdict));
      } finally {
        await verifier.close();
      }
    });
}
