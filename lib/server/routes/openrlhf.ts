/**
 * OpenRLHF's remote reward model protocol (`openrlhf/utils/agent.py`): `POST /get_reward` with parallel
 * lists `{query, prompts, labels}` (query = prompt + response) answers `{rewards, scores, extra_logs}`.
 * OpenRLHF needs a number per item, so an item the verifier could not judge gets reward 0 AND is
 * listed in `errors` and flagged in `extra_logs.verifier_error`: reported, never a silent 0.
 */
import type { FastifyInstance } from 'fastify';
import { admit, sendError, type ServerContext } from '../context.js';
import { openrlhfRequest, openrlhfResponse } from '../schemas.js';

interface Body {
  query: string[];
  prompts?: string[];
  labels: (string | number | null)[];
}

export function openrlhfRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: Body }>('/get_reward', { schema: { body: openrlhfRequest, response: { 200: openrlhfResponse } } }, async (req, reply) => {
    const { query, prompts, labels } = req.body;
    const n = query.length;
    const fields: Array<{ path: string; message: string }> = [];
    if (labels.length !== n) fields.push({ path: '/labels', message: `has ${labels.length} entries but /query has ${n}; the lists are parallel` });
    if (prompts && prompts.length !== n) fields.push({ path: '/prompts', message: `has ${prompts.length} entries but /query has ${n}; the lists are parallel` });
    if (fields.length) return sendError(reply, 400, 'VALIDATION', 'query, prompts and labels must have the same length', { fields });
    // items without a label are not sent to the verifier: they are errors
    const judged = query.map((_, i) => i).filter((i) => labels[i] !== null);
    if (!admit(ctx, reply, judged.length)) return reply;
    const items = judged.map((i) => {
      const q = query[i];
      const p = prompts?.[i];
      return { completion: p !== undefined && q.startsWith(p) ? q.slice(p.length) : q, answer: String(labels[i]), prompt: p };
    });
    const scored = await ctx.scorer.score(items);
    const byIndex = new Map(judged.map((i, k) => [i, scored[k]]));
    const results = query.map((_, i) => byIndex.get(i));
    const errors: Array<{ index: number; code: string; message: string }> = [];
    const rewards = results.map((r, i) => {
      if (!r) {
        errors.push({ index: i, code: 'NO_LABEL', message: `labels[${i}] is null: no gold answer to score against` });
        return 0;
      }
      if (r.error) errors.push({ index: i, ...r.error });
      return r.reward ?? 0;
    });
    ctx.metrics.items.inc({ endpoint: 'get_reward', outcome: 'ok' }, n - errors.length);
    if (errors.length) ctx.metrics.items.inc({ endpoint: 'get_reward', outcome: 'error' }, errors.length);
    for (const e of errors) ctx.metrics.itemErrors.inc({ code: e.code });
    const failed = new Set(errors.map((e) => e.index));
    return {
      rewards,
      scores: rewards.map((r) => Math.min(1, Math.max(0, r))),
      extra_logs: {
        correct: results.map((r) => (r?.correct ? 1 : 0)),
        verifier_error: rewards.map((_, i) => (failed.has(i) ? 1 : 0)),
      },
      errors,
    };
  });
}
