/**
 * The error tree. Misuse throws one of these; results (a wrong answer, an invalid step) are data.
 * Every message says what was expected, what came, and how to fix it.
 */

/** Root of every error mathgym throws on purpose. `code` is stable for scripts; `message` is for people. */
export class MathgymError extends Error {
  readonly code: string;
  constructor(message: string, code = 'MATHGYM_ERROR', options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A configuration value (constructor argument, option, flag) is out of range or of the wrong type. */
export class ConfigError extends MathgymError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'CONFIG', options);
  }
}

/** Registering an environment failed: bad id, duplicate id, missing entry point. */
export class RegistrationError extends MathgymError {
  constructor(message: string) {
    super(message, 'REGISTRATION');
  }
}

/** The requested id is not in the registry (namespace, name or version unknown). */
export class EnvNotFoundError extends MathgymError {
  /** Which part of the id did not resolve. */
  readonly part: 'namespace' | 'name' | 'version';
  /** Close registered ids, best first. */
  readonly suggestions: readonly string[];
  constructor(message: string, part: 'namespace' | 'name' | 'version', suggestions: readonly string[] = []) {
    super(message, 'ENV_NOT_FOUND');
    this.part = part;
    this.suggestions = suggestions;
  }
}

/** The requested version is marked deprecated and a newer one exists. */
export class DeprecatedEnvError extends MathgymError {
  constructor(message: string) {
    super(message, 'ENV_DEPRECATED');
  }
}

/** `step` (or `render`) was called before the first `reset`, or after the env was closed. */
export class ResetNeededError extends MathgymError {
  constructor(message: string) {
    super(message, 'RESET_NEEDED');
  }
}

/** An action outside the action space was passed where the caller asked for strict checking. */
export class InvalidActionError extends MathgymError {
  constructor(message: string) {
    super(message, 'INVALID_ACTION');
  }
}

/** A value could not be (de)serialised, or a space definition is malformed. */
export class SpaceError extends MathgymError {
  constructor(message: string) {
    super(message, 'SPACE');
  }
}

/** An environment breaks the Env contract (found by `checkEnv` or `PassiveEnvChecker`). */
export class EnvCheckError extends MathgymError {
  /** Name of the check that failed, e.g. `reset-seed-determinism`. */
  readonly check: string;
  constructor(check: string, message: string) {
    super(`[${check}] ${message}`, 'ENV_CHECK');
    this.check = check;
  }
}

/** A worker thread (vector env, sandbox) crashed, threw, or stopped answering. */
export class WorkerError extends MathgymError {
  /** Index of the sub-environment or job whose worker failed, when known. */
  readonly index: number | undefined;
  /** What happened: the task threw, the worker died (crash, memory limit), it ran past its time limit, or the pool was closed. */
  readonly kind: 'threw' | 'crashed' | 'timeout' | 'closed';
  constructor(message: string, index?: number, options?: { cause?: unknown; kind?: WorkerError['kind'] }) {
    super(message, 'WORKER', options);
    this.index = index;
    this.kind = options?.kind ?? 'crashed';
  }
}

/** Something was used after `close()`. */
export class ClosedError extends MathgymError {
  constructor(message: string) {
    super(message, 'CLOSED');
  }
}
