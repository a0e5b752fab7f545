// Mocha's spec reporter, plus a machine-readable summary for .ci/run: when MATHGYM_TEST_SUMMARY names
// a file, the pass/fail/pending counts are written there at the end of the run.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.MATHGYM_TEST_SUMMARY;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(file, JSON.stringify({ passes, failures, pending }));
    });
  }
}

module.exports = SpecWithSummary;
