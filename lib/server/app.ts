/**
 * The reward server: fastify (HTTP, ajv validation, body limits) in front of the verifier worker
 * pool. `startServer` binds 127.0.0.1 by default; `close()` drains: readiness turns 503, new work is
 * refused, in-flight requests finish (for at most `drainTimeoutMs`, then their connections are
 * destroyed), then workers and sessions stop.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ConfigError } from '../errors.js';
import { bearerChecker } from './auth.js';
import { resolveDataDirs } from './kwargs.js';
import { MAX_ERROR_FIELDS, sendError, type ServerContext } from './context.js';
import { floatJson } from './float-json.js';
import { createMetrics } from './metrics.js';
import { envRoutes } from './routes/envs.js';
import { healthRoutes } from './routes/health.js';
import { openrlhfRoutes } from './routes/openrlhf.js';
import { scoreRoutes } from './routes/score.js';
import { slimeRoutes } from './routes/slime.js';
import { nemoGymRoutes } from './routes/nemo-gym.js';
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
  /** Request body limit, bytes (default 128 MiB: an 8,192-item OpenRLHF batch of 16k-character completions fits). */
  readonly bodyLimit?: number;
  /** Default reward (default `math`). */
  readonly reward?: string;
  readonly sessionTtlMs?: number;
  readonly maxSessions?: number;
  /** Sessions one client (peer address; behind a loopback proxy, its X-Forwarded-For) may hold at once (default: maxSessions). */
  readonly maxSessionsPerClient?: number;
  /**
   * Worker threads that host environment sessions (default 0: sessions run on the main thread). With
   * workers a slow env blocks only its worker, and a call past --timeout-ms is stopped for real.
   */
  readonly sessionWorkers?: number;
  /** Plugin modules the session workers load (the server process's own --require / MATHGYM_PLUGINS). */
  readonly plugins?: readonly string[];
  /** On close, keep serving (with /readyz 503) this long before the port closes, so a load balancer's probe sees it (default 0). */
  readonly drainDelayMs?: number;
  /**
   * On close, once the port closed, wait at most this long for in-flight requests (default 30,000);
   * then the remaining connections are destroyed (a client that sent half a body and went silent
   * would otherwise hold shutdown forever) and their scoring is abandoned.
   */
  readonly drainTimeoutMs?: number;
  /**
   * Folders inside which environment kwargs sent over HTTP may name files (a `database` .mm file, a
   * `dataset` JSONL). Default none: every path-like kwarg is refused (see kwargs.ts).
   */
  readonly dataDirs?: readonly string[];
  /** Test hook: a different verifier worker module. */
  readonly workerModule?: string;
  /** Longest completion scored, characters (default 1,000,000: a 32k-token completion fits); longer ones are COMPLETION_TOO_LONG errors. */
  readonly maxCompletionChars?: number;
  /**
   * Longest a scoring request may take, ms (default 600,000; 0: no limit). Past it the request's items
   * not yet started are dropped and it answers 504; a client that disconnects has them dropped at once.
   */
  readonly requestTimeoutMs?: number;
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

export const DEFAULT_BODY_LIMIT = 128 * 1024 * 1024;

/** Paths served without a token: probes and the API description. */
const OPEN_PATHS = new Set(['/healthz', '/readyz', '/openapi.json']);

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new ConfigError(`${name} must be an integer >= 1, got ${v}`);
  return v;
}

/** Longest time limit accepted (1 hour): far beyond any sane per-item limit, and well inside setTimeout's range. */
export const MAX_TIME_LIMIT_MS = 3_600_000;
/** setTimeout's largest delay (2^31-1 ms, about 24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function intIn(name: string, v: number, min: number, max: number, hint = ''): number {
  if (!Number.isInteger(v) || v < min || v > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}${hint}, got ${v}`);
  return v;
}

/** A token that could never match is a configuration mistake, not "auth with an impossible password". */
function checkToken(token: string | undefined): void {
  if (token === undefined) return;
  if (typeof token !== 'string' || token === '') throw new ConfigError('the bearer token (--token or MATHGYM_SERVER_TOKEN) is empty; set a non-empty token, or unset it to run without auth');
  if (token.trim() !== token) throw new ConfigError('the bearer token (--token or MATHGYM_SERVER_TOKEN) has leading or trailing whitespace, so no Authorization header could ever match it; remove the whitespace');
}

