/**
 * `word_problems`: GSM-symbolic style templated word problems. Names, items and numbers vary; each
 * template's chain of reasoning is fixed (the level is the number of steps) and every intermediate is
 * a whole number. The answer is a literal integer (no units), checked exactly.
 *
 * | difficulty | steps | templates                                                        |
 * |------------|-------|------------------------------------------------------------------|
 * | 1          | 2     | bags bought on top of a stock; shared equally after a gift          |
 * | 2          | 3     | change from a bill after two kinds of items; a weekly savings plan  |
 * | 3          | 4     | a factory's good items over days after a defect share; a trip's fuel cost |
 * | 4          | 5     | a collection given away by fractions, lost, then bought back; a bakery's week |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseIntegerLiteral } from './literal-answer.js';

const NAME = 'word_problems';
const NAMES = ['Ava', 'Ben', 'Chloe', 'Diego', 'Emma', 'Farah', 'George', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zoe'];
const ITEMS = ['apples', 'stickers', 'marbles', 'pencils', 'cookies', 'stamps', 'shells', 'cards', 'beads', 'buttons'];

interface Drawn {
  readonly template: string;
  readonly text: string;
  readonly answer: number;
}

function twoStep(rng: Rng): Drawn {
  const [name, other] = rng.shuffle(NAMES).slice(0, 2) as [string, string];
  const item = rng.choice(ITEMS);
  if (rng.bernoulli(0.5)) {
    const a = rng.integer(3, 99);
    const b = rng.integer(2, 12);
    const c = rng.integer(3, 25);
    return { template: 'bags', text: `${name} has ${a} ${item}. ${name} buys ${b} bags with ${c} ${item} in each bag. How many ${item} does ${name} have now?`, answer: a + b * c };
  }
  const k = rng.integer(2, 12);
  const share = rng.integer(2, 40);
  // the count before the gift is positive
  const gift = rng.integer(1, Math.min(60, k * share - 1));
  return {
    template: 'share',
    text: `${name} had some ${item} and received ${gift} more from ${other}. ${name} then shared all of them equally among ${k} friends, and each friend got ${share}. How many ${item} did ${name} have before the gift?`,
    answer: k * share - gift,
  };
}

function threeStep(rng: Rng): Drawn {
  const name = rng.choice(NAMES);
  if (rng.bernoulli(0.5)) {
    const a = rng.integer(2, 9);
    const p = rng.integer(2, 15);
    const b = rng.integer(2, 9);
    const q = rng.integer(1, 12);
    const cost = a * p + b * q;
    const bill = rng.choice([50, 100, 200, 500].filter((x) => x > cost));
    return {
      template: 'change',
      text: `${name} buys ${a} notebooks at ${p} dollars each and ${b} pens at ${q} dollars each, and pays with a ${bill}-dollar bill. How many dollars of change does ${name} get?`,
      answer: bill - cost,
    };
  }
  const start = rng.integer(0, 200);
  const weekly = rng.integer(5, 60);
  const weeks = rng.integer(2, 20);
  const spent = rng.integer(1, start + weekly * weeks - 1);
  return {
    template: 'savings',
    text: `${name} has ${start} dollars saved and adds ${weekly} dollars every week for ${weeks} weeks. Then ${name} spends ${spent} dollars on a bike. How many dollars does ${name} have left?`,
    answer: start + weekly * weeks - spent,
  };
}

function fourStep(rng: Rng): Drawn {
  if (rng.bernoulli(0.5)) {
    const perHour = rng.integer(4, 60);
    const hours = rng.integer(2, 12);
    const days = rng.integer(2, 7);
    // the defect share divides the total: total = perHour * hours * days, share in percent of 5s
    for (;;) {
      const pct = rng.choice([5, 10, 20, 25, 50]);
      const total = perHour * hours * days;
      if ((total * pct) % 100 === 0) {
        return {
          template: 'factory',
          text: `A machine makes ${perHour} parts per hour and runs ${hours} hours a day for ${days} days. ${pct}% of the parts are defective and thrown away. How many good parts are left?`,
          answer: total - (total * pct) / 100,
        };
      }
      if (rng.bernoulli(0.2)) break;
    }
  }
  const name = rng.choice(NAMES);
  const per = rng.integer(5, 15);
  const km = per * rng.integer(4, 60);
  const price = rng.integer(1, 3);
  const trips = rng.integer(2, 10);
  return {
    template: 'fuel',
    text: `${name}'s car uses 1 liter of fuel for every ${per} km. ${name} drives ${km} km to work and the same distance back, ${trips} times a month. Fuel costs ${price} dollars per liter. How many dollars does ${name} spend on fuel in a month?`,
    answer: (2 * km * trips * price) / per,
  };
}

function fiveStep(rng: Rng): Drawn {
  const name = rng.choice(NAMES);
  const item = rng.choice(ITEMS);
  if (rng.bernoulli(0.5)) {
    const k = rng.integer(2, 6);
    const j = rng.integer(2, 5);
    // N divisible by k, and what is left divisible by j
    const N = k * j * rng.integer(2, 30);
    const afterGift = N - N / k;
    const afterSecond = afterGift - afterGift / j;
    const lost = rng.integer(1, afterSecond - 1);
    const bought = rng.integer(1, 50);
    return {
      template: 'collection',
      text: `${name} had ${N} ${item}. ${name} gave 1/${k} of them to a friend, then gave 1/${j} of the rest to a cousin, then lost ${lost}, and finally bought ${bought} more. How many ${item} does ${name} have now?`,
      answer: afterSecond - lost + bought,
    };
  }
  const perDay = rng.integer(10, 80);
  const days = rng.integer(3, 7);
  const eaten = rng.integer(1, 9);
  const price = rng.integer(2, 6);
  // a profit, not a loss: each day's sales cover the ingredients
  const cost = rng.integer(1, Math.min(20, (perDay - eaten) * price - 1));
  const made = perDay * days;
  const sold = made - eaten * days;
  return {
    template: 'bakery',
    text: `A bakery bakes ${perDay} loaves a day for ${days} days. Each day the staff eat ${eaten} loaves and sell the rest at ${price} dollars each. The ingredients cost ${cost} dollars a day. How many dollars of profit does the bakery make over the ${days} days?`,
    answer: sold * price - cost * days,
  };
}

function draw(rng: Rng, difficulty: number): Drawn {
  switch (difficulty) {
    case 1:
      return twoStep(rng);
    case 2:
      return threeStep(rng);
    case 3:
      return fourStep(rng);
    default:
      return fiveStep(rng);
  }
}

export const wordProblems: TaskGenerator = {
  name: NAME,
  envName: 'WordProblems',
  description: 'GSM-symbolic style word problems: names, items and numbers vary, the reasoning chain (2-5 steps) is fixed; the answer is a literal integer.',
  levels: ['2 steps (bags bought, equal shares)', '3 steps (change from a bill, weekly savings)', '4 steps (factory output after defects, fuel cost)', '5 steps (a collection given away by fractions, a bakery week)'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const d = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `${d.text} Give the answer as an integer (digits only, no units).`,
      answer: String(d.answer),
      source: NAME,
      metadata: { family: NAME, difficulty, index, template: d.template },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const v = readIn(answer, parseIntegerLiteral);
    return familyVerdict(entry, v?.raw, v !== undefined && v.value.toString() === entry.answer);
  },
};
