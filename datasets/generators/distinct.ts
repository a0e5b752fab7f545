/** Distinct problems in N draws of a family at each level: how much a level can teach before it repeats. */
import { generateItem, type TaskGenerator } from './generator.js';

export interface DistinctRow {
  readonly family: string;
  readonly difficulty: number;
  readonly draws: number;
  /** Distinct problem texts among the draws. */
  readonly distinct: number;
  /** Distinct gold answers among the draws. */
  readonly answers: number;
}

/** Items 0..draws-1 of (seed, difficulty), counted by problem text and by answer. */
export function distinctProblems(gen: TaskGenerator, difficulty: number, draws = 10_000, seed = 0): DistinctRow {
  const problems = new Set<string>();
  const answers = new Set<string>();
  for (let i = 0; i < draws; i++) {
    const r = generateItem(gen, { seed, size: draws, difficulty }, i);
    problems.add(r.problem);
    answers.add(r.answer);
  }
  return { family: gen.name, difficulty, draws, distinct: problems.size, answers: answers.size };
}
