/**
 * `mathgym bench [suite]`: runs the benchmark suites (env, verify, datasets, metamath, nn, server, rewards) and
 * writes their reports; each suite is imported only when it runs so that the command starts at once.
 */
import { cpus } from 'node:os';
import type { Command } from 'commander';
// each suite imports what it measures when it runs, so `mathgym bench --help` starts at once
import { SUITE_NAMES as REWARD_SUITES } from '../../bench/rewards/suite-names.js';
import { ConfigError } from '../../errors.js';
import { collect, formatTable, parseIntOption, printJson, progressBar } from '../util.js';

/** The suites `all` runs; `rewards`, `prover` and `server` run only when named (a report; minutes of search or load). */
const SUITES = ['env', 'verify', 'datasets', 'metamath', 'mm-env', 'nn'] as const;
type Suite = (typeof SUITES)[number];

interface BenchOpts {
  duration: number;
  repeats: number;
  calls: number;
  workers: number;
  cases?: string;
  json?: boolean;
  reward: string[];
  suite: string[];
  outDir: string;
  baselines: boolean;
  datasetLimit: number;
  timeout: number;
  count: number;
  budget: number;
  policy?: string;
  exeImprove: string[];
  searchTimeoutMs: number;
  seconds: number;
  soak: number;
  sizes: string;
  samples: number;
  steps: number;
  tfjs: boolean;
}

function parseSizes(v: string): number[] {
  const sizes = v.split(',').map((x) => Number(x.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 4096)) throw new ConfigError(`--sizes must be a comma-separated list of integers in [1, 4096], got ${JSON.stringify(v)}`);
  return sizes;
}

async function nnSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { backendLines, runNnBench } = await import('../../bench/nn-throughput.js');
  const sizes = parseSizes(opts.sizes);
  if (opts.samples < 1 || opts.steps < 1) throw new ConfigError(`--samples and --steps must be at least 1, got ${opts.samples} and ${opts.steps}`);
  // tfjs, wasm-simd, ts, naive + gpu.js cpu and webasm per size; 4 training rows (the bar only needs to be close)
  const bar = progressBar(sizes.length * 6 + 4, 'bench nn', !opts.json);
  const r = await runNnBench({ sizes, repeats: opts.samples, trainSteps: opts.steps, noTfjs: !opts.tfjs, onProgress: (label) => bar.tick({ status: label }) });
  bar.stop();
  if (!opts.json) {
    const base = r.baseline.name;
    console.log(`nn: baseline ${r.baseline.tfjs ?? `${base} (tfjs-wasm not measured: ${r.baseline.tfjsUnavailable ?? ''})`}`);
    for (const line of backendLines(r)) console.log(`  ${line}`);
    const m = r.matmul;
    console.log(`\nmatmul GFLOP/s: n x n x n float32, seeded inputs, 2 warm-up calls then the median of ${m.repeats} samples of >= ${m.sampleMs} ms`);
    console.log(`(${base} is sampled in turn with each other row and each ratio is against the ${base} samples taken beside it; the ${base} row is the median of all of them)`);
    const impls = [...new Set(m.rows.map((x) => x.impl))];
    const cell = (impl: string, n: number) => m.rows.find((x) => x.impl === impl && x.n === n);
    console.log(
      formatTable(
        ['impl', 'mode', ...m.sizes.map((n) => `${n}`), `vs ${base} (${m.sizes.join(' / ')})`, `max |C - C_${base}|`],
        impls.map((impl) => {
          const cells = m.sizes.map((n) => cell(impl, n));
          return [impl, cells[0]?.mode ?? '', ...cells.map((c) => (c ? c.gflops.toFixed(2) : '-')), cells.map((c) => (c ? `${c.ratio.toFixed(2)}x` : '-')).join(' / '), Math.max(...cells.map((c) => c?.maxAbsDiff ?? 0)).toExponential(1)];
        }),
      ),
    );
    const t = r.train;
    const paired = t.rows[0]?.impl.startsWith('tfjs') === true;
    console.log(`\ntraining step (forward + backward + clip + AdamW): default policy d=${t.model.dModel}, ${t.model.nHeads} heads, ${t.model.nLayers} layers, vocab ${t.model.vocabSize}; batch ${t.batch} x ${t.sequenceLength} = ${t.tokensPerStep} tokens; ${t.warmupSteps} warm-up steps then the median of ${t.steps}`);
    console.log(paired ? '(each of ours is stepped in turn with a fresh tfjs-wasm trainer and its ratio is against those tfjs steps; the tfjs row pools them)' : '(one after another; ratios against the first row)');
    console.log(
      formatTable(
        ['impl', 'mode', 'ms/step', 'min..max ms', 'cpu ms/step', 'tokens/s', paired ? 'vs tfjs-wasm' : 'vs first row', 'loss first / last step'],
        t.rows.map((x) => [x.impl, x.mode, x.msPerStep.toFixed(1), `${Math.min(...x.samples).toFixed(0)}..${Math.max(...x.samples).toFixed(0)}`, x.cpuMsPerStep.toFixed(1), x.tokensPerSecond.toFixed(0), `${x.ratio.toFixed(2)}x`, `${x.firstLoss.toFixed(5)} / ${x.lastLoss.toFixed(5)}`]),
      ),
    );
  }
  return { suite: 'nn', ...r };
}

