/**
 * `mathgym serve`: starts the HTTP reward server for trainers (OpenRLHF, TRL, verl, slime, NeMo Gym endpoints,
 * remote env sessions, health and metrics) from command-line options.
 */
import type { Command } from 'commander';
import { pluginsFromEnv } from '../../core/plugins.js';
import { DEFAULT_BODY_LIMIT, startServer } from '../../server/app.js';
import { DEFAULT_MAX_COMPLETION_CHARS } from '../../server/scorer.js';
import { parseIntOption } from '../util.js';

interface ServeOpts {
  host: string;
  port: number;
  workers: number;
  timeoutMs: number;
  token?: string;
  maxQueue: number;
  bodyLimit: number;
  reward: string;
  maxSessions: number;
  maxSessionsPerClient?: number;
  sessionWorkers: number;
  sessionTtl: number;
  drainDelay: number;
  drainTimeout: number;
  dataDir: string[];
  maxCompletionChars: number;
  requestTimeout: number;
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('HTTP reward server for trainers: OpenRLHF /get_reward, /v1/score (TRL), /v1/compute_score (verl), /v1/slime/reward (slime), /verify and /seed_session (NeMo Gym), remote env sessions, /healthz /readyz /metrics /openapi.json')
    .option('--host <host>', 'address to bind (127.0.0.1: this machine only; 0.0.0.0 behind a load balancer)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', parseIntOption('--port'), 8000)
    .option('--workers <n>', 'verifier worker threads', parseIntOption('--workers'), 2)
    .option('--timeout-ms <n>', 'per-item verification limit (at most 3600000); a stuck worker is stopped and that item errors', parseIntOption('--timeout-ms'), 5000)
    .option('--token <token>', 'require `Authorization: Bearer <token>` (default: $MATHGYM_SERVER_TOKEN; unset: no auth; empty or with surrounding whitespace: refuses to start)')
    .option('--max-queue <n>', 'items admitted at once; more answers 429 with Retry-After', parseIntOption('--max-queue'), 8192)
    .option('--body-limit <bytes>', 'largest request body; larger answers 413', parseIntOption('--body-limit'), DEFAULT_BODY_LIMIT)
    .option('--max-completion-chars <n>', 'longest completion scored (default fits a 32k-token completion); a longer one is a COMPLETION_TOO_LONG item error, never a reward', parseIntOption('--max-completion-chars'), DEFAULT_MAX_COMPLETION_CHARS)
    .option('--request-timeout <ms>', 'longest a scoring request may take (0: no limit; at most 3600000); past it its unstarted items are dropped and it answers 504. A client that disconnects has its unstarted items dropped at once', parseIntOption('--request-timeout'), 600_000)
    .option('--reward <name>', 'reward for requests that name none', 'math')
    .option('--max-sessions <n>', 'open environment sessions at once', parseIntOption('--max-sessions'), 1024)
    .option('--max-sessions-per-client <n>', 'open environment sessions one client (peer address; behind a proxy on this host, its X-Forwarded-For) may hold; more answers 429 SESSION_QUOTA (default: --max-sessions)', parseIntOption('--max-sessions-per-client'))
    .option('--session-workers <n>', 'worker threads that host environment sessions (0: on the main thread, where a slow env delays every request and a stuck one cannot be stopped)', parseIntOption('--session-workers'), 2)
    .option('--session-ttl <s>', 'close environment sessions idle this many seconds (at most 2147483)', parseIntOption('--session-ttl'), 600)
    .option('--drain-delay <ms>', 'on SIGTERM, answer /readyz 503 this long before closing the port (for load-balancer probes; at most 3600000)', parseIntOption('--drain-delay'), 0)
    .option('--drain-timeout <ms>', 'on SIGTERM, wait this long for in-flight requests once the port closed, then drop the connections still open (at most 3600000)', parseIntOption('--drain-timeout'), 30_000)
    .option(
      '--data-dir <dir>',
      'a folder whose files environment kwargs sent over HTTP may name (e.g. {"database": "<dir>/set.mm"}); repeatable. Without it every path-like kwarg is refused',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .addHelpText(
      'after',
      '\nStops gracefully on SIGINT/SIGTERM: in-flight requests finish (for at most --drain-timeout), new work gets 503; with --drain-delay, /readyz answers 503 for that long first.\n' +
        'Security: environment kwargs of POST /v1/envs/{id}/reset may not name server files. A string kwarg (at any depth) that starts with /, ~, ./ or ../, or resolves to an existing file or folder, is refused with 400 KWARG_PATH_REFUSED unless it lies inside a --data-dir. Bundled names (set-prop, math500) work as before.\n' +
        'Details: docs/server.md.',
    )
    .action(async (opts: ServeOpts) => {
      // an empty or padded token is refused by startServer (ConfigError), not silently treated as "no auth"
      const token = opts.token ?? process.env.MATHGYM_SERVER_TOKEN;
      const server = await startServer({
        host: opts.host,
        port: opts.port,
        workers: opts.workers,
        timeoutMs: opts.timeoutMs,
        token,
        maxQueue: opts.maxQueue,
        bodyLimit: opts.bodyLimit,
        reward: opts.reward,
        maxSessions: opts.maxSessions,
        maxSessionsPerClient: opts.maxSessionsPerClient,
        sessionWorkers: opts.sessionWorkers,
        // the session workers load the same plugins as this process
        plugins: [...pluginsFromEnv(), ...(program.opts<{ require?: string[] }>().require ?? [])],
        sessionTtlMs: opts.sessionTtl * 1000,
        drainDelayMs: opts.drainDelay,
        drainTimeoutMs: opts.drainTimeout,
        dataDirs: opts.dataDir,
        maxCompletionChars: opts.maxCompletionChars,
        requestTimeoutMs: opts.requestTimeout,
      });
      // the token itself is never printed
      console.log(`mathgym serve: listening on ${server.url} (${opts.workers} workers, ${opts.timeoutMs} ms per item, auth ${token !== undefined ? 'on' : 'off'}${opts.dataDir.length ? `, ${opts.dataDir.length} data dir${opts.dataDir.length > 1 ? 's' : ''}` : ''}); POST /get_reward, /v1/score, /v1/compute_score, /v1/slime/reward, /verify; GET /openapi.json`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string): void => {
          console.log(`mathgym serve: ${sig}: draining in-flight requests`);
          void server.close().then(() => {
            console.log('mathgym serve: stopped');
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
