/** The guide's checkpoint file: model weights, the search weights, and the training theorems (so an evaluation can refuse them). */
import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../../errors.js';
import type { Statement } from '../types.js';
import { DEFAULT_SEARCH_WEIGHTS, LearnedGuide, type SearchWeights } from './learned-guide.js';
import { GuideModel } from './model.js';
import { assertDisjoint, labelFeatures } from './split.js';

export interface GuideCheckpoint {
  readonly model: GuideModel;
  readonly search: SearchWeights;
  /** Labels of the theorems whose proofs (stored or found) were training data. */
  readonly trainLabels: readonly string[];
  /** How it was made (database, seed, rounds, example counts): informational. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export function checkpointJson(c: GuideCheckpoint): Record<string, unknown> {
  return { ...c.model.toJSON(), search: c.search, trainLabels: c.trainLabels, meta: c.meta };
}

export function saveGuide(path: string, c: GuideCheckpoint): void {
  writeFileSync(path, `${JSON.stringify(checkpointJson(c))}\n`);
}

export function parseGuide(json: unknown, where: string): GuideCheckpoint {
  const model = GuideModel.fromJSON(json, where);
  const j = json as { search?: Partial<SearchWeights>; trainLabels?: unknown; meta?: unknown };
  const num = (v: unknown, dflt: number, name: string): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ConfigError(`${where}: search.${name} must be a finite number >= 0, got ${JSON.stringify(v)}.`);
    return v;
  };
  const search = { goalWeight: num(j.search?.goalWeight, DEFAULT_SEARCH_WEIGHTS.goalWeight, 'goalWeight'), stepCost: num(j.search?.stepCost, DEFAULT_SEARCH_WEIGHTS.stepCost, 'stepCost') };
  if (!Array.isArray(j.trainLabels) || j.trainLabels.some((l) => typeof l !== 'string')) throw new ConfigError(`${where}: trainLabels must be the list of training theorem labels.`);
  return { model, search, trainLabels: j.trainLabels as string[], meta: j.meta && typeof j.meta === 'object' ? (j.meta as Record<string, unknown>) : {} };
}

export function loadGuide(path: string): GuideCheckpoint {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read guide checkpoint ${path}: ${e instanceof Error ? e.message : String(e)}; train one with \`mathgym prover train --out ${path}\`.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`guide checkpoint ${path} is not JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  return parseGuide(json, `guide checkpoint ${path}`);
}

/** The search guide of a checkpoint for proving `targets`; ConfigError when it was trained on any of them. */
export function guideForTargets(path: string, targets: readonly Statement[]): { readonly guide: LearnedGuide; readonly checkpoint: GuideCheckpoint } {
  const checkpoint = loadGuide(path);
  assertDisjoint(targets, checkpoint.trainLabels, `guide checkpoint ${path}`);
  return { guide: new LearnedGuide(checkpoint.model, labelFeatures, checkpoint.search), checkpoint };
}
