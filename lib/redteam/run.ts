/**
 * `redteam(id)`: plays an environment with the exploit catalogue (exploits.ts) and says whether any
 * exploit earns reward more often than chance.
 *
 * How it decides, per env:
 * 1. Calibration episodes (seeds disjoint from the evaluation seeds) end each episode with a probe
 *    answer and read the gold from the terminal info (`gold`, `solution`, `answer`). They give the
 *    golds a policy could learn across episodes (most frequent first), the info paths visible before
 *    the end, and the answer format (bare, \boxed{}, <answer>) under which the gold pays best.
 * 2. Baselines: the honest solver (the gold in that format, replayed on the calibration seeds) and a
 *    random policy (samples of the action space).
 * 3. Each exploit plays the evaluation seeds. An episode is a win when some step pays a positive
 *    reward. Chance: 1/K for an env whose golds take only K <= 8 values (a classification task with
 *    balanced labels); otherwise 0 for text answers (an answer that does no maths must never pay;
 *    the random policy is judged like an exploit) and the random policy's rate for other action
 *    spaces. A constant answer is allowed CONSTANT_CHANCE (5%) outside classification; exploits that
 *    guess from frequent golds (hedges, LaTeX tricks) are allowed what the constant earned. A win
 *    rate above chance by more than three binomial standard errors (and at least 2.5 episodes' worth: two coincidences are not a finding)
 *    is a finding. A reading exploit is judged against its control (the same exploit on another
 *    episode's question); a control that itself earns more than the best guess of a gold means the
 *    exploit pays whatever the question, which is a finding as well.
 * 4. After the end: episodes are ended by termination and by truncation, then stepped again with the
 *    gold; any step that is not refused with ResetNeededError is a finding.
 */
import { type Env, isEnv } from '../core/env.js';
import { type MakeOptions, type Registry, registry as defaultRegistry } from '../core/registry.js';
import { ResetNeededError } from '../errors.js';
import { type Exploit, type ExploitContext, infoLeaves, textExploits } from './exploits.js';

export interface RedteamOptions {
  /** Evaluation episodes per exploit (default 40). */
  readonly episodes?: number;
  /** Calibration episodes (default 30). */
  readonly calibration?: number;
  /** Base seed; evaluation seeds are seed+1_000_000.., calibration seeds seed.. (default 0). */
  readonly seed?: number;
  /** Constructor kwargs (and make options) for the env. */
  readonly kwargs?: MakeOptions;
  /** Steps per episode at most, whatever the env's own limits (default 64). */
  readonly maxSteps?: number;
  readonly registry?: Registry;
  /** Called after each exploit (or baseline) finishes. */
  readonly onProgress?: (label: string) => void;
}

export interface ExploitResult {
  readonly id: string;
  readonly family: string;
  readonly description: string;
  /** Episodes where the exploit had something to say. */
  readonly applicable: number;
  readonly episodes: number;
  /** Episodes in which some step paid a positive reward. */
  readonly wins: number;
  readonly winRate: number;
  /** Win rate of the control: the same exploit answering from another episode's question and info. */
  readonly controlRate: number;
  readonly meanReturn: number;
  /** Steps that threw (an action the env refused with an error). */
  readonly errors: number;
  readonly exploitable: boolean;
}

export interface AfterEndResult {
  /** Steps tried after an episode ended (by termination or truncation). */
  readonly tried: number;
  /** Of those, refused with ResetNeededError. */
  readonly refused: number;
  /** Of those, answered with a positive reward. */
  readonly paid: number;
  readonly exploitable: boolean;
  /** What happened on the first step that was not refused. */
  readonly example?: string;
}

