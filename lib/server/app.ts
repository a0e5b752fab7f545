/**
 * The reward server: fastify (HTTP, ajv validation, body limits) in front of the verifier worker
 * pool. `startServer` binds 127.0.0.1 by default; `close()` drains: readiness turns 503, new work is
 * refused, in-flight requests finish, then workers and sessions stop.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ConfigError } from '../errors.js';
import { bearerChecker } from './auth.js';
import { sendError, type ServerContext } from './context.js';
import { createMetrics } from './metrics.js';
import { envRoutes } from './routes/envs.js';
import { healthRoutes } from './routes/health.js';
import { openrlhfRoutes } from './routes/openrlhf.js';
import { scoreRoutes } from './routes/score.js';
import { Scorer } from './scorer.js';
import { Sessions } from './sessions.js';

export interface ServerOptions {
  readonly host?: string;
  /** 0 picks a free port. Default 8000. */
  readonly port?: number;
  /** Verifier worker threads (default 2). */
  readonly workers?: number;
  /** Per-item verification limit, ms (default 5000). */
  readonly timeoutMs?: number;
  /** Bearer token; unset = no auth. */
  readonly token?: string;
  /** Items admitted at once before 429 (default 8192). */
  readonly maxQueue?: number;
  /** Request body limit, bytes (default 16 MiB). */
  readonly bodyLimit?: number;
  /** Default reward (default `math`). */
  readonly reward?: string;
  readonly sessionTtlMs?: number;
  readonly maxSessions?: number;
  /** On close, keep serving (with /readyz 503) this long before the port closes, so a load balancer's probe sees it (default 0). */
  readonly drainDelayMs?: number;
  /** Test hook: a different verifier worker module. */
  readonly workerModule?: string;
}

export interface RewardServer {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  /** `http://host:port` actually bound. */
  readonly url: string;
  readonly port: number;
  /** Graceful shutdown; safe to call twice. */
  close(): Promise<void>;
}

/** Paths served without a token: probes and the API description. */
const OPEN_PATHS = new Set(['/healthz', '/readyz', '/openapi.json']);

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new ConfigError(`${name} must be an integer >= 1, got ${v}`);
  return v;
}

/** Builds the app without listening (for tests that use `app.inject`, and for startServer). */
export function buildServer(opts: ServerOptions = {}): { app: FastifyInstance; context: ServerContext; shutdown: () => Promise<void> } {
  const scorer = new Scorer({
    workers: opts.workers ?? 2,
    timeoutMs: positiveInt('--timeout-ms', opts.timeoutMs ?? 5000),
    maxQueue: opts.maxQueue ?? 8192,
    reward: opts.reward,
    workerModule: opts.workerModule,
  });
  const sessions = new Sessions({ ttlMs: positiveInt('session TTL', opts.sessionTtlMs ?? 600_000), maxSessions: positiveInt('--max-sessions', opts.maxSessions ?? 1024), stepTimeoutMs: opts.timeoutMs ?? 5000 });
  const context: ServerContext = { scorer, sessions, metrics: createMetrics({ pending: () => scorer.pending, sessions: () => sessions.size }), draining: false };
  const app = Fastify({
    bodyLimit: positiveInt('--body-limit', opts.bodyLimit ?? 16 * 1024 * 1024),
    logger: false,
    // every failing field is reported, and nothing is coerced behind the client's back
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, allowUnionTypes: true } },
    forceCloseConnections: 'idle',
    // our routes answer 503 DRAINING with Retry-After themselves while closing
    return503OnClosing: false,
  });

  const check = opts.token ? bearerChecker(opts.token) : undefined;
  app.addHook('onRequest', async (req, reply) => {
    if (!check || OPEN_PATHS.has(req.url.split('?')[0])) return;
    if (!check(req.headers.authorization)) {
      void reply.header('WWW-Authenticate', 'Bearer');
      return sendError(reply, 401, 'UNAUTHORIZED', 'missing or wrong bearer token: send `Authorization: Bearer <token>` (the token given to `mathgym serve --token` or MATHGYM_SERVER_TOKEN)');
    }
  });
  // while draining, responses close their connection: a keep-alive socket that turns idle after its
  // last response would otherwise hold close() until the keep-alive timeout
  app.addHook('onSend', async (_req, reply, payload) => {
    if (context.draining) void reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    context.metrics.requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    context.metrics.duration.observe({ route }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.validation) {
      const fields = err.validation.map((v) => ({ path: `${err.validationContext === 'body' ? '' : `${err.validationContext ?? ''}:`}${v.instancePath || '/'}`, message: v.message ?? v.keyword }));
      return sendError(reply, 400, 'VALIDATION', `request ${err.validationContext ?? 'body'} failed validation: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, { fields });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'BODY_TOO_LARGE', `request body over the ${app.initialConfig.bodyLimit} byte limit; send smaller batches (or raise --body-limit)`);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, err.statusCode, err.code ?? 'BAD_REQUEST', err.message);
    return sendError(reply, 500, 'INTERNAL', `internal error: ${err.message}`);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}; see GET /openapi.json`));

  openrlhfRoutes(app, context);
  scoreRoutes(app, context);
  envRoutes(app, context);
  healthRoutes(app, context);

  let closing: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (closing ??= (async () => {
      context.draining = true;
      if (opts.drainDelayMs) await new Promise((r) => setTimeout(r, opts.drainDelayMs));
      await app.close(); // waits for in-flight requests
      await sessions.closeAll();
      await scorer.close();
    })());
  return { app, context, shutdown };
}

/** Builds and starts the server. */
export async function startServer(opts: ServerOptions = {}): Promise<RewardServer> {
  const { app, context, shutdown } = buildServer(opts);
  const host = opts.host ?? '127.0.0.1';
  // ready means ready: the workers are up before the port opens
  await context.scorer.verifier.warmup();
  try {
    await app.listen({ host, port: opts.port ?? 8000 });
  } catch (e) {
    await shutdown();
    throw new ConfigError(`cannot listen on ${host}:${opts.port ?? 8000}: ${(e as Error).message}`);
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 8000);
  return { app, context, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, close: shutdown };
}
