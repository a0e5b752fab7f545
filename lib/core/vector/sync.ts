/** SyncVectorEnv: sub-envs live in this thread and are stepped one after another. */
import { ConfigError } from '../../errors.js';
import type { Env } from '../env.js';
import { type SubEnvOp, type SubEnvOutcome, VectorEnv, type VectorEnvOptions } from './vector-env.js';

export class SyncVectorEnv<Obs = unknown, Act = unknown> extends VectorEnv<Obs, Act> {
  readonly envs: readonly Env<Obs, Act>[];

  /** Takes ready-made envs (e.g. from `make`); they must share observation and action spaces. */
  constructor(envs: readonly Env<Obs, Act>[], opts: VectorEnvOptions = {}) {
    const first = envs[0];
    if (!first) throw new ConfigError('SyncVectorEnv needs at least one env.');
    envs.forEach((e, i) => {
      if (!e.observationSpace.equals(first.observationSpace) || !e.actionSpace.equals(first.actionSpace)) {
        throw new ConfigError(`SyncVectorEnv: sub-env ${i} has different spaces from sub-env 0; all sub-envs must share them.`);
      }
    });
    super(envs.length, first.observationSpace, first.actionSpace, opts);
    this.envs = envs;
  }

  /** Builds the envs from factories, like Gymnasium's `SyncVectorEnv(env_fns)`. */
  static async fromFactories<O, A>(fns: readonly (() => Env<O, A> | Promise<Env<O, A>>)[], opts: VectorEnvOptions = {}): Promise<SyncVectorEnv<O, A>> {
    return new SyncVectorEnv(await Promise.all(fns.map((f) => f())), opts);
  }

  protected async run(ops: readonly SubEnvOp<Act>[]): Promise<SubEnvOutcome<Obs>[]> {
    const out: SubEnvOutcome<Obs>[] = [];
    for (const op of ops) out.push(await runOp(this.envs[op.index] as Env<Obs, Act>, op));
    return out;
  }

  protected async closeEnvs(): Promise<void> {
    await Promise.all(this.envs.map((e) => e.close()));
  }
}

/** Executes one op on one env; shared with the async worker. */
export async function runOp<Obs, Act>(env: Env<Obs, Act>, op: SubEnvOp<Act>): Promise<SubEnvOutcome<Obs>> {
  if (op.kind === 'reset') {
    const { observation, info } = await env.reset({ seed: op.seed, options: op.options });
    return { observation, reward: 0, terminated: false, truncated: false, info };
  }
  return env.step(op.action);
}
