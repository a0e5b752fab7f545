import { expect } from 'chai';
import { loadDataset } from '../../datasets/load.js';
import { verify } from '../../lib/verify/verify.js';

// The reference solution of every bundled problem must be judged equal to its reference answer:
// a regression net for extraction and equivalence on real competition and grade-school data.
describe('verify: bundled reference solutions against their answers', () => {
  for (const name of ['math500', 'gsm8k', 'aime24']) {
    it(`accepts every ${name} solution`, async () => {
      const { records } = await loadDataset(name);
      const wrong = records
        .filter((r) => r.solution)
        .map((r) => ({ id: r.id, v: verify(r.answer, r.solution as string) }))
        .filter((x) => !x.v.correct)
        .map((x) => `${x.id}: ${x.v.rule} ${x.v.reason}`);
      expect(records.length).to.be.greaterThan(20);
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
    });
  }

  // a gold is read whole: no gold may fail against its own answer written in a box or in a sentence
  for (const name of ['math500', 'gsm8k', 'aime24', 'aime25', 'amc23']) {
    it(`every ${name} gold verifies against its own boxed form`, async () => {
      const { records } = await loadDataset(name);
      const wrong = records
        .flatMap((r) => [`\\boxed{${r.answer}}`, `So the answer is $\\boxed{${r.answer}}$.`].map((pred) => ({ r, v: verify(r.answer, pred) })))
        .filter((x) => !x.v.correct)
        .map((x) => `${x.r.id} (${x.r.answer}): ${x.v.rule} ${x.v.reason}`);
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
    });
  }

  it('rejects every math500 solution paired with the next problem\'s answer, unless the answers are equivalent', async () => {
    const { records } = await loadDataset('math500');
    const falsePositives = records
      .map((r, i) => ({ r, other: records[(i + 1) % records.length] as typeof r }))
      // skip pairs whose answers are themselves equivalent (5 and x = 5)
      .filter(({ r, other }) => !verify(other.answer, r.answer).correct && verify(other.answer, r.solution as string).correct)
      .map(({ r, other }) => `${r.id} (${r.answer}) accepted for gold ${other.answer}`);
    expect(falsePositives, falsePositives.join('\n')).to.deep.equal([]);
  });
});