async function serverSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { runServerBench } = await import('../../bench/server-throughput.js');
  const bar = progressBar(opts.soak > 0 ? 9 : 8, 'bench server', !opts.json);
  const r = await runServerBench({ seconds: opts.seconds, soakSeconds: opts.soak, cases: opts.cases, onCase: (name) => bar.tick({ status: name }) });
  bar.stop();
  if (!opts.json) {
    console.log(`server: mathgym serve on 127.0.0.1 driven by autocannon in this process, ${opts.seconds} s per case; items cycle through the Math-Verify peer pairs`);
    console.log(`baseline: in-process verify, 1 core, no HTTP: ${r.baselinePerSecond.toFixed(0)} items/s`);
    console.log(
      formatTable(
        ['case', 'workers', 'conns', 'req/s', 'items/s', 'p50 ms', 'p99 ms', 'failed', 'vs baseline'],
        r.rows.map((x) => [x.name, String(x.workers), String(x.connections), x.requestsPerSecond.toFixed(0), x.itemsPerRequest ? x.itemsPerSecond.toFixed(0) : '-', String(x.p50Ms), String(x.p99Ms), String(x.failed), x.itemsPerRequest ? `${x.ratio.toFixed(2)}x` : '-']),
      ),
    );
    if (r.malformed) {
      const m = r.malformed;
      console.log(`\nmalformed: ${m.requests} requests of ${m.bodyMb.toFixed(1)} MB (every item of the wrong types): status ${m.statuses.join('/')}, p50 ${m.p50Ms.toFixed(0)} ms, max ${m.maxMs.toFixed(0)} ms, error body <= ${m.errorBodyBytes} bytes, server RSS ${m.rssBeforeMb.toFixed(0)} -> ${m.rssAfterMb.toFixed(0)} MiB`);
    }
    if (r.abandon) {
      const a = r.abandon;
      console.log(`abandoned: ${a.requests} requests x ${a.itemsPerRequest} items given up after ${a.clientTimeoutMs} ms (each retried once): ${a.itemsSent} items sent, ${a.itemsScored} scored, ${a.itemsDropped} dropped unscored`);
    }
    if (r.soak) {
      console.log(`
soak: ${r.soak.seconds} s of single-item requests (2 workers, 8 connections): ${r.soak.requests} requests, ${r.soak.failed} failed`);
      console.log(`server RSS MiB every ~5 s: ${r.soak.rssMb.map((m) => m.toFixed(0)).join(' ')}; growth (last third - first third): ${r.soak.growthMb.toFixed(1)} MiB`);
    }
  }
  return { suite: 'server', ...r };
}

async function mmEnvSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const [{ metamathEnvCases }, { runBench }] = await Promise.all([import('../../bench/metamath-env.js'), import('../../bench/harness.js')]);
  const cases = metamathEnvCases();
  const bar = progressBar(cases.length * opts.repeats, 'bench mm-env', !opts.json);
  const results = await runBench(cases, { durationMs: opts.duration, repeats: opts.repeats, onProgress: (name) => bar.tick({ status: name }) });
  bar.stop();
  if (!opts.json) {
    console.log('mm-env: mathgym/MetamathProof-v0 (bundled set-prop), replaying prover-found proofs of 20 early theorems');
    console.log(
      formatTable(
        ['case', 'steps/s (median)', 'min..max', 'vs baseline'],
        results.map((r) => [r.name, r.perSecond.toFixed(0), `${Math.min(...r.samples).toFixed(0)}..${Math.max(...r.samples).toFixed(0)}`, `${r.ratio.toFixed(2)}x`]),
      ),
    );
  }
  return { suite: 'mm-env', results };
}

