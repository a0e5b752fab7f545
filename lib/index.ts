/**
 * mathgym's public API. Everything a user may import is re-exported here by name; nothing else is public
 * except the benchmark harness, `mathgym/bench` (lib/bench/index.ts).
 * Pure re-exports, no side effects: the default registry registers the built-in environments itself at first use.
 */

export * from './errors.js';
export { Rng, assertSeed, randomSeed, MAX_SEED } from './core/rng.js';
export { Env, isEnv, type Info, type ResetArgs, type ResetResult, type StepResult, type EnvMetadata } from './core/env.js';
export { Wrapper, ObservationWrapper, RewardWrapper, ActionWrapper } from './core/wrapper.js';
export * from './core/spaces/index.js';
export { ENV_ID_RE, parseEnvId, getEnvId, specToJSON, type EnvSpec, type EnvFactory, type ParsedEnvId, type WrapperSpec } from './core/spec.js';
export {
  Registry,
  registry,
  register,
  make,
  spec,
  listEnvs,
  registerWrapper,
  type RegisterOptions,
  type MakeOptions,
  type WrapperConstructor,
} from './core/registry.js';
export { loadPlugins, pluginsFromEnv } from './core/plugins.js';
export { warn, setWarningHandler, captureWarnings, type MathgymWarning, type WarningHandler } from './core/warnings.js';
export * from './core/wrappers/index.js';
export { VectorEnv, AUTORESET_MODES, type AutoresetMode, type VectorResetArgs, type VectorResetResult, type VectorStepResult } from './core/vector/vector-env.js';
export { SyncVectorEnv } from './core/vector/sync.js';
export { AsyncVectorEnv, type AsyncVectorEnvOptions } from './core/vector/async.js';
export { type EnvTarget } from './core/vector/protocol.js';
export { addInfo, infoToList, type BatchedInfo } from './core/vector/info.js';
export { makeVec, type MakeVecOptions } from './core/vector/make-vec.js';
export { checkEnv, type CheckEnvOptions, type CheckEnvReport } from './core/check-env.js';
export { ArithmeticEnv } from '../environments/arithmetic/index.js';
export * from './verify/index.js';
export * from './rewards/index.js';
export { evaluate, type BatchPolicy, type EvalPolicy, type EvaluateOptions, type EvaluateResult } from './rl/evaluate.js';
export * from '../datasets/index.js';
export { MathQAEnv, MATH_TEXT_CHARSET, DEFAULT_PROMPT_TEMPLATE, type MathQAEnvKwargs, type VerdictInfo } from '../environments/math-qa/index.js';
export { CalculatorToolEnv, CalculatorSandbox, calculate, calculatorBaseline, parseTurn, arithmeticWordProblems, type CalculatorToolEnvKwargs, type CalcLimits, type CalcOutcome, type ToolCallInfo } from '../environments/calculator-tool/index.js';
export { MathQAWithFeedbackEnv, type MathQAWithFeedbackKwargs } from '../environments/math-qa-feedback/index.js';
export { EquationRewriteEnv, type EquationRewriteKwargs, type EquationState } from '../environments/equation-rewrite/index.js';
export * as equationRewrite from '../environments/equation-rewrite/index.js';
export { trainRanker, initialRanker, evaluateRanker, equationRewriteFeaturizer, HELD_OUT_SEED_OFFSET, type CandidateFeaturizer, type TrainRankerConfig, type TrainRankerResult, type RankerMetric, type RankerEnvOptions, type EvaluateRankerOptions, type RankerEvalResult } from './rl/ranker-trainer.js';

export * as metamath from './metamath/index.js';
export * as proverGuide from './metamath/guide/index.js';
export { MetamathProofEnv, parseStepAction, formatStepAction, type MetamathProofKwargs, type ProofStepAction } from '../environments/metamath/index.js';
export { loadMetamath, resolveDatabase, BUNDLED_DATABASES, type LoadedDatabase } from '../datasets/metamath/database.js';
export { selectTargets } from '../datasets/metamath/targets.js';
export { startServer, buildServer, type ServerOptions, type RewardServer } from './server/app.js';
export { RewardClient, ServerError, type ClientOptions, type OpenRlhfResult } from './server/client.js';
export * from './policy/index.js';
export * as nn from './nn/index.js';
export { train, trainCheckpoint, TRAIN_ALGOS, type TrainConfig, type TrainAlgo, type Task, type Metric, type TrainOptions, type TrainResult } from './rl/trainer.js';
export { GRPO_DEFAULTS, PPO_DEFAULTS, TRPO_DEFAULTS, DPO_DEFAULTS, type GrpoConfig, type PpoConfig, type TrpoConfig, type DpoConfig } from './rl/algos/index.js';
export { arithmeticTask, arithmeticTrainConfig, defaultTrainConfig, envTrainer, mathQATask, proceduralTask, taskConfig, TRAINABLE_ENVS, type EnvTrainer, type EnvTrainerOptions } from './rl/tasks.js';
export { difficultyCurriculum, type CurriculumOptions } from './rl/curriculum.js';
export { ValueHead } from './nn/models/value-head.js';
export { redteam, redteamHtml, redteamTable, REDTEAM_HEADER, EXPLOIT_FAMILIES, textExploits, type EnvRedteamReport, type ExploitResult, type AfterEndResult, type RedteamOptions, type Exploit, type ExploitContext } from './redteam/index.js';
