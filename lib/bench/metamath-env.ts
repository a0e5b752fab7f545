/**
 * MetamathProof-v0 throughput and the baseline prover's success rate.
 *
 * Steps/s: the proofs of the first propositional theorems (found once by the baseline prover) are
 * replayed, against a baseline that replays the same steps on the bare ProofState (no Env, no
 * observation text), so the ratio is the cost of the Env layer. Prover: best-first search on the
 * first N theorems of set.mm's propositional calculus with a fixed expansion budget; every found
 * proof is put back into the database and verified by our kernel and, when installed, metamath-exe.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { make } from '../core/registry.js';
import { ProofState, parseDatabase, prove, replaceProof, verifyDatabase } from '../metamath/index.js';
import { guideForTargets, type LearnedGuide } from '../metamath/guide/index.js';
import { selectTargets } from '../../datasets/metamath/targets.js';
import { runBaseline, type BaselineSummary } from '../../environments/metamath/baseline.js';
import { formatStepAction } from '../../environments/metamath/action.js';
import { BUNDLED_DATABASES, loadMetamath } from '../../datasets/metamath/database.js';
import type { BenchCase } from './harness.js';
import { exeVersion } from './metamath-throughput.js';

const SECTION = 'section:Propositional calculus';

/** Proof scripts (label + text actions) of the first `n` propositional theorems the prover finds quickly. */
function scripts(n: number): Script[] {
  const { db } = loadMetamath('set-prop');
  const start = db.labels.get('mp2')!.index;
  const out: Script[] = [];
  for (const s of db.statements) {
    if (out.length >= n) break;
    if (s.kind !== 'p' || s.index < start) continue;
    const r = prove(db, s, { maxExpansions: 200 });
    if (r.proved) out.push({ label: s.label, steps: r.actions });
  }
  return out;
}

type Script = { label: string; steps: Array<{ label: string; goal: number }> };

/** Replays the proof scripts through env.step, one episode per script. */
function replayCase(name: string, proofs: readonly Script[], steps: number, kwargs: Record<string, unknown>): BenchCase {
  return {
    name,
    setup: async () => {
      const env = await make<string, string>('mathgym/MetamathProof-v0', { theorem: proofs.map((p) => p.label).join(','), maxEpisodeSteps: -1, ...kwargs });
      return {
        batch: async () => {
          for (let i = 0; i < proofs.length; i++) {
            await env.reset({ seed: 0, options: { index: i } });
            for (const a of proofs[i].steps) await env.step(formatStepAction(a.label, a.goal));
          }
          return steps;
        },
        teardown: () => env.close(),
      };
    },
  };
}

export function metamathEnvCases(): BenchCase[] {
  const proofs = scripts(20);
  const steps = proofs.reduce((a, p) => a + p.steps.length, 0);
  return [
    {
      name: 'baseline: ProofState.apply replay (no Env)',
      setup: async () => {
        const { db } = loadMetamath('set-prop');
        return {
          batch: async () => {
            for (const p of proofs) {
              const s = new ProofState(db, p.label);
              for (const a of p.steps) s.apply(a.label, {}, a.goal);
            }
            return steps;
          },
        };
      },
    },
    replayCase('env.step replay (make: checker + order + time limit)', proofs, steps, {}),
    replayCase('env.step replay with candidatesInInfo', proofs, steps, { candidatesInInfo: true }),
    {
      name: 'env.step invalid action (unknown label)',
      setup: async () => {
        const env = await make<string, string>('mathgym/MetamathProof-v0', { theorem: 'syl', maxEpisodeSteps: -1 });
        await env.reset({ seed: 0 });
        return {
          batch: async () => {
            for (let i = 0; i < 64; i++) await env.step('no-such-label');
            return 64;
          },
          teardown: () => env.close(),
        };
      },
    },
  ];
}

export interface FoundCheck {
  /** Found proofs re-verified by our kernel after re-parsing the database with them. */
  readonly kernelVerified: number;
  /** metamath-exe on the same file: undefined when not installed. */
  readonly exe?: { readonly version: string | undefined; readonly errorLines: number; readonly allVerified: boolean };
}

export interface ProverSide extends FoundCheck {
  readonly summary: BaselineSummary;
}

export interface ProverBenchResult extends ProverSide {
  /** The learned-guided search on the same theorems with the same budget (with --policy). */
  readonly learned?: ProverSide & { readonly policy: string; readonly trainFirst?: unknown; readonly trainLast?: unknown; readonly trainCount: number };
  /** Theorems both proved, and the expansions each spent on them. */
  readonly common?: { readonly theorems: number; readonly baselineExpansions: number; readonly learnedExpansions: number };
  /** metamath-exe's own search on the same theorems with their proofs deleted (with --exe-improve). */
  readonly improve?: readonly ExeImproveRow[];
}

export interface ExeImproveRow {
  readonly command: string;
  readonly proved: number;
  readonly attempted: number;
  /** Whole-process wall time of the metamath run. */
  readonly seconds: number;
}

