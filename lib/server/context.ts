import type { FastifyReply } from 'fastify';
import type { ServerMetrics } from './metrics.js';
import type { Scorer } from './scorer.js';
import type { Sessions } from './sessions.js';

/** What every route needs. */
export interface ServerContext {
  readonly scorer: Scorer;
  readonly sessions: Sessions;
  readonly metrics: ServerMetrics;
  /** True once shutdown began: new work is refused with 503. */
  draining: boolean;
}

/** The one error body: `{error: {code, message, fields?}}`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, extra: { fields?: Array<{ path: string; message: string }>; retryAfter?: number } = {}): FastifyReply {
  if (extra.retryAfter !== undefined) void reply.header('Retry-After', String(extra.retryAfter));
  return reply.code(status).send({ error: { code, message, ...(extra.fields ? { fields: extra.fields } : {}) } });
}

/** Reserves queue room for n items, or answers 503 (draining) / 429 (full) and returns false. */
export function admit(ctx: ServerContext, reply: FastifyReply, n: number): boolean {
  if (ctx.draining) {
    ctx.metrics.rejected.inc({ reason: 'draining' });
    sendError(reply, 503, 'DRAINING', 'the server is shutting down; retry on another replica', { retryAfter: 1 });
    return false;
  }
  if (!ctx.scorer.admit(n)) {
    ctx.metrics.rejected.inc({ reason: 'queue_full' });
    sendError(reply, 429, 'QUEUE_FULL', `the scoring queue is full (${ctx.scorer.pending} items pending, limit ${ctx.scorer.opts.maxQueue}); retry after the Retry-After delay, or add replicas/workers`, { retryAfter: 1 });
    return false;
  }
  return true;
}

/** Counts a scored batch in the metrics: `errorCodes` holds one code per item the verifier could not judge. */
export function countItems(ctx: ServerContext, endpoint: string, total: number, errorCodes: readonly string[]): void {
  ctx.metrics.items.inc({ endpoint, outcome: 'ok' }, total - errorCodes.length);
  if (errorCodes.length) ctx.metrics.items.inc({ endpoint, outcome: 'error' }, errorCodes.length);
  for (const code of errorCodes) ctx.metrics.itemErrors.inc({ code });
}
