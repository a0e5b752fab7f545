/**
 * The environment registry: `register` an id once, `make` as many envs from it as you like.
 * Mirrors gymnasium.envs.registration: id grammar, version resolution, wrapper order in `make`,
 * close-name suggestions. Differences: re-registering an id is an error (not a warning), and
 * `make` is async because entry points are imported lazily.
 */
import { closest, distance } from 'fastest-levenshtein';
import { ConfigError, DeprecatedEnvError, EnvNotFoundError, RegistrationError } from '../errors.js';
import { type Env, isEnv } from './env.js';
import { cloneKwargs, type EnvFactory, type EnvRegistrar, type EnvSpec, getEnvId, parseEnvId, type RegisterOptions, type WrapperSpec } from './spec.js';
import { registerEnvs as registerBuiltins } from '../../environments/index.js';
import { warn } from './warnings.js';
import { OrderEnforcing } from './wrappers/order-enforcing.js';
import { PassiveEnvChecker } from './wrappers/passive-env-checker.js';
import { RecordEpisodeStatistics } from './wrappers/record-episode-statistics.js';
import { TimeLimit } from './wrappers/time-limit.js';


/** Keys of `make` overrides that configure `make` itself; every other key is a constructor kwarg. */
export interface MakeOptions {
  /** Overrides the spec's TimeLimit; -1 disables it. */
  readonly maxEpisodeSteps?: number;
  /** Skips the PassiveEnvChecker wrapper. */
  readonly disableEnvChecker?: boolean;
  readonly [kwarg: string]: unknown;
}

/** Constructs a wrapper recorded in a spec's `additionalWrappers`. */
export type WrapperConstructor = (env: Env<unknown, unknown>, kwargs: Readonly<Record<string, unknown>>) => Env<unknown, unknown>;

const wrapperRegistry = new Map<string, WrapperConstructor>([
  ['RecordEpisodeStatistics', (env, kw) => new RecordEpisodeStatistics(env, kw)],
  ['TimeLimit', (env, kw) => new TimeLimit(env, Number(kw.maxEpisodeSteps))],
]);

/** Makes a wrapper usable in `additionalWrappers` of registered specs. */
export function registerWrapper(name: string, construct: WrapperConstructor): void {
  if (wrapperRegistry.has(name)) throw new RegistrationError(`A wrapper named ${JSON.stringify(name)} is already registered.`);
  wrapperRegistry.set(name, construct);
}

function isClass(fn: unknown): fn is new (kwargs: Record<string, unknown>) => unknown {
  return typeof fn === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** Imports `"module:Export"` and returns a factory for it. */
async function loadEntryPoint(entryPoint: string): Promise<EnvFactory> {
  const at = entryPoint.lastIndexOf(':');
  if (at <= 0) {
    throw new RegistrationError(`entryPoint ${JSON.stringify(entryPoint)} must look like "./module.js:ExportName".`);
  }
  const specifier = entryPoint.slice(0, at);
  const exportName = entryPoint.slice(at + 1);
  // loaded on use: it needs node:path / node:url, which the browser bundle leaves out
  const url = (await import('./modules.js')).resolveModule(specifier);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    throw new RegistrationError(`Could not import entry point module ${JSON.stringify(specifier)}: ${(e as Error).message}`);
  }
  const target = mod[exportName];
  if (typeof target !== 'function') {
    throw new RegistrationError(`Module ${JSON.stringify(specifier)} has no exported class or function ${JSON.stringify(exportName)}.`);
  }
  return isClass(target) ? (kwargs) => new target(kwargs) : (target as EnvFactory);
}

export type { EnvRegistrar, RegisterOptions };

export class Registry implements EnvRegistrar {
  private readonly specs = new Map<string, EnvSpec>();
  /** Registers the built-in environments; run once, at the first use of this registry. */
  private builtins: ((registry: Registry) => void) | undefined;

  /** `builtins` fills the registry at its first use (the default registry passes the built-in environments). */
  constructor(opts: { readonly builtins?: (registry: Registry) => void } = {}) {
    this.builtins = opts.builtins;
  }

  /** Runs the `builtins` hook the first time any method is called; cleared first so that its own calls do not recurse. */
  private loaded(): this {
    const load = this.builtins;
    this.builtins = undefined;
    load?.(this);
    return this;
  }

