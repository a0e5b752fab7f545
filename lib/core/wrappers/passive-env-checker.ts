/**
 * PassiveEnvChecker: the wrapper `make` puts innermost to check an environment's spaces and first results
 * against the Env contract without changing anything.
 */
import type { Env, ResetArgs, ResetResult, StepResult } from '../env.js';
import { checkResetResult, checkSpaces, checkStepResult } from '../passive-checks.js';
import { Wrapper } from '../wrapper.js';

/**
 * Checks the spaces at construction and the first reset and step results (Gymnasium's
 * PassiveEnvChecker). Never changes data; throws EnvCheckError on contract violations.
 */
export class PassiveEnvChecker<Obs, Act> extends Wrapper<Obs, Act> {
  private checkedReset = false;
  private checkedStep = false;

  constructor(env: Env<Obs, Act>) {
    super(env);
    checkSpaces(env as Env<unknown, unknown>);
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    const r = await this.env.reset(args);
    if (!this.checkedReset) {
      this.checkedReset = true;
      checkResetResult(this.env as Env<unknown, unknown>, r);
    }
    return r;
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    const r = await this.env.step(action);
    if (!this.checkedStep) {
      this.checkedStep = true;
      checkStepResult(this.env as Env<unknown, unknown>, r);
    }
    return r;
  }
}