async function proverSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { runProverBench } = await import('../../bench/metamath-env.js');
  const bar = progressBar(opts.count * (opts.policy ? 2 : 1), 'bench prover', !opts.json);
  const proved = { baseline: 0, learned: 0 };
  const r = await runProverBench({
    count: opts.count,
    budget: opts.budget,
    timeoutMs: opts.searchTimeoutMs,
    policy: opts.policy,
    exeImprove: opts.exeImprove,
    onResult: (label, ok, side) => bar.tick({ status: `${side} ${label} ${ok ? 'proved' : '-'} (${(proved[side] += ok ? 1 : 0)} proved)` }),
  });
  bar.stop();
  if (!opts.json) {
    const s = r.summary;
    const exeCell = (x: typeof r.exe): string => (x ? `${x.allVerified && x.errorLines === 0 ? 'all verified' : `${x.errorLines} errors`} (${x.version ?? 'metamath'})` : 'not installed');
    const row = (name: string, side: { summary: typeof s; kernelVerified: number; exe?: typeof r.exe }, commonExp: string): string[] => {
      const t = side.summary;
      const ms = t.results.map((x) => x.milliseconds).sort((a, b) => a - b);
      const stops = ['budget', 'timeout', 'exhausted'].map((k) => `${k} ${t.results.filter((x) => !x.proved && x.stop === k).length}`).join(', ');
      return [name, `${t.proved}/${t.attempted}`, `${(100 * t.successRate).toFixed(1)}%`, stops, commonExp, ((ms[Math.floor(ms.length / 2)] ?? 0) / 1000).toFixed(3), t.seconds.toFixed(1), `${side.kernelVerified}/${t.proved}`, exeCell(side.exe)];
    };
    console.log(`prover: best-first search through mathgym/MetamathProof-v0 on the first ${s.attempted} theorems of set.mm's propositional calculus (bundled set-prop: ${s.results[0]?.theorem} .. ${s.results[s.results.length - 1]?.theorem}), budget ${s.maxExpansions} expansions each, ${opts.searchTimeoutMs} ms wall limit each`);
    if (r.learned) console.log(`learned guide ${r.learned.policy}: trained on ${r.learned.trainCount} theorems (${String(r.learned.trainFirst)} .. ${String(r.learned.trainLast)}), none of them evaluated here`);
    const c = r.common;
    const rows = [row('baseline', r, c ? `${c.baselineExpansions} on ${c.theorems}` : '-')];
    if (r.learned && c) rows.push(row('learned', r.learned, `${c.learnedExpansions} on ${c.theorems}`));
    console.log(
      formatTable(['search', 'proved', 'success rate', 'not proved by', 'expansions on common', 'median s / theorem', 'total s', 'kernel re-verified', 'metamath-exe'], rows),
    );
    if (r.improve?.length) {
      console.log(`\nmetamath-exe's own search on the same theorems, proofs deleted (prove L / delete all / improve all ...; whole-process wall time):`);
      console.log(formatTable(['command', 'proved', 'wall s'], r.improve.map((x) => [x.command, `${x.proved}/${x.attempted}`, x.seconds.toFixed(2)])));
    } else if (opts.exeImprove.length) console.log('\nmetamath-exe improve: not installed');
  }
  return { suite: 'prover', ...r };
}