  /** Adds an environment. Throws RegistrationError for a malformed or duplicate id. */
  register(opts: RegisterOptions): EnvSpec {
    this.loaded();
    const { namespace, name, version } = parseEnvId(opts.id);
    if (this.specs.has(opts.id)) {
      throw new RegistrationError(`Environment ${JSON.stringify(opts.id)} is already registered. Bump the version (-vN) to register a variant.`);
    }
    if ((opts.entryPoint === undefined) === (opts.factory === undefined)) {
      throw new RegistrationError(`register(${JSON.stringify(opts.id)}): give exactly one of entryPoint or factory.`);
    }
    const sameName = this.versionsOf(namespace, name);
    if (sameName.length > 0 && (version === undefined) !== (sameName[0]?.version === undefined)) {
      throw new RegistrationError(
        `Cannot register ${JSON.stringify(opts.id)}: ${JSON.stringify(sameName[0]?.id)} exists, and a name is either versioned or not, never both.`,
      );
    }
    if (opts.maxEpisodeSteps !== undefined && (!Number.isInteger(opts.maxEpisodeSteps) || opts.maxEpisodeSteps <= 0)) {
      throw new RegistrationError(`register(${JSON.stringify(opts.id)}): maxEpisodeSteps must be a positive integer.`);
    }
    const spec: EnvSpec = {
      id: opts.id,
      namespace,
      name,
      version,
      entryPoint: opts.entryPoint,
      factory: opts.factory,
      description: opts.description ?? '',
      rewardThreshold: opts.rewardThreshold,
      nondeterministic: opts.nondeterministic ?? false,
      maxEpisodeSteps: opts.maxEpisodeSteps,
      orderEnforce: opts.orderEnforce ?? true,
      disableEnvChecker: opts.disableEnvChecker ?? false,
      kwargs: cloneKwargs(opts.kwargs ?? {}),
      additionalWrappers: opts.additionalWrappers ?? [],
      deprecated: opts.deprecated,
    };
    this.specs.set(opts.id, spec);
    return spec;
  }

  /** Removes an id (for tests and plugin reloads). Returns whether it existed. */
  unregister(id: string): boolean {
    return this.loaded().specs.delete(id);
  }

