/**
 * Node module-resolution hook (registered by nn-tfjs.ts with `module.register`) for one file set:
 * tfjs-core's gradient definitions ship only as ES modules with extensionless relative imports
 * (`./kernel_names`), which Node cannot resolve, and its CJS bundle leaves them out. This adds the
 * `.js` and marks those files as ES modules; every other import resolves as usual. The gradients
 * register into tfjs's process-global registry, so the CJS engine finds them.
 */
const DIST = '/@tensorflow/tfjs-core/dist/';

interface Resolved {
  readonly url: string;
  readonly format?: string | null;
  readonly shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<Resolved>;
interface ResolveContext {
  readonly parentURL?: string;
}

function esm(r: Resolved): Resolved {
  const isEsmFile = r.url.includes(DIST) && r.url.endsWith('.js') && !/\/tf-core[^/]*\.js$/.test(r.url);
  return isEsmFile ? { ...r, format: 'module' } : r;
}

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<Resolved> {
  const fromDist = context.parentURL?.includes(DIST) === true;
  if (fromDist && /^\.\.?\//.test(specifier) && !specifier.endsWith('.js')) {
    try {
      return esm(await next(`${specifier}.js`, context));
    } catch {
      return esm(await next(`${specifier}/index.js`, context));
    }
  }
  return esm(await next(specifier, context));
}
