import { expect } from 'chai';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../lib/errors.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';
import { PREBUILT_BUNDLE, WEB_ENTRY, chooseWebBundle, loadWebBundle } from '../../lib/web/bundle.js';
import { START_LIMIT_MS } from '../support/time-limits.js';

describe('web bundle: the sources in a clone, the prebuilt file in the installed package', function () {
  this.timeout(START_LIMIT_MS);
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-webbundle-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  /** A package root holding `files` (path -> content). */
  const root = (name: string, files: Record<string, string>): string => {
    const dir = join(tmp, name);
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('chooses the sources when they and esbuild are there, else the prebuilt file, else a ConfigError with the fix', () => {
    for (const prebuilt of [false, true]) expect(chooseWebBundle({ sources: true, esbuild: true, prebuilt })).to.equal('sources');
    expect(chooseWebBundle({ sources: false, esbuild: true, prebuilt: true })).to.equal('prebuilt');
    expect(chooseWebBundle({ sources: true, esbuild: false, prebuilt: true })).to.equal('prebuilt');
    expect(chooseWebBundle({ sources: false, esbuild: false, prebuilt: true })).to.equal('prebuilt');
    const missing = (have: Parameters<typeof chooseWebBundle>[0]): Error => {
      try {
        chooseWebBundle(have);
      } catch (e) {
        expect(e).to.be.instanceOf(ConfigError);
        return e as Error;
      }
      throw new Error(`chose a bundle from ${JSON.stringify(have)}`);
    };
    for (const esbuild of [false, true]) expect(missing({ sources: false, esbuild, prebuilt: false }).message).to.include(PREBUILT_BUNDLE).and.include(WEB_ENTRY).and.include('npm run build');
    expect(missing({ sources: true, esbuild: false, prebuilt: false }).message).to.include('esbuild is not installed').and.include('npm run build');
  });

  it('builds from the sources when they are there (an edit shows), even over a stale prebuilt file', async () => {
    const dir = root('clone', { [WEB_ENTRY]: "export const marker = 'edited-' + String(6 * 7);\n", [PREBUILT_BUNDLE]: "export const marker = 'stale';\n" });
    const b = await loadWebBundle(dir);
    expect(b.source).to.equal('sources');
    expect(b.js).to.match(/edited-/).and.not.include('stale');
  });

  it('serves the prebuilt file where the sources are absent (the installed package)', async () => {
    const js = "export const marker = 'prebuilt';\n";
    expect(await loadWebBundle(root('installed', { [PREBUILT_BUNDLE]: js }))).to.deep.equal({ source: 'prebuilt', js });
  });

  it('with neither, rejects with a ConfigError naming the missing file and `npm run build`', async () => {
    const err = await loadWebBundle(root('empty', {})).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as Error).message).to.include(PREBUILT_BUNDLE).and.include('npm run build');
  });
});

describe('mathgym web from the installed package: no TypeScript sources, no esbuild', function () {
  this.timeout(START_LIMIT_MS);
  let tmp = '';
  let pkg = '';
  let shipped: string[] = [];

  before(() => {
    // the files `npm pack` ships (--ignore-scripts: dist/ as `npm test` built it), copied, not linked,
    // so that the package root is the copy; its dependencies beside it as npm installs them, less esbuild
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    shipped = packed!.files.map((f) => f.path);
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-webpkg-'));
    const modules = join(tmp, 'node_modules');
    pkg = join(modules, 'mathgym');
    for (const rel of shipped) {
      mkdirSync(dirname(join(pkg, rel)), { recursive: true });
      copyFileSync(join(PACKAGE_ROOT, rel), join(pkg, rel));
    }
    for (const name of readdirSync(join(PACKAGE_ROOT, 'node_modules'))) {
      if (!name.startsWith('.') && name !== 'esbuild' && name !== '@esbuild') symlinkSync(join(PACKAGE_ROOT, 'node_modules', name), join(modules, name));
    }
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships the prebuilt bundle and none of the playground sources; esbuild does not resolve there', () => {
    expect(shipped, `${PREBUILT_BUNDLE} is not in the package: run npm run build`).to.include(PREBUILT_BUNDLE);
    expect(shipped.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).to.deep.equal([]);
    const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "import('esbuild').then(() => process.exit(0), () => process.exit(3))"], { cwd: pkg });
    expect(probe.status, 'esbuild resolves from the simulated install').to.equal(3);
  });

  it('`mathgym web --port 0` says it serves the prebuilt bundle, and serves the page and it over HTTP', async () => {
    const child = spawn(process.execPath, [join(pkg, 'bin/mathgym.js'), 'web', '--port', '0'], { cwd: tmp, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const [, url, from] = await new Promise<RegExpExecArray>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          const m = /mathgym playground: (http:\S+) \(([^,]+),/.exec(stderr);
          if (m) resolve(m);
        });
        void exited.then((code) => reject(new Error(`mathgym web exited (${code}) before serving:\n${stderr}`)));
      });
      expect(from).to.equal(`prebuilt ${PREBUILT_BUNDLE}`);
      const page = await fetch(url!);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.include('src="/app.js"');
      const js = await fetch(new URL('/app.js', url!));
      expect(js.status).to.equal(200);
      expect(await js.text()).to.equal(readFileSync(join(pkg, PREBUILT_BUNDLE), 'utf8'));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).to.equal(0);
  });

  it('without the prebuilt file, exits 2 with a ConfigError that says what is missing and how to fix it', () => {
    rmSync(join(pkg, PREBUILT_BUNDLE));
    const r = spawnSync(process.execPath, [join(pkg, 'bin/mathgym.js'), 'web', '--port', '0'], { cwd: tmp, encoding: 'utf8', timeout: START_LIMIT_MS });
    expect(r.status, r.stderr).to.equal(2);
    expect(r.stderr).to.include(`${PREBUILT_BUNDLE} is missing`).and.include('npm run build');
  });
});
