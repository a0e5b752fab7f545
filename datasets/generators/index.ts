/** The procedural generator families, each also registered as `mathgym/<envName>-v0`. */
import { ConfigError } from '../../lib/errors.js';
import { arithmetic } from './arithmetic.js';
import type { TaskGenerator } from './generator.js';
import { GROUP_A } from './group-a.js';
import { GROUP_B } from './group-b.js';
import { GROUP_C } from './group-c.js';

export * from './generator.js';
export { verifierScore } from './score.js';

export const GENERATORS: readonly TaskGenerator[] = [arithmetic, ...GROUP_A, ...GROUP_B, ...GROUP_C];

export function getGenerator(name: string): TaskGenerator {
  const g = GENERATORS.find((x) => x.name === name || x.envName === name);
  if (!g) throw new ConfigError(`unknown generator family ${JSON.stringify(name)}; choose one of ${GENERATORS.map((x) => x.name).join(', ')}`);
  return g;
}
