import { expect } from 'chai';
import { buildProgram, commandName } from '../../lib/cli/main.js';
import { ResetNeededError } from '../../lib/errors.js';
import { make } from '../../lib/index.js';

// main.ts imports only the command named on the command line (start-up time); these keep that
// mechanism from changing what a command is.
describe('cli: commands load lazily', function () {
  this.timeout(120_000);

  it('finds the command word after the global options, skipping the value of -r/--require', () => {
    expect(commandName(['envs', '--json'])).to.equal('envs');
    expect(commandName(['-r', './plugin.js', 'check', 'all'])).to.equal('check');
    expect(commandName(['--require', 'envs', 'play'])).to.equal('play');
    expect(commandName(['--require=./p.js', 'mm', 'verify'])).to.equal('mm');
    expect(commandName(['--version'])).to.equal(undefined);
    expect(commandName(['--', 'envs'])).to.equal(undefined);
    expect(commandName([])).to.equal(undefined);
  });

  it('a named command is the same command whether it is loaded alone or with all the others', async () => {
    const all = await buildProgram(['node', 'mathgym']);
    const names = all.commands.map((c) => c.name());
    expect(names).to.include.members(['envs', 'check', 'bench', 'mm', 'train', 'serve']);
    for (const full of all.commands) {
      const alone = await buildProgram(['node', 'mathgym', full.name()]);
      expect(alone.commands.map((c) => c.name())).to.deep.equal([full.name()]);
      const [cmd] = alone.commands;
      expect(cmd!.description()).to.equal(full.description());
      expect(cmd!.options.map((o) => o.flags)).to.deep.equal(full.options.map((o) => o.flags));
    }
  });

  it('--version alone loads no command; an unknown word loads them all (for the suggestion)', async () => {
    expect((await buildProgram(['node', 'mathgym', '--version'])).commands).to.have.length(0);
    expect((await buildProgram(['node', 'mathgym', 'evns'])).commands.length).to.be.greaterThan(10);
  });

  it('a lazily imported environment throws the same error classes the caller imported (one module instance)', async () => {
    // mocha must load specs with import(), not require(esm) (.mocharc.json: no-experimental-require-module);
    // otherwise tsx gives dynamic imports their own copy of every module and instanceof fails
    expect((await import('../../lib/errors.js')).ResetNeededError).to.equal(ResetNeededError);
    const env = await make<string, string>('mathgym/Arithmetic-v0');
    await env.reset({ seed: 1 });
    await env.step('1');
    let err: unknown;
    await env.step('1').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ResetNeededError);
    await env.close();
  });
});
