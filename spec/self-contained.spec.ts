// Nothing the project runs, tests or documents may point outside the repository: a fresh clone has
// no sibling folders, and a path of the development machine means nothing elsewhere. System data comes
// from Debian packages under /usr (e.g. /usr/share/metamath/databases), which is allowed.
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../lib/paths.js';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'bench-results', 'runs', 'tmp', '.mathgym']);
const SKIP_EXT = /\.(gz|png|jpg|jpeg|gif|ico|woff2?|wasm|tgz)$/;
const SELF = 'spec/self-contained.spec.ts';

/** What counts as pointing outside: the library folder beside the main checkout, and absolute home/work/temp paths. */
const RULES: ReadonlyArray<readonly [string, RegExp]> = [
  ['../shared (a sibling folder a clone does not have)', /\.\.[\\/]shared\b/],
  ["join(..., '..', 'shared')", /['"]\.\.['"]\s*,\s*['"]shared['"]/],
  ['an absolute path of a development machine', /(?<![\w.~-])\/(?:work|home|root|Users|mnt|tmp|var\/tmp)\/[\w.-]/],
];

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === '.git') continue; // a worktree's .git file names the main checkout
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) files(p, out);
    } else if (st.isFile() && !SKIP_EXT.test(name) && st.size < 8 * 2 ** 20) out.push(p);
  }
  return out;
}

describe('self-contained repository', function () {
  this.timeout(60_000);

  it('names no path outside the repository (../shared, /work/, /home/, /tmp/, ...) in any source, spec, doc or data file', () => {
    const hits: string[] = [];
    let scanned = 0;
    for (const file of files(PACKAGE_ROOT)) {
      const rel = relative(PACKAGE_ROOT, file).split('\\').join('/');
      if (rel === SELF) continue;
      const text = readFileSync(file, 'utf8');
      scanned++;
      text.split('\n').forEach((line, i) => {
        for (const [why, re] of RULES) if (re.test(line)) hits.push(`${rel}:${i + 1}: ${why}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(scanned).to.be.greaterThan(100);
    expect(hits, `\n${hits.join('\n')}\n`).to.deep.equal([]);
  });

  it('the rules catch what they are meant to', () => {
    const caught = (line: string): boolean => RULES.some(([, re]) => re.test(line));
    for (const bad of ["const D = '/work/shared/metamath';", "join(ROOT, '..', 'shared', 'x')", 'see ../shared/peer-suites', 'wrote /tmp/out/x.json', '"/home/alice/set.mm"']) {
      expect(caught(bad), bad).to.equal(true);
    }
    for (const ok of ['/usr/share/metamath/databases/set.mm', 'spec/fixtures/metamath/demo0.mm', 'https://example.com/work/x', 'sharedVerifier()', '~/set.mm']) {
      expect(caught(ok), ok).to.equal(false);
    }
  });
});
