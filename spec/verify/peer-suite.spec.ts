import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { extractCandidates, extractChoice } from '../../lib/verify/extract.js';
import type { StrategyTier, VerifyOptions } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import { PEER_CASES_PATH } from '../../lib/bench/verify-throughput.js';

/** Math-Verify's labelled cases, vendored in datasets/data/math-verify (Apache-2.0; source in its README.md). */
const CASES = PEER_CASES_PATH;

interface PeerCase {
  readonly id: string;
  readonly gold: string | null;
  readonly pred: string;
  readonly expected: boolean | string[] | string;
  readonly kind: 'latex' | 'expr' | 'sympy' | 'string-parse' | 'parse-config';
  readonly config: Record<string, unknown> | 'default' | null;
}

export interface PeerOutcome {
  readonly id: string;
  readonly applicable: boolean;
  readonly agree: boolean;
  readonly note: string;
}

/** Math-Verify's extraction targets as our strategies. */
function strategiesFor(targets: unknown): StrategyTier[] | undefined {
  if (!Array.isArray(targets)) return undefined;
  const latex = targets.includes('latex');
  const expr = targets.includes('expr');
  if (latex && expr) return undefined;
  if (latex) return [['boxed', 'final-answer'], 'latex-env'];
  return ['whole', 'last-number'];
}

function sympySource(s: string): string {
  return s.replace(/sympy\.Rational\((-?\d+),\s*(-?\d+)\)/g, '$1/$2').replace(/sympy\.(?:Float|Integer)\(([^)]*)\)/g, '$1');
}

/** Runs one peer case through our verifier; `applicable: false` for cases that test Python-only knobs. */
export function runPeerCase(c: PeerCase): PeerOutcome {
  const cfg = (c.config && typeof c.config === 'object' ? c.config : {}) as Record<string, unknown>;
  if (c.kind === 'string-parse') {
    const sc = (cfg.string_config ?? {}) as { strings?: string[] };
    const found = extractChoice(c.pred, (sc.strings ?? ['A', 'B', 'C', 'D']).join(''));
    const expected = c.expected as string[];
    const got = found[0]?.raw;
    const agree = expected.length === 0 ? got === undefined : got === expected[1];
    return { id: c.id, applicable: true, agree, note: `letter ${JSON.stringify(got)} vs ${JSON.stringify(expected[1])}` };
  }
  if (c.kind === 'parse-config') {
    const call = String(cfg.py_call);
    if (call.includes('boxed_match_priority=-1') || call.includes('malformed_operators=False')) {
      return { id: c.id, applicable: false, agree: false, note: 'tests a Math-Verify normalisation switch we do not expose' };
    }
    // boxed_match_priority=100 puts "final answer is" before \boxed; the default puts them level
    const strategies: StrategyTier[] = call.includes('boxed_match_priority=100') ? ['final-answer', 'boxed', 'latex-env'] : [['boxed', 'final-answer'], 'latex-env'];
    const cands = extractCandidates(c.pred, strategies);
    const check = String(c.expected);
    if (check === 'len(x) == 1') return { id: c.id, applicable: true, agree: cands.length >= 1, note: `${cands.length} candidate(s)` };
    const want = /sympy\.Integer\((\d+)\)/.exec(check)?.[1] ?? (/Rational\(1, 2\)/.test(check) ? '1/2' : undefined);
    const v = want === undefined ? undefined : verify(want, cands[0]?.raw ?? '', { strategies: ['whole'] });
    return { id: c.id, applicable: want !== undefined, agree: v?.correct === true, note: `first candidate ${JSON.stringify(cands[0]?.raw)}` };
  }
  const opts: VerifyOptions = {
    strategies: strategiesFor(cfg.targets),
    floatRounding: typeof cfg.float_rounding === 'number' ? cfg.float_rounding : 6,
    allowSetRelationComp: cfg.allow_set_relation_comp === true,
    strict: cfg.strict !== false,
  };
  const gold = c.kind === 'sympy' ? sympySource(c.gold ?? '') : (c.gold ?? '');
  const pred = c.kind === 'sympy' ? sympySource(c.pred) : c.pred;
  const v = verify(gold, pred, c.kind === 'sympy' ? { ...opts, strategies: ['whole'] } : opts);
  return {
    id: c.id,
    applicable: true,
    agree: v.correct === c.expected && !v.error,
    note: `expected ${String(c.expected)}, got ${v.correct} by ${v.rule}: gold ${v.gold?.normalized ?? v.gold?.raw} | pred ${v.pred?.normalized ?? v.pred?.raw}${v.error ? ` | error ${v.error.code}` : ''}`,
  };
}

export function loadPeerCases(): PeerCase[] {
  return readFileSync(CASES, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PeerCase);
}

describe('verify: agreement with the Math-Verify peer suite', function () {
  it('agrees on at least 98% of the applicable labelled cases', function () {
    const cases = loadPeerCases();
    expect(cases).to.have.length(286);
    const outcomes = cases.map(runPeerCase);
    const applicable = outcomes.filter((o) => o.applicable);
    const agree = applicable.filter((o) => o.agree).length;
    const rate = agree / applicable.length;
    const disagreements = applicable.filter((o) => !o.agree);
    console.log(`\n      Math-Verify agreement: ${agree}/${applicable.length} = ${(100 * rate).toFixed(1)}% (${outcomes.length - applicable.length} not applicable)`);
    for (const d of disagreements) console.log(`        - ${d.id}: ${d.note}`);
    expect(rate, `${disagreements.length} disagreements`).to.be.at.least(0.98);
    expect(agree, "no worse than 282 (docs/verifier.md)").to.be.at.least(282);
  });
});
