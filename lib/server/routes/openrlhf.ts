/**
 * OpenRLHF's remote reward model protocol (`openrlhf/utils/agent.py`): `POST /get_reward` with parallel
 * lists `{query, prompts, labels}` (query = prompt + response) answers `{rewards, scores, extra_logs}`.
 * Every number there is a JSON float (1.0, 0.0: OpenRLHF builds float tensors from them). OpenRLHF
 * needs a number per item, so an item the verifier could not judge (or a completion over
 * --max-completion-chars) gets reward 0.0 AND is listed in `errors` and flagged in
 * `extra_logs.verifier_error` (and `extra_logs.too_long`), which OpenRLHF logs per step: reported,
 * never a silent 0.
 */
import type { FastifyInstance } from 'fastify';
import { admit, countItems, sendError, withDeadline, type ServerContext } from '../context.js';
import { COMPLETION_TOO_LONG } from '../scorer.js';
import { openrlhfRequest, openrlhfResponse } from '../schemas.js';

interface Body {
  query: string[];
  prompts?: string[];
  labels: (string | number | null)[];
}

/** A number label whose decimal text is exactly the number the trainer meant: JSON (a double) keeps neither large integers nor exponent forms exact. */
function exactNumber(x: number): boolean {
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return false;
  return !String(x).includes('e');
}

const WS = /\s/;

/**
 * The response part of `query`: what follows its `prompt` prefix. When the prompt is not an exact
 * prefix (a tokenizer round trip may change whitespace), the prompt's non-whitespace characters are
 * matched in order against the query's, skipping whitespace on both sides, and the query is cut right
 * after the last one matched. undefined when even that fails: scoring the whole query would reward an
 * answer that appears in the prompt (a few-shot example, say).
 */
export function responseAfter(query: string, prompt: string): string | undefined {
  if (query.startsWith(prompt)) return query.slice(prompt.length);
  let i = 0;
  let cut = 0;
  for (let j = 0; j < prompt.length; j++) {
    if (WS.test(prompt[j])) continue;
    while (i < query.length && WS.test(query[i])) i++;
    if (i >= query.length || query[i] !== prompt[j]) return undefined;
    i++;
    cut = i;
  }
  return query.slice(cut);
}

export function openrlhfRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: Body }>('/get_reward', { schema: { body: openrlhfRequest, response: { 200: openrlhfResponse } } }, async (req, reply) => {
    const { query, prompts, labels } = req.body;
    const n = query.length;
    const fields: Array<{ path: string; message: string }> = [];
    if (labels.length !== n) fields.push({ path: '/labels', message: `has ${labels.length} entries but /query has ${n}; the lists are parallel` });
    if (prompts && prompts.length !== n) fields.push({ path: '/prompts', message: `has ${prompts.length} entries but /query has ${n}; the lists are parallel` });
    if (fields.length) return sendError(reply, 400, 'VALIDATION', 'query, prompts and labels must have the same length', { fields });
    // items that cannot be scored honestly are not sent to the verifier: they are errors
    const refused = new Map<number, { code: string; message: string }>();
    const responses: string[] = [];
    for (let i = 0; i < n; i++) {
      const label = labels[i];
      if (label === null) {
        refused.set(i, { code: 'NO_LABEL', message: `labels[${i}] is null: no gold answer to score against` });
        continue;
      }
      if (typeof label === 'number' && !exactNumber(label)) {
        refused.set(i, { code: 'LABEL_NOT_EXACT', message: `labels[${i}] is the number ${String(label)}, which JSON does not carry exactly (integers beyond 2^53 lose digits, very large or small numbers turn into exponent notation); send large numbers as strings` });
        continue;
      }
      const p = prompts?.[i];
      const response = p === undefined ? query[i] : responseAfter(query[i], p);
      if (response === undefined) {
        refused.set(i, { code: 'PROMPT_MISMATCH', message: `prompts[${i}] is not a prefix of query[${i}] (not even ignoring whitespace), so the response cannot be told from the prompt; not scored` });
        continue;
      }
      responses[i] = response;
    }
    const judged = query.map((_, i) => i).filter((i) => !refused.has(i));
    if (!admit(ctx, reply, judged.length)) return reply;
    const items = judged.map((i) => ({ completion: responses[i]!, answer: String(labels[i]), prompt: prompts?.[i] }));
    const scored = await withDeadline(ctx, req, reply, (signal) => ctx.scorer.score(items, undefined, signal));
    if (!Array.isArray(scored)) return scored;
    const byIndex = new Map(judged.map((i, k) => [i, scored[k]]));
    const results = query.map((_, i) => byIndex.get(i));
    const errors: Array<{ index: number; code: string; message: string }> = [];
    const rewards = results.map((r, i) => {
      if (!r) {
        errors.push({ index: i, ...refused.get(i)! });
        return 0;
      }
      if (r.error) errors.push({ index: i, ...r.error });
      return r.reward ?? 0;
    });
    countItems(ctx, 'get_reward', n, errors.map((e) => e.code));
    const failed = new Set(errors.map((e) => e.index));
    return {
      rewards,
      scores: rewards.map((r) => Math.min(1, Math.max(0, r))),
      extra_logs: {
        correct: results.map((r) => (r?.correct ? 1 : 0)),
        verifier_error: rewards.map((_, i) => (failed.has(i) ? 1 : 0)),
        too_long: results.map((r) => (r?.error?.code === COMPLETION_TOO_LONG ? 1 : 0)),
      },
      errors,
    };
  });
}
