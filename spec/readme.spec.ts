import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';

// The README's API example is what newcomers copy first: run it as written, against the built package.
describe('README', function () {
  this.timeout(60_000);

  it('API example runs and prints the documented result', () => {
    const readme = readFileSync('README.md', 'utf8');
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code, 'README has a ```ts block').to.be.a('string');
    // inside the package root so that `import ... from 'mathgym'` resolves to this package (dist/, built by npm test)
    const file = '.readme-example.mts';
    writeFileSync(file, code as string);
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/^1 exact match: 202\/297$/m);
      expect(r.stdout).to.match(/^true numeric-rounded$/m);
      expect(r.stdout).to.match(/^1 \( wi ax-mp \) BCEABCGDFHH$/m);
      expect(r.stderr).to.not.match(/Warning/);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
