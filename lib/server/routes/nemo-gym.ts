/**
 * NeMo Gym resources-server protocol (`nemo_gym/base_resources_server.py`): `POST /seed_session`
 * (nothing to seed for stateless math verification: `{}`) and `POST /verify`, whose body is the
 * policy's OpenAI Responses API `response` plus the task's `expected_answer`; the answer echoes the
 * body with `reward` (a float) added, as BaseVerifyResponse does. The completion is the `output_text`
 * parts of the response's `message` items, joined (as NeMo Gym's math servers read it). An item that
 * could not be judged answers reward 0.0 with `verifier_error: 1.0` and `error` set.
 */
import type { FastifyInstance } from 'fastify';
import { admit, countItems, withDeadline, type ServerContext } from '../context.js';
import { nemoVerifyRequest, nemoVerifyResponse } from '../schemas.js';

interface Body {
  response: { output: unknown[] };
  expected_answer: string | number;
  question?: string;
  [k: string]: unknown;
}

/** The text a Responses API output carries: every output_text part of every message item. */
export function responseText(output: readonly unknown[]): string {
  const parts: string[] = [];
  for (const item of output) {
    if (!item || typeof item !== 'object' || (item as { type?: unknown }).type !== 'message') continue;
    const content = (item as { content?: unknown }).content;
    if (!Array.isArray(content)) continue;
    for (const c of content) {
      if (c && typeof c === 'object' && (c as { type?: unknown }).type === 'output_text' && typeof (c as { text?: unknown }).text === 'string') parts.push((c as { text: string }).text);
    }
  }
  return parts.join('');
}

export function nemoGymRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/seed_session', async () => ({}));
  app.post<{ Body: Body }>('/verify', { schema: { body: nemoVerifyRequest, response: { 200: nemoVerifyResponse } } }, async (req, reply) => {
    const body = req.body;
    if (!admit(ctx, reply, 1)) return reply;
    const out = await withDeadline(ctx, req, reply, (signal) => ctx.scorer.score([{ completion: responseText(body.response.output), answer: String(body.expected_answer), prompt: body.question }], undefined, signal));
    if (!Array.isArray(out)) return out;
    const r = out[0]!;
    countItems(ctx, 'nemo_gym', 1, r.error ? [r.error.code] : []);
    return { ...body, reward: r.reward ?? 0, extracted_answer: r.pred, verifier_error: r.error ? 1 : 0, error: r.error ? `${r.error.code}: ${r.error.message}` : null };
  });
}
