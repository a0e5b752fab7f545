/**
 * The baseline prover run through the environment: for each target, best-first search
 * (lib/metamath/prover.ts) on the episode's proof state, then the found steps replayed with
 * `env.step`, so a success is the environment's reward 1 for a kernel-checked proof.
 */
import { make } from '../../lib/core/registry.js';
import type { Env } from '../../lib/core/env.js';
import { prove, type ExportedProof, type SearchGuide } from '../../lib/metamath/index.js';
import { formatStepAction } from './action.js';
import type { MetamathProofEnv } from './env.js';

export interface BaselineOptions {
  /** Bundled name or .mm path (env option `database`). */
  readonly database?: string;
  /** Target selector (env option `theorem`). */
  readonly theorem: string;
  /** States the search may expand per theorem (the step budget); default 1000. */
  readonly maxExpansions?: number;
  /** Wall-clock bound per theorem, milliseconds; default 10,000. */
  readonly timeoutMs?: number;
  readonly minif2f?: string;
  /** Learned step costs for the search (lib/metamath/guide); default: the baseline's. */
  readonly guide?: SearchGuide;
  readonly onResult?: (r: BaselineResult, done: number, total: number) => void;
}

export interface BaselineResult {
  readonly theorem: string;
  /** The environment rewarded the replayed proof with 1. */
  readonly proved: boolean;
  readonly stop: 'proved' | 'budget' | 'timeout' | 'exhausted';
  /** Text actions, as sent to env.step. */
  readonly actions: string[];
  readonly proof?: ExportedProof;
  readonly expansions: number;
  readonly milliseconds: number;
  /** Set when the search claimed a proof but the replay did not earn reward 1 (a bug, reported, never hidden). */
  readonly replayError?: string;
}

export interface BaselineSummary {
  readonly database: string;
  readonly theorem: string;
  readonly maxExpansions: number;
  readonly attempted: number;
  readonly proved: number;
  readonly successRate: number;
  readonly seconds: number;
  readonly results: BaselineResult[];
}

export async function runBaseline(opts: BaselineOptions): Promise<BaselineSummary> {
  const t0 = performance.now();
  const maxExpansions = opts.maxExpansions ?? 1000;
  const kwargs = { theorem: opts.theorem, ...(opts.database ? { database: opts.database } : {}), ...(opts.minif2f ? { minif2f: opts.minif2f } : {}) };
  // no step limit here: a found proof may be longer than an episode's default limit
  const env: Env<string, string> = await make<string, string>('mathgym/MetamathProof-v0', { ...kwargs, maxEpisodeSteps: -1 });
  const inner = env.unwrapped as MetamathProofEnv;
  const results: BaselineResult[] = [];
  try {
    const targets = inner.targets;
    for (let i = 0; i < targets.length; i++) {
      await env.reset({ seed: 0, options: { index: i } });
      const r = prove(inner.loaded.db, inner.proofState!.target, { maxExpansions, timeoutMs: opts.timeoutMs, guide: opts.guide });
      const actions = r.actions.map((a) => formatStepAction(a.label, a.goal));
      let result: BaselineResult = { theorem: r.label, proved: false, stop: r.stop, actions, expansions: r.expansions, milliseconds: r.milliseconds };
      if (r.proved) {
        let last: { reward: number; info: Record<string, unknown> } | undefined;
        for (const a of actions) last = await env.step(a);
        if (last?.reward === 1) result = { ...result, proved: true, proof: last.info.proof as ExportedProof };
        else result = { ...result, stop: 'exhausted', replayError: `replay ended with reward ${String(last?.reward)}: ${String(last?.info.error ?? last?.info.verifierError ?? 'goals left open')}` };
      }
      results.push(result);
      opts.onResult?.(result, i + 1, targets.length);
    }
  } finally {
    await env.close();
  }
  const proved = results.filter((r) => r.proved).length;
  return {
    database: inner.loaded.path,
    theorem: opts.theorem,
    maxExpansions,
    attempted: results.length,
    proved,
    successRate: results.length ? proved / results.length : 0,
    seconds: (performance.now() - t0) / 1000,
    results,
  };
}
