/**
 * The differential fuzz run: seeded mutants of a base database, the kernel's verdict on each,
 * compared with metamath-exe's (run live when installed) or with a checked-in corpus of its verdicts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { exeVerdicts, formatVerdict, kernelVerdict, sameVerdict, type FuzzCase, type FuzzCorpus, type Verdict } from './differential.js';
import { MutationBase, mutants, type Mutant } from './mutate.js';

/** The checked-in corpus of metamath-exe verdicts (`mathgym mm fuzz --write-corpus` remakes it). */
export const FUZZ_CORPUS = join(PACKAGE_ROOT, 'datasets', 'data', 'metamath', 'fuzz-corpus.json');
export const FUZZ_BASE = join(PACKAGE_ROOT, 'datasets', 'data', 'metamath', 'set-prop.mm');
export const FUZZ_SEED = 22;
export const FUZZ_COUNT = 600;

export function readCorpus(path = FUZZ_CORPUS): FuzzCorpus {
  return JSON.parse(readFileSync(path, 'utf8')) as FuzzCorpus;
}

export interface FuzzOptions {
  /** Text of the base database. */
  readonly base: string;
  readonly seed: number;
  readonly count: number;
  /** Targets are drawn from maxTargets theorems (default 300) after the first skipTargets (default 0). */
  readonly maxTargets?: number;
  readonly skipTargets?: number;
  /** Reference verdicts by mutant index (a corpus); when absent, metamath-exe is run. */
  readonly expected?: readonly FuzzCase[];
  readonly onProgress?: (done: number, total: number) => void;
}

export interface FuzzDisagreement {
  readonly index: number;
  readonly kind: string;
  readonly target: string;
  readonly edit: string;
  readonly kernel: string;
  readonly reference: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly count: number;
  readonly reference: 'metamath-exe' | 'corpus';
  readonly agree: number;
  /** agree / count. */
  readonly agreement: number;
  /** Per mutation kind: [agree, total]. */
  readonly byKind: Record<string, [number, number]>;
  /** How the reference judged the mutants: accepted (every proof verifies), rejected, incomplete only, malformed. */
  readonly verdicts: { accepted: number; rejected: number; incomplete: number; malformed: number };
  readonly disagreements: FuzzDisagreement[];
  /** The cases with the reference verdicts (to write as a corpus). */
  readonly cases: FuzzCase[];
  readonly kernelSeconds: number;
  readonly referenceSeconds: number;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The first `count` mutants of the seeded sequence. */
export function fuzzMutants(base: string, seed: number, count: number, maxTargets = 300, skipTargets = 0): Mutant[] {
  const g = mutants(new MutationBase(base, maxTargets, skipTargets), seed);
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) out.push(g.next().value as Mutant);
  return out;
}

/** Runs the mutants through the kernel and the reference; every disagreement is listed. */
export function runFuzz(opts: FuzzOptions): FuzzReport {
  const ms = fuzzMutants(opts.base, opts.seed, opts.count, opts.maxTargets, opts.skipTargets);
  let t = performance.now();
  const kernel: Verdict[] = [];
  for (const m of ms) {
    kernel.push(kernelVerdict(m.text));
    opts.onProgress?.(kernel.length, ms.length);
  }
  const kernelSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  let reference: Verdict[];
  const disagreements: FuzzDisagreement[] = [];
  if (opts.expected) {
    const byIndex = new Map(opts.expected.map((c) => [c.index, c]));
    reference = ms.map((m) => {
      const c = byIndex.get(m.index);
      if (!c) throw new Error(`the corpus has no mutant ${m.index}; regenerate it (mathgym mm fuzz --write-corpus)`);
      if (c.sha256 !== sha256(m.text)) throw new Error(`mutant ${m.index} differs from the corpus's (the mutator or the base changed); regenerate it with metamath-exe (mathgym mm fuzz --write-corpus)`);
      return c.verdict;
    });
  } else reference = exeVerdicts(ms.map((m) => m.text));
  const referenceSeconds = (performance.now() - t) / 1000;
  const byKind: Record<string, [number, number]> = {};
  const verdicts = { accepted: 0, rejected: 0, incomplete: 0, malformed: 0 };
  let agree = 0;
  ms.forEach((m, i) => {
    const r = reference[i];
    const k = (byKind[m.kind] ??= [0, 0]);
    k[1]++;
    if (r.malformed) verdicts.malformed++;
    else if (r.rejected.length) verdicts.rejected++;
    else if (r.incomplete.length) verdicts.incomplete++;
    else verdicts.accepted++;
    if (sameVerdict(kernel[i], r)) {
      agree++;
      k[0]++;
    } else disagreements.push({ index: m.index, kind: m.kind, target: m.target, edit: m.edit, kernel: formatVerdict(kernel[i]), reference: formatVerdict(r) });
  });
  return {
    seed: opts.seed,
    count: ms.length,
    reference: opts.expected ? 'corpus' : 'metamath-exe',
    agree,
    agreement: ms.length ? agree / ms.length : 1,
    byKind,
    verdicts,
    disagreements,
    cases: ms.map((m, i) => ({ index: m.index, kind: m.kind, target: m.target, edit: m.edit, sha256: sha256(m.text), verdict: reference[i] })),
    kernelSeconds,
    referenceSeconds,
  };
}

/** A corpus from a run against metamath-exe. */
export function corpusOf(report: FuzzReport, meta: Omit<FuzzCorpus, 'mutants' | 'seed'>): FuzzCorpus {
  if (report.reference !== 'metamath-exe') throw new Error('a corpus is made from metamath-exe verdicts, not from another corpus');
  return { ...meta, seed: report.seed, mutants: report.cases };
}