export interface EnvRedteamReport {
  readonly id: string;
  /** The kwargs the env was made with (e.g. a difficulty level). */
  readonly kwargs: Readonly<Record<string, unknown>>;
  /** `text`: answers are strings (the whole catalogue runs); `other`: only baselines and after-end. */
  readonly actionKind: 'text' | 'other';
  readonly episodes: number;
  /** Answer format the gold pays best in (`bare`, `boxed`, `answer-tag`, `sentence`), when golds are visible. */
  readonly format?: string;
  /** Win rate of the gold, replayed in that format (calibration seeds); null when golds are not visible. */
  readonly honest: number | null;
  readonly random: number;
  /** Distinct golds in calibration when there are at most 8 (a classification task). */
  readonly classes: number | null;
  readonly chance: number;
  /** Win rates above this are findings. */
  readonly threshold: number;
  readonly exploits: readonly ExploitResult[];
  readonly afterEnd: AfterEndResult;
  readonly exploitable: boolean;
  /** Ids of the exploits that were flagged (after-end included). */
  readonly findings: readonly string[];
  readonly seconds: number;
  /** Set when the env could not be red-teamed at all (it failed to make or reset). */
  readonly error?: string;
}

type AnyEnv = Env<unknown, unknown>;

const FORMATS: readonly [string, (g: string) => string][] = [
  ['bare', (g) => g],
  ['boxed', (g) => `\\boxed{${g}}`],
  ['answer-tag', (g) => `<answer>${g}</answer>`],
  ['sentence', (g) => `The answer is $\\boxed{${g}}$.`],
];

const PROBES = ['\\boxed{0}', '<answer>0</answer>', '0'];
const STALL = 'Let me think about this step by step.';

function isTextSpace(space: unknown): boolean {
  const s = space as { constructor?: { name?: string }; maxLength?: unknown; charset?: unknown };
  return s?.constructor?.name === 'Text' || (typeof s?.maxLength === 'number' && typeof s?.charset === 'string');
}

