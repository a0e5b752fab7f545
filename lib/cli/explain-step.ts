/**
 * What `mathgym play` prints after a step: the reward (rounded for people: 0.25, not
 * 0.24999999999999997), the verdict and why (info.verdict's rule, reason and what was read from the
 * answer; or an env's own info.reason / info.error), and at the end of an episode the gold answer and
 * a finished proof. Generic over envs: every field is optional and read defensively.
 */

/** A reward for people: integers as is, others to 6 significant digits without float noise. */
export function formatReward(r: number): string {
  if (!Number.isFinite(r) || Number.isInteger(r)) return String(r);
  return String(Number(r.toPrecision(6)));
}

interface StepView {
  readonly reward: number;
  readonly terminated: boolean;
  readonly truncated: boolean;
  readonly info: Readonly<Record<string, unknown>>;
}

const record = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** What was read from the answer: a verdict's `extracted` (string or {raw, normalized}), else its `pred` extraction. */
function extracted(verdict: Record<string, unknown>): string | undefined {
  const e = verdict.extracted ?? verdict.pred;
  const x = record(e);
  if (!x) return text(e);
  const raw = text(x.raw);
  const norm = text(x.normalized);
  return raw !== undefined && norm !== undefined && norm !== raw ? `${raw} (read as ${norm})` : (raw ?? norm);
}

/** The lines to print after a step, the reward line first. */
export function explainStep(r: StepView): string[] {
  const done = r.terminated || r.truncated;
  const lines = [`reward ${formatReward(r.reward)}${r.terminated ? ' (terminated)' : ''}${r.truncated ? ' (truncated: step limit)' : ''}`];
  const verdict = record(r.info.verdict);
  const error = record(verdict?.error);
  if (verdict) {
    const rule = text(verdict.rule);
    const reason = text(verdict.reason);
    const correct = typeof verdict.correct === 'boolean' ? (verdict.correct ? 'right' : 'wrong') : undefined;
    if (error) lines.push(`verifier error (not judged wrong): ${text(error.code) ?? ''} ${text(error.message) ?? ''}`.trimEnd());
    else lines.push(`verdict: ${[correct, rule === undefined ? undefined : `rule ${rule}`].filter(Boolean).join(', ') || 'given'}${reason ? ` - ${reason}` : ''}`);
    const read = extracted(verdict);
    if (read !== undefined) lines.push(`read from your answer: ${read}`);
  } else if (text(r.info.reason) !== undefined) lines.push(text(r.info.reason) as string);
  const envError = text(r.info.error);
  if (envError !== undefined) lines.push(`error: ${envError}`);
  if (!done) return lines;
  // the end of an episode: the gold answer unless it was matched, and a finished proof
  const solved = r.info.correct === true || verdict?.correct === true || r.info.proved === true;
  const gold = text(r.info.gold) ?? text(record(verdict?.gold)?.raw);
  if (gold !== undefined && !solved) lines.push(`gold answer: ${gold}`);
  if (!verdict && text(r.info.reason) === undefined && typeof r.info.correct === 'boolean') lines.push(r.info.correct ? 'right' : 'wrong (this env gives no reason)');
  const proof = record(r.info.proof);
  if (proof) {
    if (text(proof.normal) !== undefined) lines.push(`proof (checked by the kernel): ${text(proof.normal)}`);
    if (text(proof.compressed) !== undefined) lines.push(`compressed: ${text(proof.compressed)}`);
  }
  return lines;
}
