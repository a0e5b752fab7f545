/**
 * slime's remote reward model (`slime/rollout/rm_hub/__init__.py` remote_rm): `POST {prompt, response,
 * label}` per sample; slime stores the JSON answer itself as the sample's reward, so the default answer
 * is a bare float (`1.0`). With `?format=dict` the answer is `{score, acc, pred, verifier_error, error}`
 * for slime's `--reward-key score`. slime has no per-sample skip here: an item that could not be
 * judged answers 0.0 with an `X-Mathgym-Error` header (and `verifier_error: 1.0`, `error` in dict
 * form), and is counted in /metrics.
 */
import type { FastifyInstance } from 'fastify';
import { completionText } from '../../rewards/adapters/trl.js';
import { admit, countItems, withDeadline, type ServerContext } from '../context.js';
import { floatText } from '../float-json.js';
import { slimeRequest, slimeResponse } from '../schemas.js';
import type { ScoreItem } from '../scorer.js';

interface Body {
  prompt?: ScoreItem['prompt'];
  response: string;
  label: string | number | null;
}

export function slimeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: Body; Querystring: { format?: 'number' | 'dict' } }>(
    '/v1/slime/reward',
    { schema: { body: slimeRequest, querystring: { type: 'object', properties: { format: { enum: ['number', 'dict'] } } }, response: { 200: slimeResponse } } },
    async (req, reply) => {
      const { response, label, prompt } = req.body;
      let error: { code: string; message: string } | null = null;
      let reward = 0;
      let acc = false;
      let pred = '';
      if (label === null) error = { code: 'NO_LABEL', message: 'label is null: no gold answer to score against' };
      else {
        if (!admit(ctx, reply, 1)) return reply;
        const out = await withDeadline(ctx, req, reply, (signal) => ctx.scorer.score([{ completion: completionText(response), answer: String(label), prompt }], undefined, signal));
        if (!Array.isArray(out)) return out;
        const r = out[0]!;
        error = r.error;
        reward = r.reward ?? 0;
        acc = r.correct === true;
        pred = r.pred ?? '';
      }
      countItems(ctx, 'slime', 1, error ? [error.code] : []);
      if (error) void reply.header('X-Mathgym-Error', `${error.code}: ${error.message}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 300));
      if (req.query.format === 'dict') return { score: reward, acc, pred, verifier_error: error ? 1 : 0, error: error ? `${error.code}: ${error.message}` : '' };
      // a bare number is under no reward key: write the float here
      return reply.type('application/json; charset=utf-8').send(floatText(reward));
    },
  );
}
