/**
 * `mathgym eval`: evaluates a policy on held-out seeds through the environment's own reward: a `mathgym train`
 * checkpoint in-process, or a model behind an OpenAI-compatible endpoint.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { makeVec } from '../../core/vector/make-vec.js';
import { ConfigError } from '../../errors.js';
import { checkSplit } from '../../core/split.js';
import { evaluate, taskPolicy } from '../../rl/evaluate.js';
import { splitKwargs } from '../../rl/trainer.js';
import { loadCheckpointPolicy } from '../../policy/checkpoint-policy.js';
import { runEpisodes, type EpisodeRecord } from '../../policy/episodes.js';
import { OpenAIChatPolicy } from '../../policy/openai-policy.js';
import { summarizeEpisodes } from '../../policy/report.js';
import { collect, parseIntOption, parseKwargs, printJson, progressBar } from '../util.js';

interface EvalOpts {
  checkpoint?: string;
  endpoint?: string;
  n?: number;
  episodes?: number;
  seedBase: number;
  split: string;
  json?: boolean;
  // --endpoint only (no commander defaults, so that giving one with --checkpoint can be refused)
  model?: string;
  env?: string;
  kwarg?: string[];
  k?: number;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  concurrency?: number;
  maxTurns?: number;
  timeout?: number;
  maxRetries?: number;
  system?: string;
  apiKey?: string;
  out?: string;
  progress: boolean;
}

const ENDPOINT_ONLY = ['model', 'env', 'kwarg', 'k', 'temperature', 'topP', 'maxTokens', 'seed', 'concurrency', 'maxTurns', 'timeout', 'maxRetries', 'system', 'apiKey', 'out'] as const;
const flag = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function parseNumberOption(name: string): (value: string) => number {
  return (value) => {
    const x = Number(value);
    if (value.trim() === '' || !Number.isFinite(x)) throw new ConfigError(`${name} must be a number, got ${JSON.stringify(value)}`);
    return x;
  };
}

/** `mathgym eval`: a checkpoint in-process (--checkpoint), or any OpenAI-compatible server (--endpoint). */
export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description('evaluate a policy on held-out seeds, scored by the environment: a `mathgym train` checkpoint (--checkpoint, greedy, in-process) or a model behind an OpenAI-compatible server (--endpoint: vLLM, llama.cpp, Ollama, mathgym serve-policy)')
    .option('--checkpoint <file>', 'checkpoint.bin from mathgym train (greedy exact match on its env)')
    .option('--endpoint <url>', 'OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (vLLM), http://localhost:8080/v1 (llama-server), http://localhost:11434/v1 (Ollama)')
    .option('--n <n>', 'problems (default 200)', parseIntOption('--n'))
    .option('--episodes <n>', 'same as --n (the older name)', parseIntOption('--episodes'))
    .option('--seed-base <n>', 'problem i is the env reset with seed seed-base + i (training never uses seeds >= 10^9)', parseIntOption('--seed-base'), 1_000_000_000)
    .option('--split <split>', '[--checkpoint] problem split: test (problems the checkpoint never trained on), train or all', 'test')
    .option('--model <name>', '[--endpoint] model name the server serves (required)')
    .option('--env <id>', '[--endpoint] environment (default mathgym/Arithmetic-v0); multi-turn envs run until they end or --max-turns')
    .option('--kwarg <key=value>', '[--endpoint] environment kwarg, e.g. --kwarg difficulty=3 (repeatable)', collect)
    .option('--k <n>', '[--endpoint] samples per problem, for pass@k (default 1)', parseIntOption('--k'))
    .option('--temperature <t>', '[--endpoint] sampling temperature (default 0, greedy, when --k is 1; else 1)', parseNumberOption('--temperature'))
    .option('--top-p <p>', '[--endpoint] nucleus sampling (default: the server\'s)', parseNumberOption('--top-p'))
    .option('--max-tokens <n>', '[--endpoint] most tokens per reply (default: the server\'s)', parseIntOption('--max-tokens'))
    .option('--seed <n>', '[--endpoint] base of the per-request sampling seeds (default 0)', parseIntOption('--seed'))
    .option('--concurrency <n>', '[--endpoint] episodes in flight at once (default 8)', parseIntOption('--concurrency'))
    .option('--max-turns <n>', '[--endpoint] assistant messages per episode at most (default 10)', parseIntOption('--max-turns'))
    .option('--timeout <ms>', '[--endpoint] per-request timeout, per attempt (default 60000)', parseIntOption('--timeout'))
    .option('--max-retries <n>', '[--endpoint] retries of a request that failed to connect, timed out, or got 408/409/429/5xx (default 2)', parseIntOption('--max-retries'))
    .option('--system <text>', '[--endpoint] a system message before each episode\'s first observation')
    .option('--api-key <key>', '[--endpoint] API key (default $OPENAI_API_KEY; local servers need none); never printed')
    .option('--out <file.jsonl>', '[--endpoint] write one line per episode (conversation, reward, error)')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExactly one of --checkpoint and --endpoint.\n' +
        'With --endpoint, a request that still fails after --max-retries makes its episode an error: errors are reported apart and are not counted as wrong answers (accuracy is over completed episodes); the exit status is 1 when every episode failed.\n' +
        'Env messages with info.role "tool" are sent as user messages. Details: docs/policy.md.',
    )
    .action(async (opts: EvalOpts) => {
      if ((opts.checkpoint === undefined) === (opts.endpoint === undefined)) {
        throw new ConfigError('give exactly one of --checkpoint <file> (a mathgym train checkpoint, run in-process) or --endpoint <url> (an OpenAI-compatible server, e.g. http://localhost:8000/v1)');
      }
      if (opts.n !== undefined && opts.episodes !== undefined && opts.n !== opts.episodes) throw new ConfigError(`--n ${opts.n} and --episodes ${opts.episodes} disagree; --episodes is the older name of --n, give one`);
      const n = opts.n ?? opts.episodes ?? 200;
      if (n < 1) throw new ConfigError('--n must be at least 1');
      if (opts.checkpoint !== undefined) {
        const given = ENDPOINT_ONLY.filter((key) => opts[key] !== undefined);
        if (given.length) throw new ConfigError(`${given.map(flag).join(', ')} ${given.length > 1 ? 'apply' : 'applies'} to --endpoint only`);
        return evalCheckpoint(opts.checkpoint, n, opts);
      }
      return evalEndpoint(opts.endpoint!, n, opts);
    });
}