/** Writes the found proofs into a copy of set-prop and verifies them with our kernel and, when installed, metamath-exe. */
export function checkFound(results: BaselineSummary['results']): FoundCheck {
  let text = readFileSync(BUNDLED_DATABASES['set-prop'], 'utf8');
  const proved = results.filter((r) => r.proved);
  for (const r of proved) text = replaceProof(text, r.theorem, r.proof!.compressed);
  const dir = mkdtempSync(join(tmpdir(), 'mm-prover-'));
  try {
    const path = join(dir, 'set-prop-found.mm');
    writeFileSync(path, text);
    const v = verifyDatabase(parseDatabase(path), { labels: proved.map((r) => r.theorem) });
    const kernelVerified = v.checked - v.failures.length - v.incomplete.length;
    const r = spawnSync('metamath', ['set scroll continuous', `read "${path}"`, 'verify proof *', 'exit'], { encoding: 'utf8', timeout: 120_000 });
    const exe = r.error
      ? undefined
      : { version: exeVersion(), errorLines: r.stdout.split('\n').filter((l) => /^\?Error/.test(l)).length, allVerified: /All proofs in the database were verified/.test(r.stdout) };
    return { kernelVerified, ...(exe ? { exe } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * metamath-exe's automatic search on each theorem with its proof deleted, in one process:
 * `prove L`, `delete all`, `improve all <qualifiers>`; proved when it prints CONGRATULATIONS.
 * Undefined when metamath-exe is not installed.
 */
export function exeImprove(labels: readonly string[], qualifiers: string, timeoutMs = 3_600_000): ExeImproveRow | undefined {
  const args = ['set scroll continuous', `read "${BUNDLED_DATABASES['set-prop']}"`];
  for (const l of labels) args.push(`prove ${l}`, 'delete all', `improve all ${qualifiers}`, 'exit /force');
  args.push('exit');
  const t0 = performance.now();
  const r = spawnSync('metamath', args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  // one segment per `prove`: count those that completed
  const segments = (r.stdout ?? '').split(/MM> prove /).slice(1);
  const proved = segments.filter((seg) => /CONGRATULATIONS! +The proof is complete/.test(seg)).length;
  return { command: `improve all ${qualifiers}`, proved, attempted: labels.length, seconds };
}

export interface ProverBenchOptions {
  readonly count?: number;
  readonly budget?: number;
  /** Wall-clock safety limit per theorem, ms (default 10,000; both searches get the same). */
  readonly timeoutMs?: number;
  /** A guide checkpoint (mathgym prover train): also run the learned-guided search. */
  readonly policy?: string;
  /** metamath-exe `improve all` qualifier sets to run on the same theorems, e.g. ['/3 /depth 1']. */
  readonly exeImprove?: readonly string[];
  readonly onResult?: (label: string, proved: boolean, side: 'baseline' | 'learned') => void;
}

/** The baseline prover (and with `policy` the learned-guided one) on the first `count` propositional theorems, with the found proofs cross-checked. */
export async function runProverBench(opts: ProverBenchOptions = {}): Promise<ProverBenchResult> {
  const theorem = `${SECTION}@${opts.count ?? 200}`;
  const maxExpansions = opts.budget ?? 1000;
  const timeoutMs = opts.timeoutMs;
  // the checkpoint is read (and refused if it trained on these theorems) before minutes of search
  let guide: { policy: string; guide: LearnedGuide; meta: Readonly<Record<string, unknown>>; trainCount: number } | undefined;
  if (opts.policy) {
    const g = guideForTargets(opts.policy, selectTargets(loadMetamath('set-prop'), theorem));
    guide = { policy: opts.policy, guide: g.guide, meta: g.checkpoint.meta, trainCount: g.checkpoint.trainLabels.length };
  }
  const summary = await runBaseline({ theorem, maxExpansions, timeoutMs, onResult: (r) => opts.onResult?.(r.theorem, r.proved, 'baseline') });
  const base: ProverSide = { summary, ...checkFound(summary.results) };
  let learned: ProverBenchResult['learned'];
  let common: ProverBenchResult['common'];
  if (guide) {
    const ls = await runBaseline({ theorem, maxExpansions, timeoutMs, guide: guide.guide, onResult: (r) => opts.onResult?.(r.theorem, r.proved, 'learned') });
    learned = { summary: ls, ...checkFound(ls.results), policy: guide.policy, trainFirst: guide.meta.trainFirst, trainLast: guide.meta.trainLast, trainCount: guide.trainCount };
    const both = summary.results.map((b, i) => [b, ls.results[i]] as const).filter(([b, l]) => b.proved && l.proved);
    common = { theorems: both.length, baselineExpansions: both.reduce((a, [b]) => a + b.expansions, 0), learnedExpansions: both.reduce((a, [, l]) => a + l.expansions, 0) };
  }
  const labels = summary.results.map((r) => r.theorem);
  const improve = (opts.exeImprove ?? []).map((q) => exeImprove(labels, q)).filter((x): x is ExeImproveRow => x !== undefined);
  return { ...base, ...(learned ? { learned, common } : {}), ...(opts.exeImprove?.length ? { improve } : {}) };
}
