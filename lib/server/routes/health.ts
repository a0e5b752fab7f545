/** Probes, metrics and the OpenAPI document. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { openApiDocument } from '../openapi.js';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const full = ctx.scorer.pending >= ctx.scorer.opts.maxQueue;
    if (ctx.draining || full) return reply.code(503).send({ status: ctx.draining ? 'draining' : 'queue full', pending: ctx.scorer.pending });
    return { status: 'ready', pending: ctx.scorer.pending, sessions: ctx.sessions.size };
  });
  app.get('/metrics', async (_req, reply) => reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics()));
  // plain JSON.stringify: the document's numbers are limits, not rewards
  const doc = JSON.stringify(openApiDocument());
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(doc));
}