async function rewardsSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const [{ benchmarkRewards }, { controlRows, exploitRows, TABLE_HEADER, tableRows, verdictLines, writeRewardReport }] = await Promise.all([import('../../bench/rewards/run.js'), import('../../bench/rewards/report.js')]);
  const started = performance.now();
  const suites = opts.suite.length > 0 ? opts.suite : [...REWARD_SUITES];
  for (const s of suites) if (!(REWARD_SUITES as readonly string[]).includes(s)) throw new ConfigError(`unknown --suite ${JSON.stringify(s)}; choose from ${REWARD_SUITES.join(', ')}`);
  const bar = progressBar(suites.length * (opts.reward.length > 0 ? opts.reward.length + (opts.baselines ? 3 : 0) : 6), 'bench rewards', !opts.json);
  const report = await benchmarkRewards({
    rewards: opts.reward.length > 0 ? opts.reward : undefined,
    suites,
    baselines: opts.baselines,
    peerPath: opts.cases,
    datasetLimit: opts.datasetLimit,
    timeoutMs: opts.timeout,
    onProgress: (reward, suite) => bar.tick({ status: `${reward} / ${suite}` }),
  });
  bar.stop();
  const files = writeRewardReport(report, opts.outDir);
  if (!opts.json) {
    console.log(`${verdictLines(report).join('\n')}\n`);
    console.log(`reward benchmark: ${report.suites.map((s) => `${s.name} (${s.cases} cases)`).join(', ')}; a reward accepts when >= 0.5`);
    console.log(formatTable([...TABLE_HEADER], tableRows(report)));
    const ex = exploitRows(report);
    console.log('\nreward-hacking probes accepted, by exploit (should be 0):');
    console.log(formatTable(ex.header, ex.rows));
    const ctl = controlRows(report);
    console.log('\nhonest controls (a reward must accept them):');
    console.log(formatTable(ctl.header, ctl.rows));
    for (const s of report.skipped) console.log(`skipped ${s.name}: ${s.reason}`);
    console.log(`\nwrote ${files.json}\nwrote ${files.html}\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return { suite: 'rewards', files, report };
}

async function envSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const [{ envThroughputCases }, { runBench }] = await Promise.all([import('../../bench/env-throughput.js'), import('../../bench/harness.js')]);
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
  const { agreementByKind, loadLabelledPairs, loadPeerPairs, runVerifyBench } = await import('../../bench/verify-throughput.js');
  const pairs = loadPeerPairs(opts.cases);
  const agreement = agreementByKind(loadLabelledPairs(opts.cases));
  const bar = progressBar(3, 'bench verify', !opts.json);
  const results = await runVerifyBench(pairs, { calls: opts.calls, workers: opts.workers, onCase: (name) => bar.tick({ status: name }) });
  bar.stop();
  if (!opts.json) {
    console.log(`verify-throughput: ${pairs.length} gold/pred pairs of ${opts.cases ?? 'the bundled Math-Verify cases (datasets/data/math-verify)'}, cycled to ${opts.calls} calls per case`);
    console.log(
      formatTable(
        ['case', 'verifications/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'vs baseline'],
        results.map((r) => [r.name, r.perSecond.toFixed(0), r.p50Ms.toFixed(3), r.p99Ms.toFixed(3), r.maxMs.toFixed(1), String(r.errors), `${r.ratio.toFixed(3)}x`]),
      ),
    );
    console.log(`\nagreement with the labels of ${opts.cases ?? 'the bundled Math-Verify cases'}, by kind (FP: labelled wrong, judged correct; FN: labelled correct, judged wrong or undecided)`);
    console.log(formatTable(['kind', 'cases', 'agree', 'FP', 'FN'], agreement.map((a) => [a.kind, String(a.cases), String(a.agree), String(a.falsePositives), String(a.falseNegatives)])));
  }
  return { suite: 'verify-throughput', pairs: pairs.length, results, agreement };
}

async function datasetsSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { generatorRates, loadRate, loadTargets } = await import('../../bench/datasets-throughput.js');
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

async function metamathSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { runMetamathBench } = await import('../../bench/metamath-throughput.js');
  const bar = progressBar(1, 'bench metamath', !opts.json);
  const result = runMetamathBench({ repeats: opts.repeats, jobs2: true, onStep: (what) => bar.tick({ status: what }) });
  bar.stop();
  if (!opts.json) {
    const exe = result.exeVersion !== undefined;
    const mb = (x?: number): string => (x === undefined ? '' : ` (${x.toFixed(0)} MB)`);
    console.log(`metamath: whole-process wall seconds, median of ${result.repeats} interleaved runs: \`mathgym mm verify F\`${exe ? ` vs ${result.exeVersion ?? ''} \`metamath 'read "F"' 'verify proof *' exit\`` : ''}; peak RSS in brackets`);
    const header = ['file', 'MB', 'proofs', 'mm verify s', 'mm verify --jobs 2 s', ...(exe ? ['metamath-exe s', 'ratio'] : []), 'target', 'met'];
    const rows = result.rows.map((r) => [
      r.file, r.megabytes.toFixed(1), String(r.proofs), `${r.ours.seconds.toFixed(2)}${mb(r.ours.maxRssMb)}${r.ok ? '' : ' FAILED'}`,
      r.ours2 ? `${r.ours2.seconds.toFixed(2)}${mb(r.ours2.maxRssMb)}` : '',
      ...(exe ? [r.exe ? `${r.exe.seconds.toFixed(2)}${mb(r.exe.maxRssMb)}` : '', r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`] : []),
      r.target, r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]);
    console.log(formatTable(header, rows));
    for (const s of result.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
    const la = result.loadAverage;
    console.log(`load average (1, 5, 15 min): before ${la.before.map((x) => x.toFixed(1)).join(' ')}, after ${la.after.map((x) => x.toFixed(1)).join(' ')}`);
    const f = result.fuzz;
    console.log(`differential fuzz: ${f.agree}/${f.count} mutants agree with ${f.reference} (${(100 * f.agreement).toFixed(1)}%)`);
    if (result.exeNote) console.log(`note: ${result.exeNote}`);
  }
  return { suite: 'metamath', ...result };
}

