/** Remote environment sessions: `POST /v1/envs/{id}/reset|step|close` (id URL-encoded, e.g. mathgym%2FArithmetic-v0). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deeperThan, MAX_JSON_DEPTH } from '../kwargs.js';
import { ConfigError, EnvNotFoundError, MathgymError } from '../../errors.js';
import { sendError, type ServerContext } from '../context.js';
import { closeRequest, resetRequest, resetResponse, stepRequest, stepResponse } from '../schemas.js';
import { SessionError } from '../sessions.js';

async function guarded(ctx: ServerContext, reply: FastifyReply, f: () => Promise<unknown>): Promise<unknown> {
  if (ctx.draining) return sendError(reply, 503, 'DRAINING', 'the server is shutting down; open the session on another replica', { retryAfter: 1 });
  try {
    return await f();
  } catch (e) {
    if (e instanceof SessionError) {
      if (e.status === 429) ctx.metrics.rejected.inc({ reason: e.code === 'SESSION_QUOTA' ? 'session_quota' : 'session_cap' });
      return sendError(reply, e.status, e.code, e.message, e.status === 429 ? { retryAfter: 5 } : {});
    }
    if (e instanceof EnvNotFoundError) return sendError(reply, 404, e.code, e.message);
    // bad kwargs, or an env that rejects the call (step after the episode ended): the client's to fix
    if (e instanceof ConfigError || e instanceof MathgymError) return sendError(reply, 400, e.code, e.message);
    throw e;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who is asking, for the per-client session quota: the peer address; behind a load balancer on this
 * host (the peer is loopback) the first X-Forwarded-For address it set (deploy/nginx.conf does).
 */
export function clientKey(req: FastifyRequest): string {
  const xff = req.headers['x-forwarded-for'];
  if (LOOPBACK.has(req.ip) && typeof xff === 'string' && xff.trim()) return xff.split(',')[0]!.trim();
  return req.ip;
}

function tooDeep(reply: FastifyReply, where: string): FastifyReply {
  return sendError(reply, 400, 'TOO_DEEP', `${where} nests arrays/objects deeper than ${MAX_JSON_DEPTH} levels; send flatter values`, { fields: [{ path: `/${where}`, message: `deeper than ${MAX_JSON_DEPTH} levels` }] });
}

export function envRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const ttl = ctx.sessions.opts.ttlMs / 1000;
  app.post<{ Params: { id: string }; Body: { session_id?: string; seed?: number; options?: Record<string, unknown>; kwargs?: Record<string, unknown> } }>(
    '/v1/envs/:id/reset',
    { schema: { body: resetRequest, response: { 200: resetResponse } } },
    async (req, reply) => {
      for (const k of ['kwargs', 'options'] as const) if (deeperThan(req.body?.[k])) return tooDeep(reply, k);
      return guarded(ctx, reply, async () => ({ ...(await ctx.sessions.reset(req.params.id, req.body ?? {}, clientKey(req))), expires_in_s: ttl }));
    },
  );
  app.post<{ Params: { id: string }; Body: { session_id: string; action: unknown } }>('/v1/envs/:id/step', { schema: { body: stepRequest, response: { 200: stepResponse } } }, async (req, reply) => {
    if (deeperThan(req.body.action)) return tooDeep(reply, 'action');
    return guarded(ctx, reply, () => ctx.sessions.step(req.params.id, req.body.session_id, req.body.action));
  });
  app.post<{ Params: { id: string }; Body: { session_id: string } }>('/v1/envs/:id/close', { schema: { body: closeRequest } }, async (req, reply) =>
    guarded(ctx, reply, async () => {
      await ctx.sessions.close(req.params.id, req.body.session_id);
      return { closed: true };
    }),
  );
}