function goldOf(info: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ['gold', 'solution', 'answer']) {
    const v = info[key];
    if (typeof v === 'string' && v.length > 0) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

interface Played {
  readonly wins: boolean;
  readonly ret: number;
  readonly acted: boolean;
  readonly errors: number;
  readonly gold?: string;
  readonly preEndInfos: readonly Readonly<Record<string, unknown>>[];
  readonly ended: 'terminated' | 'truncated' | 'steps' | 'error';
}

/** Plays one episode: `act` chooses each action from what the policy has seen; undefined stops. */
async function play(env: AnyEnv, seed: number, maxSteps: number, act: (ctx: { observation: unknown; question: unknown; infos: Readonly<Record<string, unknown>>[]; turn: number }) => unknown): Promise<Played> {
  const first = await env.reset({ seed });
  const infos: Readonly<Record<string, unknown>>[] = [first.info];
  let observation = first.observation;
  let ret = 0;
  let wins = false;
  let acted = false;
  for (let turn = 0; turn < maxSteps; turn++) {
    const action = act({ observation, question: first.observation, infos, turn });
    if (action === undefined) return { wins, ret, acted, errors: 0, preEndInfos: infos, ended: 'steps' };
    acted = true;
    let r;
    try {
      r = await env.step(action);
    } catch {
      return { wins, ret, acted, errors: 1, preEndInfos: infos, ended: 'error' };
    }
    const reward = Number.isFinite(r.reward) ? r.reward : 0;
    ret += reward;
    if (reward > 0) wins = true;
    if (r.terminated || r.truncated) return { wins, ret, acted, errors: 0, gold: goldOf(r.info), preEndInfos: infos, ended: r.terminated ? 'terminated' : 'truncated' };
    infos.push(r.info);
    observation = r.observation;
  }
  return { wins, ret, acted, errors: 0, preEndInfos: infos, ended: 'steps' };
}

/**
 * Chance of a constant answer in a task that is not a classification: a policy that learned one
 * answer should not be right more than one time in twenty.
 */
export const CONSTANT_CHANCE = 0.05;

/** Margin above chance: three binomial standard errors, at least 2.5 episodes' worth. */
export function threshold(chance: number, n: number): number {
  const p = Math.min(1, Math.max(0, chance));
  return p + Math.max(3 * Math.sqrt((p * (1 - p)) / n), 2.5 / n);
}

function rankByFrequency(values: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/**
 * The difficulty levels of a registered env whose spec has a `difficulty` kwarg: 1, 2, ... for as long
 * as make() accepts them (at most 10). [] for an env without levels.
 */
export async function difficultyLevels(id: string, registry: Registry = defaultRegistry): Promise<number[]> {
  if (registry.spec(id).kwargs.difficulty === undefined) return [];
  const levels: number[] = [];
  for (let d = 1; d <= 10; d++) {
    try {
      const env = await registry.make(id, { difficulty: d });
      await env.close();
      levels.push(d);
    } catch {
      break;
    }
  }
  return levels;
}

/** Red-teams one registered env (by id). Never throws for a weak env: the report says what was found. */
export async function redteam(id: string, opts: RedteamOptions = {}): Promise<EnvRedteamReport> {
  const reg = opts.registry ?? defaultRegistry;
  const episodes = opts.episodes ?? 40;
  const calibration = opts.calibration ?? 30;
  const base = opts.seed ?? 0;
  const maxSteps = opts.maxSteps ?? 64;
  const progress = opts.onProgress ?? (() => undefined);
  const started = performance.now();
  const calSeeds = Array.from({ length: calibration }, (_, i) => base + i);
  const evalSeeds = Array.from({ length: episodes }, (_, i) => base + 1_000_000 + i);
  const made = await reg.make(id, opts.kwargs ?? {});
  if (!isEnv(made)) throw new TypeError(`${id}: make did not return an Env`);
  const env = made as AnyEnv;
  const kwargs = { ...(opts.kwargs ?? {}) };
  const empty = (error: string): EnvRedteamReport => ({
    id, kwargs, actionKind: 'other', episodes, honest: null, random: 0, classes: null, chance: 0, threshold: 1, exploits: [],
    afterEnd: { tried: 0, refused: 0, paid: 0, exploitable: false }, exploitable: true, findings: ['error'],
    seconds: (performance.now() - started) / 1000, error,
  });
  try {
    const text = isTextSpace(env.actionSpace);
    // 1. calibration: end each episode with a probe and read the gold
    const golds: string[] = [];
    const calGold = new Map<number, string>();
    const leafPaths = new Map<string, Set<string>>();
    for (const seed of calSeeds) {
      const p = await play(env, seed, maxSteps, ({ turn }) => (text ? PROBES[turn % PROBES.length] : env.actionSpace.sample()));
      if (p.gold !== undefined) {
        golds.push(p.gold);
        calGold.set(seed, p.gold);
      }
      for (const [turn, info] of p.preEndInfos.entries()) {
        for (const leaf of infoLeaves(info)) {
          const key = `${turn}\u0000${leaf.path}`;
          const seen = leafPaths.get(key) ?? new Set<string>();
          seen.add(JSON.stringify(leaf.value));
          leafPaths.set(key, seen);
        }
      }
    }
    progress('calibration');
    const frequentGolds = rankByFrequency(golds);
    const distinct = new Set(golds).size;
    const classes = golds.length >= 10 && distinct <= 8 ? distinct : null;

    // 2. baselines: honest (the gold in the best-paying format) and random
    let format: string | undefined;
    let wrap: (g: string) => string = (g) => g;
    let honest: number | null = null;
    if (text && calGold.size > 0) {
      let best = -1;
      const trial = [...calGold.entries()].slice(0, 6);
      for (const [name, fmt] of FORMATS) {
        let w = 0;
        for (const [seed, gold] of trial) if ((await play(env, seed, maxSteps, () => fmt(gold))).wins) w++;
        if (w > best) [best, format, wrap] = [w, name, fmt];
      }
      let w = 0;
      for (const [seed, gold] of calGold) if ((await play(env, seed, maxSteps, () => wrap(gold))).wins) w++;
      honest = w / calGold.size;
    }
    progress('honest baseline');
    let randomWins = 0;
    env.actionSpace.seed(base);
    for (const seed of evalSeeds) if ((await play(env, seed, maxSteps, () => env.actionSpace.sample())).wins) randomWins++;
    const random = randomWins / episodes;
    progress('random baseline');
    // chance: a classification task's 1/K for every policy; otherwise nothing for text answers that
    // do no maths (garbage must not pay), and the random policy's rate for other action spaces
    const chance = classes ? 1 / classes : text ? 0 : random;
    const limit = threshold(chance, episodes);

    // 3. exploits (text envs): one answer per turn, from what a policy sees
    const results: ExploitResult[] = [];
    if (text) {
      results.push({
        id: 'random', family: 'random', description: 'random strings of the action space', applicable: episodes, episodes, wins: randomWins, winRate: random,
        controlRate: 0, meanReturn: NaN, errors: 0, exploitable: random > limit,
      });
      // info paths whose value at the same turn differs between episodes: a counter (attempt 1, 2, 3)
      // or a constant carries nothing about the problem
      const leakPaths = [...new Set([...leafPaths.entries()].filter(([, vals]) => vals.size > 1).map(([key]) => key.split('\u0000')[1] as string))].slice(0, 20);
      const exploits = textExploits(leakPaths);
      // each episode's view, for the controls: episode i is answered from episode i+1's question
      const views: View[] = [];
      for (const seed of evalSeeds) {
        const r = await env.reset({ seed });
        views.push({ question: String(r.observation), infos: [r.info] });
      }
      views.push(views.shift() as View);
      // the constant first: what one guess of the most frequent gold earns is the bar for other guesses
      const constant = exploits.find((x) => x.id === 'constant');
      const constantResult = constant ? await runExploit(env, constant, evalSeeds, maxSteps, frequentGolds, wrap, classes ? 1 / classes : CONSTANT_CHANCE, views) : undefined;
      // a hedge read as one answer (the last box, say) is one guess among the frequent golds: allowed what
      // the best single guess earns, measured (the constant) or seen in calibration (its top gold's share)
      const topShare = golds.length > 0 ? golds.filter((g) => g === frequentGolds[0]).length / golds.length : 0;
      const guessChance = Math.max(chance, constantResult?.winRate ?? 0, topShare);
      for (const ex of exploits) {
        results.push(ex === constant && constantResult ? constantResult : await runExploit(env, ex, evalSeeds, maxSteps, frequentGolds, wrap, ex.guesses ? guessChance : chance, views, guessChance));
        progress(ex.id);
      }
    }

    // 4. after the end, by termination and by truncation
    const afterEnd = await afterEndCheck(env, evalSeeds.slice(0, 5), maxSteps, text, wrap, calGold);
    progress('after-end');
    const findings = [...results.filter((r) => r.exploitable).map((r) => r.id), ...(afterEnd.exploitable ? ['after-end'] : [])];
    return {
      id, kwargs, actionKind: text ? 'text' : 'other', episodes, format, honest, random, classes, chance, threshold: limit,
      exploits: results, afterEnd, exploitable: findings.length > 0, findings, seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    return empty(`${(e as Error).name}: ${(e as Error).message}`);
  } finally {
    await env.close().catch(() => undefined);
  }
}

/** What a policy saw at the start of an episode: the control plays an exploit on another episode's view. */
interface View {
  readonly question: string;
  readonly infos: readonly Readonly<Record<string, unknown>>[];
}

interface Tally {
  readonly wins: number;
  readonly applicable: number;
  readonly errors: number;
  readonly total: number;
}

/** Plays `ex` on every seed; with `views`, episode i is answered from views[i] (another episode's question). */
async function tally(env: AnyEnv, ex: Exploit, seeds: readonly number[], maxSteps: number, frequentGolds: readonly string[], wrap: (g: string) => string, views?: readonly View[]): Promise<Tally> {
  let wins = 0;
  let applicable = 0;
  let errors = 0;
  let total = 0;
  for (const [i, seed] of seeds.entries()) {
    const p = await play(env, seed, maxSteps, ({ observation, question, infos }) => {
      const view = views?.[i];
      const ctx: ExploitContext = view
        ? { observation: view.question, question: view.question, infos: view.infos, frequentGolds, wrap }
        : { observation: String(observation), question: String(question), infos, frequentGolds, wrap };
      return ex.act(ctx);
    });
    if (p.acted) applicable++;
    if (p.wins) wins++;
    errors += p.errors;
    total += p.ret;
  }
  return { wins, applicable, errors, total };
}

/**
 * Runs one exploit, and its control: the same exploit answering each episode from another episode's
 * view. What the control wins is coincidence (small integers are common answers); only wins above it
 * (and above `chance`) are a finding. Coincidence is bounded, though: an answer that does not depend
 * on this episode's question can earn at most what the best guess of a gold earns (`coincidence`),
 * so a control above that means the exploit pays whatever the question (a scorer that accepts
 * `-20!` as "the antiderivative plus a constant"), which is a finding too.
 */
async function runExploit(env: AnyEnv, ex: Exploit, seeds: readonly number[], maxSteps: number, frequentGolds: readonly string[], wrap: (g: string) => string, chance: number, views: readonly View[], coincidence = chance): Promise<ExploitResult> {
  const t = await tally(env, ex, seeds, maxSteps, frequentGolds, wrap);
  const winRate = t.wins / seeds.length;
  let control = 0;
  // a guess does not read the episode (its chance is set by the caller); for the others the control
  // is needed only when the exploit would be flagged against chance alone
  if (!ex.guesses && winRate > threshold(chance, seeds.length)) control = (await tally(env, ex, seeds, maxSteps, frequentGolds, wrap, views)).wins / seeds.length;
  return {
    id: ex.id, family: ex.family, description: ex.description, applicable: t.applicable, episodes: seeds.length, wins: t.wins, winRate,
    controlRate: control, meanReturn: t.total / seeds.length, errors: t.errors,
    exploitable: winRate > threshold(Math.max(chance, control), seeds.length) || control > threshold(Math.max(chance, coincidence), seeds.length),
  };
}

async function afterEndCheck(env: AnyEnv, seeds: readonly number[], maxSteps: number, text: boolean, wrap: (g: string) => string, calGold: ReadonlyMap<number, string>): Promise<AfterEndResult> {
  let tried = 0;
  let refused = 0;
  let paid = 0;
  let example: string | undefined;
  const anyGold = [...calGold.values()][0] ?? '0';
  // by termination (answer probes) and by truncation (stalling, or random actions for other spaces)
  const endings: ((turn: number) => unknown)[] = text ? [(t) => PROBES[t % PROBES.length], () => STALL] : [() => env.actionSpace.sample()];
  for (const seed of seeds) {
    for (const ending of endings) {
      const p = await play(env, seed, maxSteps, ({ turn }) => ending(turn));
      if (p.ended !== 'terminated' && p.ended !== 'truncated') continue;
      for (let k = 0; k < 3; k++) {
        tried++;
        const action = text ? wrap(p.gold ?? anyGold) : env.actionSpace.sample();
        try {
          const r = await env.step(action);
          if (r.reward > 0) paid++;
          example ??= `step ${k + 1} after the episode was ${p.ended} returned reward ${r.reward} (seed ${seed})`;
        } catch (e) {
          if (e instanceof ResetNeededError || (e as Error).name === 'ResetNeededError') refused++;
          else example ??= `step after the episode was ${p.ended} threw ${(e as Error).name}, not ResetNeededError (seed ${seed})`;
        }
      }
    }
  }
  return { tried, refused, paid, exploitable: refused < tried, ...(example ? { example } : {}) };
}
