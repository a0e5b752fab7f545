/**
 * ServerContext: what every route of the reward server shares (scorer, sessions, metrics, draining state) and
 * the small helpers routes use to answer with it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
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
  /** Longest a scoring request may take, ms (0: no limit); past it, its unstarted items are dropped and it answers 504. */
  readonly requestTimeoutMs: number;
}

/** Most field errors one 400 reports; the validator stops early anyway (ajv allErrors off). */
export const MAX_ERROR_FIELDS = 8;
/** Longest error message sent, characters: an error body never grows with the request. */
export const MAX_ERROR_CHARS = 2000;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 30)}... (${s.length - n + 30} more characters)`;
}

/** The one error body: `{error: {code, message, fields?}}`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, extra: { fields?: ReadonlyArray<{ path: string; message: string }>; retryAfter?: number } = {}): FastifyReply {
  if (extra.retryAfter !== undefined) void reply.header('Retry-After', String(extra.retryAfter));
  // bounded whatever the request: a few fields, each and the message clipped
  const fields = extra.fields?.slice(0, MAX_ERROR_FIELDS).map((f) => ({ path: clip(f.path, 200), message: clip(f.message, 300) }));
  return reply.code(status).send({ error: { code, message: clip(message, MAX_ERROR_CHARS), ...(fields ? { fields } : {}) } });
}

/** Why a request's signal aborted. */
export type AbortCause = 'disconnected' | 'deadline';

/**
 * A signal that aborts when the client goes away before the answer is sent, or when the request's
 * deadline (`requestTimeoutMs`) passes: the scorer then drops the request's items not yet started.
 * Call `dispose()` once the work is done.
 */
export function requestSignal(ctx: ServerContext, req: FastifyRequest, reply: FastifyReply): { signal: AbortSignal; cause: () => AbortCause | undefined; dispose: () => void } {
  const ac = new AbortController();
  let cause: AbortCause | undefined;
  const abort = (c: AbortCause): void => {
    if (cause) return;
    cause = c;
    ac.abort(c);
  };
  const onClose = (): void => {
    if (!reply.raw.writableFinished) abort('disconnected');
  };
  reply.raw.on('close', onClose);
  // a socket already closed while the body was read emits nothing more
  if (req.raw.socket?.destroyed) abort('disconnected');
  const timer = ctx.requestTimeoutMs > 0 ? setTimeout(() => abort('deadline'), ctx.requestTimeoutMs) : undefined;
  return {
    signal: ac.signal,
    cause: () => cause,
    dispose: () => {
      clearTimeout(timer);
      reply.raw.off('close', onClose);
    },
  };
}

/**
 * Runs `work` under a request signal. When the deadline passed, answers 504 DEADLINE_EXCEEDED (the
 * unstarted items were dropped, so no partial rewards are sent); otherwise returns what `work` made.
 */
export async function withDeadline<T>(ctx: ServerContext, req: FastifyRequest, reply: FastifyReply, work: (signal: AbortSignal) => Promise<T>): Promise<T | FastifyReply> {
  const s = requestSignal(ctx, req, reply);
  try {
    const out = await work(s.signal);
    if (s.cause() === 'deadline') {
      ctx.metrics.rejected.inc({ reason: 'deadline' });
      return sendError(reply, 504, 'DEADLINE_EXCEEDED', `the request was not scored within ${ctx.requestTimeoutMs} ms (mathgym serve --request-timeout); its unstarted items were dropped. Send smaller batches, or add workers or replicas`);
    }
    return out;
  } finally {
    s.dispose();
  }
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
