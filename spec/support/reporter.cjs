// Mocha's spec reporter, plus a machine-readable summary for .ci/run: when MATHGYM_TEST_SUMMARY names
// a file, the pass/fail/pending counts are written there at the end of the run. It also prints the
// run's wall time, the load average, and the slowest tests (where suite time goes; docs/benchmarks.md).
const { writeFileSync } = require('node:fs');
const { loadavg } = require('node:os');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_END } = Mocha.Runner.constants;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const start = Date.now();
    const timed = [];
    runner.on(EVENT_TEST_END, (test) => {
      if (typeof test.duration === 'number') timed.push([test.duration, `${test.file ? test.file.replace(/^.*?(spec\/)/, '$1') : ''}: ${test.fullTitle()}`]);
    });
    runner.once(EVENT_RUN_END, () => {
      const slowest = timed.sort((a, b) => b[0] - a[0]).slice(0, 10);
      console.log(`\n  wall ${((Date.now() - start) / 1000).toFixed(0)} s, load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}; slowest tests:`);
      for (const [ms, title] of slowest) console.log(`    ${(ms / 1000).toFixed(1).padStart(6)} s  ${title.slice(0, 150)}`);
      const file = process.env.MATHGYM_TEST_SUMMARY;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(file, JSON.stringify({ passes, failures, pending }));
    });
  }
}

module.exports = SpecWithSummary;