async function webSuite(opts: BenchOpts): Promise<Record<string, unknown>> {
  const { runWebBench } = await import('../../web/bench-run.js');
  const sizes = parseSizes(opts.sizes);
  const r = await runWebBench({ sizes, repeats: opts.samples, steps: opts.steps });
  if (!opts.json) {
    console.log(`web: the playground's page in headless Chromium; renderer ${r.renderer || 'none (no WebGL2)'}\n${r.userAgent}`);
    if (r.tfjsUnavailable) console.log(`tfjs-webgl not measured: ${r.tfjsUnavailable}`);
    console.log(`\nmatmul GFLOP/s (n x n x n float32, median of ${opts.samples} samples; ratios against ts in turn):`);
    console.log(formatTable(['impl', 'n', 'GFLOP/s', 'ms/call', 'vs ts', 'max |C - C_ts|'], r.matmul.map((x) => [x.impl, String(x.n), x.gflops.toFixed(2), x.msPerCall.toFixed(1), `${x.ratio.toFixed(2)}x`, x.maxAbsDiff.toExponential(1)])));
    console.log(`\ntraining step of the default policy (forward + backward + clip + AdamW, batch 64 x 16 tokens; median of ${opts.steps} after one warm-up):`);
    console.log(formatTable(['impl', 'mode', 'ms/step', 'tokens/s', 'readbacks/step'], r.trainStep.map((x) => [x.impl, x.mode, x.msPerStep.toFixed(1), x.tokensPerSecond.toFixed(0), x.readbacksPerStep.toFixed(0)])));
  }
  return { suite: 'web', ...r };
}

