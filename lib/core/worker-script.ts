/**
 * How to start one of our worker scripts. From compiled JS it is the file itself; from TypeScript
 * source (tests, tsx) Node 20 workers do not inherit the tsx loader, so the worker is started from a
 * one-line bootstrap that registers tsx and then imports the script.
 */
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerScript {
  /** A file URL, or bootstrap code when `options.eval` is set. */
  readonly script: URL | string;
  readonly options: WorkerOptions;
}

/** `base` is the caller's import.meta.url; `name` the worker module name without extension. */
export function workerScript(base: string, name: string): WorkerScript {
  return moduleScript(new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base).href);
}

/** A worker module given by file URL; TypeScript modules get the tsx bootstrap. */
export function moduleScript(href: string): WorkerScript {
  const url = new URL(href);
  if (!url.pathname.endsWith('.ts')) return { script: url, options: {} };
  // resolved here: an eval'd worker resolves bare specifiers from the current directory, which may be another project
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return { script: code, options: { eval: true } };
}
