/**
 * `mathgym/<Family>-v0`: one single-turn environment per procedural generator family. `reset` draws
 * an item of the family at the configured difficulty from this.npRandom; `step` judges the answer
 * through the one judge of generated items (judgeAnswer: the family's verdict, then the
 * question-copy refusal) and reports the verdict in `info.verdict` once the episode has ended.
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { ConfigError } from '../../lib/errors.js';
import { emitRender } from '../../lib/core/render.js';
import { checkSplit, drawInSplit, type Split } from '../../lib/core/split.js';
import { verdictInfo } from '../../lib/verify/verdict-info.js';
import { judgeAnswer } from '../../datasets/generators/score.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { PRINTABLE_CHARSET, Text } from '../../lib/core/spaces/text.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { checkConfig, drawItem, type TaskGenerator } from '../../datasets/generators/generator.js';
import type { DecontaminationIndex } from '../../datasets/decontaminate.js';

export interface ProceduralEnvKwargs {
  readonly difficulty?: number;
  readonly renderMode?: string;
  /** `train` / `test`: only problems of that problem-disjoint split (lib/core/split.ts); default `all`. */
  readonly split?: string;
  /** Evaluation sets by name or JSONL path (as `gen --exclude`): a problem matching one is redrawn. */
  readonly exclude?: readonly string[];
}

/** Generated problems use printable ASCII plus a few math symbols. */
export const PROCEDURAL_CHARSET = `${PRINTABLE_CHARSET}×÷−≤≥≠√π∞→∧∨¬↔·²³`;

export class ProceduralEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 2000, minLength: 1, charset: PROCEDURAL_CHARSET });
  readonly actionSpace = new Text({ maxLength: 4000, minLength: 0, charset: PROCEDURAL_CHARSET });
  readonly difficulty: number;
  readonly split: Split;
  private readonly excluded: DecontaminationIndex | undefined;
  private entry: ProblemRecord | undefined;

  /**
   * `excluded`: the index of `kwargs.exclude`'s evaluation sets, built by makeProceduralEnv below
   * (which reads the files; this module stays free of Node's fs so the browser build can use it).
   */
  constructor(
    readonly generator: TaskGenerator,
    kwargs: ProceduralEnvKwargs = {},
    excluded?: DecontaminationIndex,
  ) {
    super();
    checkKnownOptions(generator.envName, kwargs, ['difficulty', 'renderMode', 'split', 'exclude']);
    this.split = checkSplit(`${generator.envName}-v0`, kwargs.split);
    if (kwargs.exclude !== undefined && excluded === undefined) {
      throw new ConfigError(`${generator.envName}-v0: exclude needs the evaluation sets read first: make('mathgym/${generator.envName}-v0', { exclude }) or makeProceduralEnv()`);
    }
    this.excluded = excluded;
    this.difficulty = checkConfig(generator, { difficulty: kwargs.difficulty ?? 1 }).difficulty;
    this.metadata = { renderModes: ['ansi', 'human'] };
    this.renderMode = kwargs.renderMode;
  }

  /** Options: `difficulty` for this episode only. */
  protected resetEpisode(options: Readonly<Record<string, unknown>>): ResetResult<string> {
    const difficulty = options.difficulty === undefined ? this.difficulty : checkConfig(this.generator, { difficulty: options.difficulty as number }).difficulty;
    // a fresh item generator per episode, seeded from the env's stream: same seed, same episodes
    this.entry = drawInSplit(`${this.generator.envName}-v0`, this.split, () => drawItem(this.generator, this.npRandom, difficulty), (e) => e.problem, (e) => !this.excluded?.contains(e.problem));
    // metadata (expression trees, coefficients, roots) rebuilds the gold: it reaches info only at the terminal step
    return { observation: this.entry.problem, info: { id: this.entry.id, difficulty } };
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const entry = this.entry as ProblemRecord; // set by every reset, and Env.step runs only after one
    const verdict = judgeAnswer(this.generator, action, entry);
    // the episode has ended: the gold, what was read and why it was judged so may all be shown now
    const info: Info = { id: entry.id, gold: entry.answer, metadata: entry.metadata, correct: verdict.correct, reason: verdict.reason, verdict: verdictInfo(verdict) };
    if (typeof action !== 'string') info.error = `action must be a string, got ${typeof action}`;
    return { observation: entry.problem, reward: verdict.score, terminated: true, truncated: false, info };
  }

  override render(): string | undefined {
    const text = this.entry ? `${this.entry.problem}` : '(call reset first)';
    return emitRender(text, this.renderMode);
  }
}

/**
 * A ProceduralEnv with its `exclude` evaluation sets read (once, here: a bad name fails at
 * construction and reset stays cheap). The reader is imported on demand: it needs Node's fs.
 */
export async function makeProceduralEnv(generator: TaskGenerator, kwargs: ProceduralEnvKwargs = {}): Promise<ProceduralEnv> {
  if (kwargs.exclude === undefined) return new ProceduralEnv(generator, kwargs);
  const { checkExclude, excludeIndex } = await import('../../datasets/exclude.js');
  const names = checkExclude(`${generator.envName}-v0`, kwargs.exclude);
  return new ProceduralEnv(generator, kwargs, names.length > 0 ? excludeIndex(names) : undefined);
}
