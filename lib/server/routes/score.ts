/** Batch scoring: `/v1/score` (TRL-style, null where the verifier failed) and `/v1/compute_score` (verl's dict per item). */
import type { FastifyInstance } from 'fastify';
import { ConfigError } from '../../errors.js';
import { admit, countItems, sendError, withDeadline, type ServerContext } from '../context.js';
import { computeScoreRequest, computeScoreResponse, scoreRequest, scoreResponse } from '../schemas.js';
import { Scorer, type ScoreItem, type VerlItem } from '../scorer.js';

export function scoreRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: { reward?: string; items: ScoreItem[] } }>('/v1/score', { schema: { body: scoreRequest, response: { 200: scoreResponse } } }, async (req, reply) => {
    const { items, reward } = req.body;
    try {
      ctx.scorer.reward(reward ?? ctx.scorer.defaultReward);
    } catch (e) {
      if (e instanceof ConfigError) return sendError(reply, 400, 'VALIDATION', e.message, { fields: [{ path: '/reward', message: e.message }] });
      throw e;
    }
    if (!admit(ctx, reply, items.length)) return reply;
    const results = await withDeadline(ctx, req, reply, (signal) => ctx.scorer.score(items, reward, signal));
    if (!Array.isArray(results)) return results;
    countItems(ctx, 'score', results.length, results.flatMap((r) => (r.error ? [r.error.code] : [])));
    return { results };
  });

  app.post<{ Body: { items: VerlItem[] } }>('/v1/compute_score', { schema: { body: computeScoreRequest, response: { 200: computeScoreResponse } } }, async (req, reply) => {
    const { items } = req.body;
    // a list ground truth is verified once per accepted answer: admit what the verifier will do
    if (!admit(ctx, reply, Scorer.verlCost(items))) return reply;
    const results = await withDeadline(ctx, req, reply, (signal) => ctx.scorer.computeScore(items, signal));
    if (!Array.isArray(results)) return results;
    countItems(ctx, 'compute_score', results.length, results.flatMap((r) => (r.error ? [r.error.split(':')[0]!] : [])));
    return { results };
  });
}
