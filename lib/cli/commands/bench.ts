import { cpus } from 'node:os';
import type { Command } from 'commander';
import { generatorRates, loadRate, loadTargets } from '../../bench/datasets-throughput.js';
import { envThroughputCases } from '../../bench/env-throughput.js';
import { runBench } from '../../bench/harness.js';
import { loadPeerPairs, PEER_CASES_PATH, runVerifyBench } from '../../bench/verify-throughput.js';
import { ConfigError } from '../../errors.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

const SUITES = ['env', 'verify', 'datasets'] as const;
type Suite = (typeof SUITES)[number];

interface BenchOpts {
  duration: number;
  repeats: number;
  calls: number;
  workers: number;
  cases: string;
  json?: boolean;
}

async function envSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const cases = envThroughputCases();
  const bar = progressBar(cases.length * opts.repeats, 'bench env', !opts.json);
  const results = await runBench(cases, { durationMs: opts.duration, repeats: opts.repeats, onProgress: (name) => bar.tick({ status: name }) });
  bar.stop();
  if (!opts.json) {
    console.log('env-throughput: mathgym/Arithmetic-v0 (difficulty 3)');
    console.log(
      formatTable(
        ['case', 'steps/s (median)', 'min..max', 'vs baseline'],
        results.map((r) => [r.name, r.perSecond.toFixed(0), `${Math.min(...r.samples).toFixed(0)}..${Math.max(...r.samples).toFixed(0)}`, `${r.ratio.toFixed(2)}x`]),
      ),
    );
  }
  return { suite: 'env-throughput', results };
}

async function verifySuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const pairs = loadPeerPairs(opts.cases);
  const bar = progressBar(3, 'bench verify', !opts.json);
  const results = await runVerifyBench(pairs, { calls: opts.calls, workers: opts.workers, onCase: (name) => bar.tick({ status: name }) });
  bar.stop();
  if (!opts.json) {
    console.log(`verify-throughput: ${pairs.length} Math-Verify peer pairs, cycled to ${opts.calls} calls per case`);
    console.log(
      formatTable(
        ['case', 'verifications/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'vs baseline'],
        results.map((r) => [r.name, r.perSecond.toFixed(0), r.p50Ms.toFixed(3), r.p99Ms.toFixed(3), r.maxMs.toFixed(1), String(r.errors), `${r.ratio.toFixed(3)}x`]),
      ),
    );
  }
  return { suite: 'verify-throughput', pairs: pairs.length, results };
}

async function datasetsSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const bar = progressBar(2, 'bench datasets', !opts.json);
  const generated = generatorRates();
  bar.tick({ status: 'generators' });
  const loads = [];
  for (const t of loadTargets()) loads.push(await loadRate(t));
  bar.tick({ status: 'loader' });
  bar.stop();
  if (!opts.json) {
    console.log('datasets: generated items/s per family (easiest and hardest level)');
    console.log(formatTable(['family', 'difficulty', 'items/s'], generated.map((g) => [g.family, String(g.difficulty), g.itemsPerSecond.toFixed(0)])));
    console.log('\ndatasets: streaming JSONL load (parse + normalise + ajv validation)');
    console.log(formatTable(['dataset', 'records', 'MB', 'records/s', 'MB/s'], loads.map((l) => [l.dataset, String(l.records), l.megabytes.toFixed(2), l.recordsPerSecond.toFixed(0), l.megabytesPerSecond.toFixed(1)])));
  }
  return { suite: 'datasets', generated, loads };
}

export function benchCommand(program: Command): void {
  program
    .command('bench')
    .description('benchmarks: env (steps/s vs a plain loop), verify (verifications/s and latency vs string compare), datasets (generated items/s, JSONL load rate)')
    .argument('[suite]', `one of ${SUITES.join(', ')}, or all`, 'all')
    .option('--duration <ms>', 'env: timed milliseconds per repeat', parseIntOption('--duration'), 1500)
    .option('--repeats <n>', 'env: repeats per case (the median is reported)', parseIntOption('--repeats'), 3)
    .option('--calls <n>', 'verify: verifications per case', parseIntOption('--calls'), 4000)
    .option('--workers <n>', 'verify: sandbox worker threads', parseIntOption('--workers'), 2)
    .option('--cases <file>', 'verify: JSONL of {gold, pred, expected} pairs', PEER_CASES_PATH)
    .option('--json', 'print results as JSON')
    .action(async (suite: string, opts: BenchOpts) => {
      const chosen: readonly Suite[] = suite === 'all' ? SUITES : SUITES.filter((s) => s === suite);
      if (chosen.length === 0) throw new ConfigError(`unknown bench suite ${JSON.stringify(suite)}; choose one of ${SUITES.join(', ')} or all`);
      const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
      if (!opts.json) console.log(`node ${machine.node}, ${machine.cores} x ${machine.cpu}\n`);
      const out: Record<string, unknown>[] = [];
      for (const s of chosen) {
        out.push(s === 'env' ? await envSuite(opts) : s === 'verify' ? await verifySuite(opts) : await datasetsSuite(opts));
        if (!opts.json) console.log('');
      }
      if (opts.json) printJson({ machine, suites: out });
    });
}
