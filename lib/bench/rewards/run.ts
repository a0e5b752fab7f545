/**
 * `benchmarkRewards`: runs reward functions over labelled suites and measures accuracy, precision,
 * recall, false positives on reward-hacking probes, errors, timeouts, throughput and latency.
 */
import { cpus } from 'node:os';
import { listRewards, makeReward } from '../../rewards/registry.js';
import type { RewardFn } from '../../rewards/types.js';
import { baselineRewards } from './baselines.js';
import { computeMetrics, isCorrect } from './metrics.js';
import { EXPLOITS } from './probes.js';
import { loadSuites } from './suites.js';
import type { CaseResult, LabelledCase, ProbeOutcome, RewardBenchReport, RewardMetrics, RewardSpec, Suite } from './types.js';

export interface BenchmarkRewardsOptions {
  /** Rewards to compare: registered names or {name, fn}. Default: every registered reward that builds without options, plus the baselines. */
  readonly rewards?: readonly RewardSpec[];
  /** Suites (built) or suite names (`peer`, `datasets`, `probes`). Default: all three. */
  readonly suites?: readonly (Suite | string)[];
  /** Add the exact / normalized / numeric baselines when `rewards` is given (default true). */
  readonly baselines?: boolean;
  /** Per-call time limit; a call past it counts as a timeout with reward 0 (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Options passed to makeReward for named rewards. */
  readonly rewardOptions?: Readonly<Record<string, unknown>>;
  readonly peerPath?: string;
  /** Records per bundled dataset for the `datasets` suite (default 100). */
  readonly datasetLimit?: number;
  /** Called after each (reward, suite) run. */
  readonly onProgress?: (reward: string, suite: string) => void;
}

interface BuiltReward {
  readonly name: string;
  readonly fn: RewardFn;
  readonly baseline: boolean;
}

function buildRewards(opts: BenchmarkRewardsOptions): { built: BuiltReward[]; skipped: { name: string; reason: string }[] } {
  const specs: RewardSpec[] = opts.rewards ? [...opts.rewards] : listRewards();
  const built: BuiltReward[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const s of specs) {
    if (typeof s === 'string') {
      try {
        built.push({ name: s, fn: makeReward(s, opts.rewardOptions ?? {}), baseline: false });
      } catch (e) {
        if (opts.rewards) throw e; // asked for by name: a bad one is the caller's error
        // a reward that needs options (overlong: maxLength) is not a judge of answers without them
        skipped.push({ name: s, reason: `needs options the benchmark does not set (${(e as Error).message.replace(/, got undefined$/, '')})` });
      }
    } else built.push({ name: s.name, fn: s.fn, baseline: s.baseline ?? false });
  }
  if (opts.baselines ?? true) for (const b of baselineRewards()) if (!built.some((x) => x.name === b.name)) built.push(b);
  return { built, skipped };
}

/** Calls the reward on one case, timing it; never throws. */
export async function runCase(fn: RewardFn, c: LabelledCase, timeoutMs = 5000): Promise<CaseResult> {
  let timer: NodeJS.Timeout | undefined;
  const start = performance.now();
  try {
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const out = await Promise.race([fn({ completion: c.completion, answer: c.gold, info: { suite: c.suite, id: c.id } }), timeout]);
    const ms = performance.now() - start;
    if (out === 'timeout') return { reward: 0, ms, error: `timed out after ${timeoutMs} ms`, timedOut: true };
    const reward = typeof out?.reward === 'number' && Number.isFinite(out.reward) ? out.reward : 0;
    const error = out?.error ? `${out.error.code}: ${out.error.message}` : reward !== out?.reward ? `non-finite reward ${String(out?.reward)}` : undefined;
    return error === undefined ? { reward, ms } : { reward, ms, error };
  } catch (e) {
    return { reward: 0, ms: performance.now() - start, error: `threw: ${(e as Error)?.message ?? String(e)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every reward over every suite and returns the report (JSON-serialisable). */
export async function benchmarkRewards(opts: BenchmarkRewardsOptions = {}): Promise<RewardBenchReport> {
  const named = (opts.suites ?? []).filter((s): s is string => typeof s === 'string');
  const given = (opts.suites ?? []).filter((s): s is Suite => typeof s !== 'string');
  const suites = opts.suites ? [...given, ...(named.length > 0 ? await loadSuites(named, { peerPath: opts.peerPath, datasetLimit: opts.datasetLimit }) : [])] : await loadSuites(undefined, { peerPath: opts.peerPath, datasetLimit: opts.datasetLimit });
  const { built, skipped } = buildRewards(opts);
  const timeoutMs = opts.timeoutMs ?? 5000;
  const metrics: RewardMetrics[] = [];
  const overall: RewardMetrics[] = [];
  /** reward → case key → result, for the probe table. */
  const probeResults = new Map<string, Map<string, CaseResult>>();
  for (const r of built) {
    const allCases: LabelledCase[] = [];
    const allResults: CaseResult[] = [];
    for (const s of suites) {
      const results: CaseResult[] = [];
      for (const c of s.cases) results.push(await runCase(r.fn, c, timeoutMs));
      metrics.push(computeMetrics(r.name, s.name, s.cases, results));
      allCases.push(...s.cases);
      allResults.push(...results);
      s.cases.forEach((c, i) => {
        if (c.exploit === undefined) return;
        const m = probeResults.get(r.name) ?? new Map<string, CaseResult>();
        m.set(`${s.name}/${c.id}`, results[i] as CaseResult);
        probeResults.set(r.name, m);
      });
      opts.onProgress?.(r.name, s.name);
    }
    if (suites.length > 1) overall.push(computeMetrics(r.name, 'all', allCases, allResults));
  }
  const probes: ProbeOutcome[] = [];
  for (const s of suites) {
    for (const c of s.cases) {
      if (c.exploit === undefined) continue;
      const fooled: Record<string, boolean> = {};
      for (const r of built) fooled[r.name] = !isCorrect((probeResults.get(r.name)?.get(`${s.name}/${c.id}`) as CaseResult).reward, c.expected);
      probes.push({ id: c.id, exploit: c.exploit, expected: c.expected, fooled });
    }
  }
  const exploitNames = [...new Set(probes.map((p) => p.exploit))];
  const exploits = exploitNames.map((exploit) => {
    const of = probes.filter((p) => p.exploit === exploit);
    return { exploit, description: EXPLOITS[exploit] ?? exploit, probes: of.length, fooled: Object.fromEntries(built.map((r) => [r.name, of.filter((p) => p.fooled[r.name]).length])) };
  });
  return {
    createdAt: new Date().toISOString(),
    machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
    rewards: built.map((r) => ({ name: r.name, baseline: r.baseline })),
    suites: suites.map((s) => ({ name: s.name, description: s.description, cases: s.cases.length, positives: s.cases.filter((c) => c.expected === 1).length })),
    metrics: [...metrics, ...overall],
    exploits,
    probes,
    skipped,
  };
}
