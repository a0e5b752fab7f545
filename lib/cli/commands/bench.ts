import { cpus } from 'node:os';
import type { Command } from 'commander';
import { envThroughputCases } from '../../bench/env-throughput.js';
import { runBench } from '../../bench/harness.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

export function benchCommand(program: Command): void {
  program
    .command('bench')
    .description('measure environment throughput (steps/s) against a baseline loop measured in the same run')
    .option('--duration <ms>', 'timed milliseconds per repeat', parseIntOption('--duration'), 1500)
    .option('--repeats <n>', 'repeats per case (the median is reported)', parseIntOption('--repeats'), 3)
    .option('--json', 'print results as JSON')
    .action(async (opts: { duration: number; repeats: number; json?: boolean }) => {
      const cases = envThroughputCases();
      const bar = progressBar(cases.length * opts.repeats, 'bench', !opts.json);
      const results = await runBench(cases, { durationMs: opts.duration, repeats: opts.repeats, onProgress: (name) => bar.tick({ status: name }) });
      bar.stop();
      const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
      if (opts.json) return printJson({ suite: 'env-throughput', machine, results });
      console.log(`env-throughput: mathgym/Arithmetic-v0 (difficulty 3), node ${machine.node}, ${machine.cores} x ${machine.cpu}`);
      console.log(
        formatTable(
          ['case', 'steps/s (median)', 'min..max', 'vs baseline'],
          results.map((r) => [r.name, r.perSecond.toFixed(0), `${Math.min(...r.samples).toFixed(0)}..${Math.max(...r.samples).toFixed(0)}`, `${r.ratio.toFixed(2)}x`]),
        ),
      );
    });
}
