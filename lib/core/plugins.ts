/**
 * Third-party environments. A plugin is an ES module that registers environments, by convention
 * exporting `registerEnvs(registry)`:
 *
 *   // my-envs.js
 *   export function registerEnvs(registry) {
 *     registry.register({ id: 'me/Puzzle-v0', entryPoint: './my-envs.js:PuzzleEnv' });
 *   }
 *
 * `mathgym --require ./my-envs.js ...` (or MATHGYM_PLUGINS=./a.js,./b.js) loads it; AsyncVectorEnv
 * workers load the same modules so that plugin envs can be vectorised too.
 */
import { RegistrationError } from '../errors.js';
import { resolveModule } from './modules.js';
import { type Registry, registry as defaultRegistry } from './registry.js';

const loaded = new WeakMap<Registry, Set<string>>();

/** Imports each module once per registry and calls its `registerEnvs(registry)` export if present. */
export async function loadPlugins(modules: readonly string[], registry: Registry = defaultRegistry): Promise<void> {
  const done = loaded.get(registry) ?? new Set<string>();
  loaded.set(registry, done);
  for (const m of modules) {
    const url = resolveModule(m);
    if (done.has(url)) continue;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(url)) as Record<string, unknown>;
    } catch (e) {
      throw new RegistrationError(`Could not load plugin ${JSON.stringify(m)}: ${(e as Error).message}. Check the path (relative to the current directory) or package name.`);
    }
    const hook = mod.registerEnvs ?? (mod.default as Record<string, unknown> | undefined)?.registerEnvs;
    if (typeof hook === 'function') await (hook as (r: Registry) => unknown)(registry);
    done.add(url);
  }
}

/** Plugin modules named in the MATHGYM_PLUGINS environment variable (comma-separated). */
export function pluginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.MATHGYM_PLUGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