export function benchCommand(program: Command): void {
  program
    .command('bench')
    .description('benchmarks: env (steps/s vs a plain loop), verify (verifications/s and latency vs string compare), datasets (generated items/s, JSONL load rate), metamath (whole-process mm verify s on a one-proof file, iset.mm and set.mm, interleaved with metamath-exe when installed; fuzz agreement), mm-env (MetamathProof-v0 steps/s), nn (matmul GFLOP/s per backend and policy training tokens/s, vs tfjs-wasm), server (reward server throughput and latency with autocannon, 60 s soak), web (the browser playground in headless Chromium: matmul GFLOP/s, gpu.js WebGL2 vs TS vs wasm-simd vs tfjs-webgl, and the policy training step), prover (baseline prover success rate on set.mm propositional calculus, proofs cross-checked by metamath-exe), rewards (reward functions vs labelled suites and reward-hacking probes; writes JSON and HTML)')
    .argument('[suite]', `one of ${SUITES.join(', ')}, rewards, prover, server, web, or all (= ${SUITES.join(', ')})`, 'all')
    .option('--duration <ms>', 'env: timed milliseconds per repeat', parseIntOption('--duration'), 1500)
    .option('--repeats <n>', 'env, metamath: repeats per case (the median is reported)', parseIntOption('--repeats'), 3)
    .option('--calls <n>', 'verify: verifications per case', parseIntOption('--calls'), 4000)
    .option('--workers <n>', 'verify: sandbox worker threads', parseIntOption('--workers'), 2)
    .option('--cases <file>', 'verify: JSONL of {gold, pred, expected} pairs (default: the bundled Math-Verify cases, datasets/data/math-verify/cases.jsonl)')
    .option('--reward <name>', 'rewards: a registered reward to compare (repeatable; default: every registered reward that needs no options; load your own with --require)', collect, [])
    .option('--suite <name>', `rewards: a labelled suite (repeatable; ${REWARD_SUITES.join(', ')}; default all)`, collect, [])
    .option('--no-baselines', 'rewards: leave out the exact / normalized / numeric string baselines')
    .option('--dataset-limit <n>', 'rewards: records per bundled dataset for the datasets suite', parseIntOption('--dataset-limit'), 100)
    .option('--timeout <ms>', 'rewards: per-call time limit (a call past it counts as a timeout)', parseIntOption('--timeout'), 5000)
    .option('--out-dir <dir>', 'rewards: folder for rewards.json and rewards.html', 'bench-results')
    .option('--count <n>', 'prover: theorems from the start of propositional calculus', parseIntOption('--count'), 200)
    .option('--budget <n>', 'prover: search states expanded per theorem', parseIntOption('--budget'), 1000)
    .option('--policy <checkpoint>', 'prover: also run the learned-guided search from this guide checkpoint (mathgym prover train) and print both side by side')
    .option('--exe-improve <qualifiers>', 'prover: also run metamath-exe `improve all <qualifiers>` on the same theorems with proofs deleted, e.g. "/3 /depth 1" (repeatable; slow)', collect, [])
    .option('--search-timeout-ms <n>', 'prover: wall-clock safety limit per theorem for both searches', parseIntOption('--search-timeout-ms'), 10_000)
    .option('--seconds <n>', 'server: seconds of load per case', parseIntOption('--seconds'), 10)
    .option('--soak <n>', 'server: seconds of the soak run (0: none)', parseIntOption('--soak'), 60)
    .option('--sizes <list>', 'nn, web: matmul sizes, comma-separated', '128,256,512')
    .option('--samples <n>', 'nn, web: timed samples per matmul cell (the median is reported)', parseIntOption('--samples'), 5)
    .option('--steps <n>', 'nn, web: timed training steps per implementation (the median is reported)', parseIntOption('--steps'), 5)
    .option('--no-tfjs', 'nn: leave out the tfjs-wasm baseline (ratios are then against our TS kernel)')
    .option('--json', 'print results as JSON')
    .action(async (suite: string, opts: BenchOpts) => {
      const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
      if (suite === 'rewards' || suite === 'prover' || suite === 'server' || suite === 'web') {
        if (!opts.json) console.log(`node ${machine.node}, ${machine.cores} x ${machine.cpu}\n`);
        const result = suite === 'rewards' ? await rewardsSuite(opts) : suite === 'prover' ? await proverSuite(opts) : suite === 'web' ? await webSuite(opts) : await serverSuite(opts);
        if (opts.json) printJson({ machine, suites: [result] });
        return;
      }
      const chosen: readonly Suite[] = suite === 'all' ? SUITES : SUITES.filter((s) => s === suite);
      if (chosen.length === 0) throw new ConfigError(`unknown bench suite ${JSON.stringify(suite)}; choose one of ${SUITES.join(', ')}, rewards, prover, server, web or all`);
      if (!opts.json) console.log(`node ${machine.node}, ${machine.cores} x ${machine.cpu}\n`);
      const out: Record<string, unknown>[] = [];
      for (const s of chosen) {
        const run = { env: envSuite, verify: verifySuite, datasets: datasetsSuite, metamath: metamathSuite, 'mm-env': mmEnvSuite, nn: nnSuite }[s];
        out.push(await run(opts));
        if (!opts.json) console.log('');
      }
      if (opts.json) printJson({ machine, suites: out });
    });
}
