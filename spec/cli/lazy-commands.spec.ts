import { expect } from 'chai';
import { buildProgram, commandName } from '../../lib/cli/main.js';

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
});
