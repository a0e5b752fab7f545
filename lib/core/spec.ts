/** Environment ids (`[namespace/]Name[-vN]`) and the EnvSpec record the registry keeps for each. */
import { RegistrationError } from '../errors.js';

/** Same grammar as Gymnasium's ENV_ID_RE: optional namespace, name, optional `-vN`. */
export const ENV_ID_RE = /^(?:(?<namespace>[\w:-]+)\/)?(?:(?<name>[\w:.-]+?))(?:-v(?<version>\d+))?$/;

export interface ParsedEnvId {
  readonly namespace: string | undefined;
  readonly name: string;
  readonly version: number | undefined;
}

/** Splits an id into namespace, name and version; throws RegistrationError on a malformed id. */
export function parseEnvId(id: string): ParsedEnvId {
  const m = ENV_ID_RE.exec(id);
  if (!m?.groups?.name) {
    throw new RegistrationError(
      `Malformed environment id: ${JSON.stringify(id)}. Expected [namespace/]Name[-vN], e.g. "mathgym/Arithmetic-v0".`,
    );
  }
  const { namespace, name, version } = m.groups;
  return { namespace, name, version: version === undefined ? undefined : Number(version) };
}

/** Inverse of parseEnvId. */
export function getEnvId(namespace: string | undefined, name: string, version: number | undefined): string {
  return `${namespace ? `${namespace}/` : ''}${name}${version === undefined ? '' : `-v${version}`}`;
}

/** A wrapper recorded in a spec, re-applied by `make` (Gymnasium's WrapperSpec). */
export interface WrapperSpec {
  /** Name under which the wrapper class is registered with `registerWrapper`. */
  readonly name: string;
  readonly kwargs: Readonly<Record<string, unknown>>;
}

/** What `register` takes: an id and how to build its environment. */
export interface RegisterOptions {
  /** `[namespace/]Name-vN`, e.g. `mathgym/Arithmetic-v0`. */
  readonly id: string;
  /** `"./path/module.js:Export"` (relative to the cwd) or `"package/sub:Export"`; imported lazily. */
  readonly entryPoint?: string;
  /** Builds the env in-process; use this or `entryPoint`. */
  readonly factory?: EnvFactory;
  readonly description?: string;
  readonly maxEpisodeSteps?: number;
  readonly rewardThreshold?: number;
  readonly nondeterministic?: boolean;
  readonly orderEnforce?: boolean;
  readonly disableEnvChecker?: boolean;
  /** Default constructor kwargs; `make(id, overrides)` merges over a deep copy. */
  readonly kwargs?: Readonly<Record<string, unknown>>;
  readonly additionalWrappers?: readonly WrapperSpec[];
  /** Marks this version as deprecated; the text says what to use instead. */
  readonly deprecated?: string;
}

/** The part of a Registry that a plugin's `registerEnvs(registry)` uses (kept here so that plugins need not import the registry). */
export interface EnvRegistrar {
  register(opts: RegisterOptions): EnvSpec;
  has(id: string): boolean;
}

/** Builds an environment from merged kwargs. */
export type EnvFactory = (kwargs: Record<string, unknown>) => unknown;

/** Everything the registry knows about one environment id. Mirrors Gymnasium's EnvSpec. */
export interface EnvSpec {
  readonly id: string;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly version: number | undefined;
  /** `"./module.js:ExportName"` or a package specifier `"pkg/sub:Export"`; imported lazily by `make`. */
  readonly entryPoint: string | undefined;
  /** In-process factory; exactly one of entryPoint / factory is set. */
  readonly factory: EnvFactory | undefined;
  readonly description: string;
  readonly rewardThreshold: number | undefined;
  readonly nondeterministic: boolean;
  readonly maxEpisodeSteps: number | undefined;
  readonly orderEnforce: boolean;
  readonly disableEnvChecker: boolean;
  readonly kwargs: Readonly<Record<string, unknown>>;
  readonly additionalWrappers: readonly WrapperSpec[];
  /** Set when this version should no longer be used; the message says what replaces it. */
  readonly deprecated: string | undefined;
}

/** A JSON-safe view of a spec: the factory, a function that JSON cannot carry, is dropped. */
export function specToJSON(spec: EnvSpec): Record<string, unknown> {
  const { factory: _factory, ...rest } = spec;
  return rest;
}

/** Deep copy of plain objects and arrays; other values (functions, class instances) are shared, not cloned. */
export function cloneKwargs<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneKwargs(v)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneKwargs(v)])) as T;
  }
  return value;
}