  /** Every registered spec, sorted by id. */
  list(): EnvSpec[] {
    return [...this.loaded().specs.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  has(id: string): boolean {
    return this.loaded().specs.has(id);
  }

  /**
   * Resolves an id to its spec. An unversioned id picks the latest version (with a warning when
   * there are several); an old version warns; a missing version throws DeprecatedEnvError if a
   * newer one exists, EnvNotFoundError otherwise. Unknown namespaces and names suggest close ids.
   */
  spec(id: string): EnvSpec {
    const exact = this.loaded().specs.get(id);
    const { namespace, name, version } = parseEnvId(id);
    if (exact && version === undefined) return exact;
    this.checkNamespace(namespace);
    const versions = this.versionsOf(namespace, name);
    if (versions.length === 0) {
      const all = this.list().map((s) => s.id);
      const sameNs = this.list().filter((s) => s.namespace === namespace);
      const target = getEnvId(namespace, name, version);
      const suggestion = sameNs.length > 0 ? closest(target, sameNs.map((s) => s.id)) : undefined;
      // also match by name alone, for the common slip of leaving out (or mistyping) the namespace
      const close = all.filter((x) => {
        const other = parseEnvId(x);
        return distance(x.toLowerCase(), target.toLowerCase()) <= Math.max(3, target.length / 3) || distance(other.name.toLowerCase(), name.toLowerCase()) <= 2;
      });
      const suggestions = [...new Set([...(suggestion ? [suggestion] : []), ...close])];
      const hint = suggestions.length > 0 ? ` Did you mean: ${JSON.stringify(suggestions[0])}?` : ' Run `mathgym envs` to list them.';
      throw new EnvNotFoundError(
        `Environment ${JSON.stringify(name)} doesn't exist${namespace ? ` in namespace ${JSON.stringify(namespace)}` : ''}.${hint}`,
        'name',
        suggestions,
      );
    }
    const latest = versions[versions.length - 1] as EnvSpec;
    if (version === undefined) {
      if (latest.version !== undefined) {
        warn('ENV_VERSION_UNSPECIFIED', `Using the latest version ${JSON.stringify(latest.id)} for unversioned ${JSON.stringify(id)}.`);
      }
      return this.withDeprecationWarning(latest);
    }
    if (exact) {
      if (latest.version !== undefined && latest.version > version) {
        warn('ENV_OUTDATED', `The environment ${JSON.stringify(id)} is out of date. You should consider upgrading to version v${latest.version}.`);
      }
      return this.withDeprecationWarning(exact);
    }
    const available = versions.map((s) => `v${s.version}`).join(', ');
    if (latest.version !== undefined && latest.version > version) {
      throw new DeprecatedEnvError(
        `Environment version v${version} for ${JSON.stringify(getEnvId(namespace, name, undefined))} is deprecated. Please use ${JSON.stringify(latest.id)} instead.`,
      );
    }
    throw new EnvNotFoundError(
      `Environment version v${version} for ${JSON.stringify(getEnvId(namespace, name, undefined))} doesn't exist. Available versions: ${available}.`,
      'version',
      versions.map((s) => s.id),
    );
  }

  /**
   * Builds an environment from an id or spec and wraps it as Gymnasium does, inner to outer:
   * PassiveEnvChecker → TimeLimit → the spec's additional wrappers → OrderEnforcing. Gymnasium puts
   * OrderEnforcing below TimeLimit; ours is outermost so that it refuses a step after truncation by
   * any wrapper, not only after the env's own termination.
   */
  async make<Obs = unknown, Act = unknown>(idOrSpec: string | EnvSpec, overrides: MakeOptions = {}): Promise<Env<Obs, Act>> {
    const spec = typeof idOrSpec === 'string' ? this.spec(idOrSpec) : idOrSpec;
    const { maxEpisodeSteps, disableEnvChecker, ...callKwargs } = overrides;
    const kwargs: Record<string, unknown> = { ...cloneKwargs(spec.kwargs), ...callKwargs };
    const factory = spec.factory ?? (await loadEntryPoint(spec.entryPoint as string));
    const created = await factory(cloneKwargs(kwargs));
    if (!isEnv(created)) {
      throw new RegistrationError(
        `The entry point of ${JSON.stringify(spec.id)} returned ${String(created)}, which is not a mathgym Env. ` +
          'Return an instance of a class that extends Env.',
      );
    }
    let env = created as Env<unknown, unknown>;
    const renderMode = kwargs.renderMode;
    if (renderMode !== undefined && !env.metadata.renderModes.includes(String(renderMode))) {
      throw new ConfigError(
        `${spec.id}: renderMode ${JSON.stringify(renderMode)} is not supported; choose one of ${JSON.stringify(env.metadata.renderModes)}.`,
      );
    }
    const steps = maxEpisodeSteps ?? spec.maxEpisodeSteps;
    const checker = !(disableEnvChecker ?? spec.disableEnvChecker);
    // as Gymnasium: the env's spec holds the resolved settings, and wrappers re-add themselves to additionalWrappers
    env.unwrapped.spec = {
      ...spec,
      kwargs: cloneKwargs(kwargs),
      maxEpisodeSteps: steps === -1 ? undefined : steps,
      disableEnvChecker: !checker,
      additionalWrappers: [],
    };
    if (checker) env = new PassiveEnvChecker(env);
    if (steps !== undefined && steps !== -1) env = new TimeLimit(env, steps);
    for (const w of spec.additionalWrappers) {
      const construct = wrapperRegistry.get(w.name);
      if (!construct) {
        throw new RegistrationError(`${spec.id}: additional wrapper ${JSON.stringify(w.name)} is not registered; call registerWrapper first.`);
      }
      env = construct(env, w.kwargs);
      if (!env.spec?.additionalWrappers.some((x) => x.name === w.name)) {
        // wrappers that do not record themselves are recorded here, so make(env.spec) rebuilds the stack
        const inner = env.unwrapped.spec as EnvSpec;
        env.unwrapped.spec = { ...inner, additionalWrappers: [...inner.additionalWrappers, w] };
      }
    }
    if (spec.orderEnforce) env = new OrderEnforcing(env);
    return env as Env<Obs, Act>;
  }

  private versionsOf(namespace: string | undefined, name: string): EnvSpec[] {
    return this.list()
      .filter((s) => s.namespace === namespace && s.name === name)
      .sort((a, b) => (a.version ?? -1) - (b.version ?? -1));
  }

  private checkNamespace(namespace: string | undefined): void {
    if (namespace === undefined) return;
    const namespaces = [...new Set(this.list().flatMap((s) => (s.namespace ? [s.namespace] : [])))];
    if (namespaces.includes(namespace)) return;
    const suggestion = namespaces.length > 0 ? closest(namespace, namespaces) : undefined;
    throw new EnvNotFoundError(
      `Namespace ${JSON.stringify(namespace)} not found.${suggestion ? ` Did you mean: ${JSON.stringify(suggestion)}?` : ''} Have you installed and loaded (--require) the plugin that registers it?`,
      'namespace',
      suggestion ? [suggestion] : [],
    );
  }

  private withDeprecationWarning(spec: EnvSpec): EnvSpec {
    if (spec.deprecated) warn('ENV_DEPRECATED', `${spec.id} is deprecated: ${spec.deprecated}`);
    return spec;
  }
}

/**
 * The process-wide registry that `register`, `make`, `spec` and `listEnvs` use. It registers the
 * built-in environments itself, once, at its first use: importing mathgym has no side effect. This is
 * the one import of lib/core from a higher layer (the composition root; see spec/architecture).
 */
export const registry = new Registry({ builtins: registerBuiltins });

export const register = (opts: RegisterOptions): EnvSpec => registry.register(opts);
export const make = <Obs = unknown, Act = unknown>(id: string | EnvSpec, overrides?: MakeOptions): Promise<Env<Obs, Act>> =>
  registry.make<Obs, Act>(id, overrides);
export const spec = (id: string): EnvSpec => registry.spec(id);
export const listEnvs = (): EnvSpec[] => registry.list();
