/**
 * The module graph stays a layered DAG: no import cycle (madge, the same check as `npx madge --circular`)
 * and no import from a lower layer into a higher one. Checked twice: the runtime graph (type-only
 * imports skipped, what Node loads) must be clean without exception; the full graph (type imports too,
 * what a reader follows) may keep only the KNOWN_* entries below, each owned by a branch that removes it.
 */
import madge from 'madge';
import { expect } from 'chai';

/**
 * The layers, lowest first. A module may import its own layer or a lower one, never a higher one.
 * 0 the Gym core (env, spaces, registry, wrappers, vector) and shared errors/paths;
 * 1 kernels that know nothing of environments: the verifier, the Metamath kernel, the nn library;
 * 2 what environments are made of: rewards, datasets and generators;
 * 3 the environments;
 * 4 applications built on environments: training, policies, red team, benchmarks, server, CLI, the browser playground, the public barrel.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib/errors.ts', 'lib/paths.ts', 'lib/core/'],
  ['lib/verify/', 'lib/metamath/', 'lib/nn/'],
  ['lib/rewards/', 'datasets/'],
  ['environments/'],
  ['lib/rl/', 'lib/policy/', 'lib/redteam/', 'lib/bench/', 'lib/server/', 'lib/cli/', 'lib/web/', 'lib/index.ts', 'bin/'],
];

/**
 * Upward imports allowed by design. The default registry registers the built-in environments at its
 * first use, so it names their list; that list imports only the registry's types (lib/core/spec.ts).
 */
const ALLOWED_UP = new Set(['lib/core/registry.ts -> environments/index.ts']);

/** Upward imports that other branches of issue #23 remove; the lead deletes each entry at merge. */
const KNOWN_BACK_ARROWS = new Set<string>([]);

/** Type-only cycles that other branches of issue #23 remove (rl helper, web helper); deleted at merge. */
const KNOWN_TYPE_CYCLES = new Set<string>([]);

const ROOTS = ['lib', 'environments', 'datasets', 'bin'];

async function graph(skipTypeImports: boolean) {
  const detective = { skipTypeImports };
  return madge(ROOTS, { fileExtensions: ['ts', 'js'], tsConfig: 'tsconfig.json', detectiveOptions: { ts: detective, es6: detective } });
}

function layerOf(file: string): number {
  const i = LAYERS.findIndex((layer) => layer.some((p) => file === p || (p.endsWith('/') && file.startsWith(p))));
  if (i < 0) throw new Error(`${file} is in no layer of spec/architecture/no-cycles.spec.ts; add its folder to LAYERS`);
  return i;
}

/** `from -> to` for every import that points to a higher layer. */
function upwardImports(deps: Record<string, string[]>): string[] {
  return Object.entries(deps).flatMap(([from, tos]) =>
    tos.filter((to) => deps[to] !== undefined && layerOf(to) > layerOf(from)).map((to) => `${from} -> ${to}`),
  );
}

describe('architecture: module graph', function () {
  this.timeout(120_000);
  let runtime: Awaited<ReturnType<typeof graph>>;
  let full: Awaited<ReturnType<typeof graph>>;
  before(async () => {
    [runtime, full] = await Promise.all([graph(true), graph(false)]);
  });

  it('reads the whole source tree (a broken tsconfig path would make every check vacuous)', () => {
    const files = Object.keys(full.obj());
    expect(files.length).to.be.greaterThan(250);
    expect(files).to.include.members(['lib/index.ts', 'lib/core/registry.ts', 'environments/index.ts', 'datasets/index.ts']);
    expect(full.obj()['lib/index.ts']).to.include('lib/core/registry.ts');
  });

  it('has no import cycle at run time', () => {
    expect(runtime.circular().map((c) => c.join(' > '))).to.deep.equal([]);
  });

  it('has no import cycle counting type-only imports, beyond the known ones', () => {
    const cycles = full.circular().map((c) => c.join(' > '));
    expect(cycles.filter((c) => !KNOWN_TYPE_CYCLES.has(c))).to.deep.equal([]);
  });

  it('imports only downward through the layers, beyond the known back-arrows', () => {
    const up = upwardImports(full.obj()).filter((e) => !ALLOWED_UP.has(e) && !KNOWN_BACK_ARROWS.has(e));
    expect(up).to.deep.equal([]);
  });

  it('the known exceptions still exist (delete an entry once its import is gone)', () => {
    const cycles = new Set(full.circular().map((c) => c.join(' > ')));
    const up = new Set(upwardImports(full.obj()));
    expect([...KNOWN_TYPE_CYCLES].filter((c) => !cycles.has(c))).to.deep.equal([]);
    expect([...KNOWN_BACK_ARROWS, ...ALLOWED_UP].filter((e) => !up.has(e))).to.deep.equal([]);
  });

  it('lib/index.ts is pure re-exports: importing mathgym runs no code of its own', async () => {
    const { readFile } = await import('node:fs/promises');
    const src = (await readFile('lib/index.ts', 'utf8')).replace(/\/\*\*[\s\S]*?\*\//g, '');
    const statements = src.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean);
    expect(statements.filter((s) => !/^export\s/.test(s) || !/\sfrom\s+'[^']+'$/.test(s))).to.deep.equal([]);
  });
});