/** Builds the app without listening (for tests that use `app.inject`, and for startServer). */
export function buildServer(opts: ServerOptions = {}): { app: FastifyInstance; context: ServerContext; shutdown: () => Promise<void> } {
  // every option is checked before anything (worker threads, timers) is started
  const timeoutMs = intIn('--timeout-ms', opts.timeoutMs ?? 5000, 1, MAX_TIME_LIMIT_MS, ' (1 hour)');
  const ttlMs = intIn('session TTL (ms)', opts.sessionTtlMs ?? 600_000, 1, MAX_TIMER_MS, ` (--session-ttl at most ${Math.floor(MAX_TIMER_MS / 1000)} s)`);
  const maxSessions = positiveInt('--max-sessions', opts.maxSessions ?? 1024);
  const bodyLimit = positiveInt('--body-limit', opts.bodyLimit ?? DEFAULT_BODY_LIMIT);
  const drainDelayMs = intIn('--drain-delay', opts.drainDelayMs ?? 0, 0, MAX_TIME_LIMIT_MS, ' ms (1 hour)');
  const drainTimeoutMs = intIn('--drain-timeout', opts.drainTimeoutMs ?? 30_000, 1, MAX_TIME_LIMIT_MS, ' ms (1 hour)');
  const requestTimeoutMs = intIn('--request-timeout', opts.requestTimeoutMs ?? 600_000, 0, MAX_TIME_LIMIT_MS, ' ms (1 hour; 0: no limit)');
  checkToken(opts.token);
  const dataDirs = resolveDataDirs(opts.dataDirs);
  const scorer = new Scorer({
    workers: opts.workers ?? 2,
    timeoutMs,
    maxQueue: opts.maxQueue ?? 8192,
    reward: opts.reward,
    workerModule: opts.workerModule,
    maxCompletionChars: opts.maxCompletionChars,
  });
  const maxPerClient = positiveInt('--max-sessions-per-client', opts.maxSessionsPerClient ?? maxSessions);
  const sessionWorkers = intIn('--session-workers', opts.sessionWorkers ?? 0, 0, 64);
  const sessions = new Sessions({ ttlMs, maxSessions, stepTimeoutMs: timeoutMs, dataDirs, maxPerClient, workers: sessionWorkers, plugins: opts.plugins });
  const context: ServerContext = { scorer, sessions, metrics: createMetrics({ pending: () => scorer.pending, sessions: () => sessions.size }), draining: false, requestTimeoutMs };
  const app = Fastify({
    bodyLimit,
    logger: false,
    // validation stops at the first failing field: a 10 MB body of wrong types costs one error, not a
    // million (and an error body that grows with it); nothing is coerced behind the client's back
    ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false, useDefaults: false, allowUnionTypes: true } },
    forceCloseConnections: 'idle',
    // our routes answer 503 DRAINING with Retry-After themselves while closing
    return503OnClosing: false,
  });

  // every JSON answer writes rewards as floats (float-json.ts), schema or not
  app.setSerializerCompiler(() => floatJson);
  app.setReplySerializer(floatJson);

  const check = opts.token !== undefined ? bearerChecker(opts.token) : undefined;
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
      const fields = err.validation.slice(0, MAX_ERROR_FIELDS).map((v) => ({ path: `${err.validationContext === 'body' ? '' : `${err.validationContext ?? ''}:`}${v.instancePath || '/'}`, message: v.message ?? v.keyword }));
      return sendError(reply, 400, 'VALIDATION', `request ${err.validationContext ?? 'body'} failed validation: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, { fields });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'BODY_TOO_LARGE', `request body over the ${app.initialConfig.bodyLimit} byte limit; send smaller batches (or raise --body-limit)`);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, err.statusCode, err.code ?? 'BAD_REQUEST', err.message);
    return sendError(reply, 500, 'INTERNAL', `internal error: ${err.message}`);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}; see GET /openapi.json`));

  openrlhfRoutes(app, context);
  scoreRoutes(app, context);
  slimeRoutes(app, context);
  nemoGymRoutes(app, context);
  envRoutes(app, context);
  healthRoutes(app, context);

  let closing: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (closing ??= (async () => {
      context.draining = true;
      if (drainDelayMs) await new Promise((r) => setTimeout(r, drainDelayMs));
      // app.close() waits for in-flight requests; a connection still open after drainTimeoutMs (a
      // slow or stalled client, a batch that takes too long) is destroyed so that shutdown ends
      const force = setTimeout(() => app.server.closeAllConnections(), drainTimeoutMs);
      try {
        await app.close();
      } finally {
        clearTimeout(force);
      }
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
  try {
    await Promise.all([context.scorer.verifier.warmup(), context.sessions.warmup()]);
  } catch (e) {
    await shutdown();
    throw new ConfigError(`the session workers could not start: ${(e as Error).message}`);
  }
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
