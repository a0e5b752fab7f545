/**
 * TransformObservation: maps every observation through a function, with the new observation space declared.
 */
import type { Env } from '../env.js';
import type { Space } from '../spaces/space.js';
import { ObservationWrapper } from '../wrapper.js';

/**
 * Applies `fn` to every observation. Pass the new `observationSpace` when `fn` changes what
 * observations look like, so that checkers and vector envs see the right space.
 */
export class TransformObservation<Obs, Act, InnerObs> extends ObservationWrapper<Obs, Act, InnerObs> {
  private readonly space: Space<Obs, unknown> | undefined;

  constructor(
    env: Env<InnerObs, Act>,
    private readonly fn: (observation: InnerObs) => Obs,
    observationSpace?: Space<Obs, unknown>,
  ) {
    super(env);
    this.space = observationSpace;
  }

  override get observationSpace(): Space<Obs, unknown> {
    return this.space ?? (this.env.observationSpace as unknown as Space<Obs, unknown>);
  }

  observation(observation: InnerObs): Obs {
    return this.fn(observation);
  }
}
