/**
 * Time limits for specs, one per kind, generous on purpose: the suite must pass on a 2-core machine
 * at load average 10 or more, where a process start or a worker's first import takes seconds. They
 * bound hangs; they measure nothing (speed is measured by `npm run bench`, docs/benchmarks.md).
 */

/** Upper bound for "returns instead of hanging" checks (a timed-out call, a drain, a linear-time path): only a hang or a blow-up exceeds it. */
export const HANG_BOUND_MS = 30_000;

/** For a child process (a CLI, a server replica, nginx) to start and answer. */
export const START_LIMIT_MS = 120_000;