async function evalCheckpoint(path: string, n: number, opts: EvalOpts): Promise<void> {
  const { model, task, env, maxNewTokens } = await loadCheckpointPolicy(path);
  // by default the test split: problems the checkpoint never trained on
  const split = checkSplit('eval --split', opts.split);
  const kwargs = split === 'all' ? task.envKwargs : splitKwargs(task, split);
  const envs = await makeVec<string, string>(task.envId, { numEnvs: Math.min(64, n), kwargs });
  try {
    const accuracy = (await evaluate(envs, { kind: 'text', policy: taskPolicy(model, task), sample: { temperature: 0, topP: 1, maxNewTokens } }, { episodes: n, seedBase: opts.seedBase })).exactMatch;
    const out = { checkpoint: path, env, split, episodes: n, seedBase: opts.seedBase, accuracy };
    if (opts.json) return printJson(out);
    console.log(`${env}: greedy exact match ${accuracy.toFixed(3)} on ${n} ${split}-split episodes (seeds from ${opts.seedBase})`);
  } finally {
    await envs.close();
  }
}

async function evalEndpoint(endpoint: string, n: number, opts: EvalOpts): Promise<void> {
  if (opts.model === undefined) throw new ConfigError('--model is required with --endpoint: the name the server serves its model under (GET <endpoint>/models lists them)');
  const k = opts.k ?? 1;
  if (k < 1) throw new ConfigError('--k must be at least 1');
  const temperature = opts.temperature ?? (k === 1 ? 0 : 1);
  const env = opts.env ?? 'mathgym/Arithmetic-v0';
  const envKwargs = parseKwargs(opts.kwarg);
  const policy = new OpenAIChatPolicy({
    baseURL: endpoint,
    model: opts.model,
    apiKey: opts.apiKey ?? process.env.OPENAI_API_KEY,
    temperature,
    topP: opts.topP,
    maxTokens: opts.maxTokens,
    timeoutMs: opts.timeout,
    maxRetries: opts.maxRetries,
  });
  const check = await policy.checkEndpoint();
  for (const w of check.warnings) process.stderr.write(`mathgym eval: warning: ${w}\n`);
  const bar = progressBar(n * k, 'eval', opts.progress && !opts.json);
  let solved = 0;
  let failed = 0;
  const t0 = performance.now();
  let records: EpisodeRecord[];
  try {
    records = await runEpisodes(
      policy,
      {
        envId: env,
        envKwargs,
        problems: n,
        samples: k,
        seedBase: opts.seedBase,
        samplingSeed: opts.seed,
        concurrency: opts.concurrency,
        maxTurns: opts.maxTurns,
        system: opts.system,
        onEpisode: (r, done) => {
          if (r.error) failed++;
          else if (r.success) solved++;
          bar.tick({ status: `acc ${(solved / Math.max(1, done - failed)).toFixed(3)} errors ${failed}` });
        },
      },
      policy.classify,
    );
  } finally {
    bar.stop();
  }
  const seconds = (performance.now() - t0) / 1000;
  if (opts.out) await writeFile(opts.out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const s = summarizeEpisodes(records, k);
  const out = {
    endpoint,
    model: opts.model,
    env,
    envKwargs,
    problems: n,
    seedBase: opts.seedBase,
    sampling: { temperature, topP: opts.topP ?? null, maxTokens: opts.maxTokens ?? null, seed: opts.seed ?? 0 },
    ...s,
    passAt1: s.accuracy,
    seconds,
    ...(opts.out ? { out: opts.out } : {}),
  };
  if (s.completed === 0) process.exitCode = 1;
  if (opts.json) return printJson(out);
  const f = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
  console.log(`${env} via ${endpoint} (${opts.model}): accuracy (pass@1) ${f(s.accuracy)}${k > 1 ? `, pass@${k} ${f(s.passAtK)}` : ''} on ${n} problems x ${k} samples (seeds from ${opts.seedBase}, temperature ${temperature})`);
  console.log(`mean reward ${f(s.meanReward)}, mean turns ${f(s.meanTurns)}; ${s.completed} episodes completed, ${s.errors} errors${s.errors ? ` (${Object.entries(s.errorsByKind).map(([kind, c]) => `${kind}: ${c}`).join(', ')})` : ''}; ${seconds.toFixed(1)} s`);
  for (const [kind, message] of Object.entries(s.errorExamples)) console.error(`mathgym eval: ${kind} errors, e.g.: ${message}`);
  if (s.completed === 0) console.error(`mathgym eval: no episode completed: all ${s.episodes} failed; nothing was scored`);
}
