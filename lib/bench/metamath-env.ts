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

export interface ProverBenchResult {
  readonly summary: BaselineSummary;
  /** Found proofs re-verified by our kernel after re-parsing the database with them. */
  readonly kernelVerified: number;
  /** metamath-exe on the same file: undefined when not installed. */
  readonly exe?: { readonly version: string | undefined; readonly errorLines: number; readonly allVerified: boolean };
}

/** The baseline prover on the first `count` propositional theorems, with the found proofs cross-checked. */
export async function runProverBench(opts: { count?: number; budget?: number; onResult?: (label: string, proved: boolean) => void } = {}): Promise<ProverBenchResult> {
  const summary = await runBaseline({
    theorem: `${SECTION}@${opts.count ?? 200}`,
    maxExpansions: opts.budget ?? 1000,
    onResult: (r) => opts.onResult?.(r.theorem, r.proved),
  });
  let text = readFileSync(BUNDLED_DATABASES['set-prop'], 'utf8');
  const proved = summary.results.filter((r) => r.proved);
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
    return { summary, kernelVerified, ...(exe ? { exe } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
