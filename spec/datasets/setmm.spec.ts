import { expect } from 'chai';
import { join } from 'node:path';
import { BUNDLED_DATABASES, resolveDatabase } from '../../datasets/metamath/database.js';
import { DEBIAN_METAMATH_DIR, findSetMm, metamathDatabaseDir, requireSetMm, SETMM_ENV } from '../../datasets/metamath/setmm.js';
import { ConfigError } from '../../lib/errors.js';

describe('datasets/metamath: finding set.mm', () => {
  const someFile = BUNDLED_DATABASES['set-prop'];

  it(`${SETMM_ENV} wins over the Debian package, and its folder holds the sibling databases`, () => {
    expect(findSetMm({ [SETMM_ENV]: someFile })).to.equal(someFile);
    expect(metamathDatabaseDir({ [SETMM_ENV]: someFile })).to.equal(join(someFile, '..'));
  });

  it(`a ${SETMM_ENV} that names no file is a ConfigError, not a silent fallback`, () => {
    expect(() => findSetMm({ [SETMM_ENV]: 'no/such/set.mm' })).to.throw(ConfigError, /names no file/);
  });

  it('without the variable: the Debian path when metamath-databases is installed, else undefined and a hint naming the package', () => {
    const found = findSetMm({});
    if (found) expect(found).to.equal(join(DEBIAN_METAMATH_DIR, 'set.mm'));
    else expect(() => requireSetMm({})).to.throw(ConfigError, /metamath-databases/);
  });

  it('database name "set.mm" resolves through the lookup when no such file is in the working folder', () => {
    const found = findSetMm();
    if (found) expect(resolveDatabase('set.mm')).to.equal(found);
    else expect(() => resolveDatabase('set.mm')).to.throw(ConfigError, /metamath-databases/);
  });
});
