/**
 * Weighted composite datasets (reasoning-gym's CompositeDataset): item i picks a component with
 * probability proportional to its weight, using an Rng seeded from (seed, i), then generates that
 * component's item. Items are a pure function of (seed, i), like every generated dataset.
 */
import { ConfigError } from '../lib/errors.js';
import type { ProblemRecord } from './record.js';
import { checkConfig, itemRng, type TaskGenerator } from './generators/generator.js';

export interface CompositeComponent {
  readonly generator: TaskGenerator;
  readonly weight: number;
  readonly difficulty?: number;
}

export interface CompositeConfig {
  readonly seed?: number;
  readonly size?: number;
}

/** The `size` items of the composite, in order; `metadata.component` names the family. */
export function* generateComposite(components: readonly CompositeComponent[], config: CompositeConfig = {}): Generator<ProblemRecord> {
  if (components.length === 0) throw new ConfigError('generateComposite needs at least one component');
  const names = components.map((c) => c.generator.name);
  if (new Set(names).size !== names.length) throw new ConfigError(`generateComposite: duplicate components ${names.join(', ')}; give each family once`);
  const seed = config.seed ?? 0;
  const size = config.size ?? 500;
  const difficulties = components.map((c) => checkConfig(c.generator, { seed, size, difficulty: c.difficulty ?? 1 }).difficulty);
  const weights = components.map((c) => c.weight);
  for (let i = 0; i < size; i++) {
    // the component is picked from "level 0", the item drawn at its own level (as generateItem does)
    const k = itemRng(seed, i, 0).weightedIndex(weights);
    const c = components[k] as CompositeComponent;
    const item = c.generator.generate(itemRng(seed, i, difficulties[k] as number), difficulties[k] as number, i);
    yield { ...item, metadata: { ...item.metadata, component: c.generator.name } };
  }
}
