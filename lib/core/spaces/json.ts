/** `spaceFromJSON`: rebuilds a space (composites included) from its `toJSON()` form. */
import { ConfigError, SpaceError } from '../../errors.js';
import { AnyOf } from './any-of.js';
import { Box, decodeNumber, type BoxDtype } from './box.js';
import { describe, isArrayLike, isPlainObject, Discrete } from './discrete.js';
import { Dict } from './dict.js';
import { MultiBinary } from './multi-binary.js';
import { MultiDiscrete } from './multi-discrete.js';
import { Sequence } from './sequence.js';
import type { Space, SpaceJSON } from './space.js';
import { Text } from './text.js';
import { Tuple } from './tuple.js';

type AnySpace = Space<unknown, unknown>;
type Params = Record<string, unknown>;

/** "inf"/"-inf" strings back to ±Infinity; anything else is left for the constructor to judge. */
const bound = (b: unknown): unknown => (isArrayLike(b) ? Array.from(b, (v) => decodeNumber(v) ?? v) : (decodeNumber(b) ?? b));

const member = (path: string, key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

// Constructor arguments are passed through as `unknown` cast to the declared types: every constructor
// validates its arguments at run time and throws ConfigError, which `build` turns into a SpaceError.
const BUILDERS: Record<string, { params: readonly string[]; build: (p: Params, path: string) => AnySpace }> = {
  Discrete: { params: ['n', 'start'], build: (p) => new Discrete(p.n as number, { start: p.start as number }) },
  Box: {
    params: ['low', 'high', 'shape', 'dtype'],
    build: (p) => new Box({ low: bound(p.low) as number[], high: bound(p.high) as number[], shape: p.shape as number[], dtype: p.dtype as BoxDtype }),
  },
  MultiDiscrete: { params: ['nvec', 'start'], build: (p) => new MultiDiscrete(p.nvec as number[], { start: p.start as number[] }) },
  MultiBinary: { params: ['n'], build: (p) => new MultiBinary(p.n as number) },
  Text: {
    params: ['maxLength', 'minLength', 'charset'],
    build: (p) => new Text({ maxLength: p.maxLength as number, minLength: p.minLength as number, charset: p.charset as string }),
  },
  Dict: {
    params: ['spaces'],
    build: (p, path) => {
      if (!isPlainObject(p.spaces)) throw new SpaceError(`${path}.spaces: expected an object of space JSONs, got ${describe(p.spaces)}.`);
      const spaces = p.spaces;
      return new Dict(Object.fromEntries(Object.keys(spaces).map((k) => [k, build(spaces[k], member(`${path}.spaces`, k))])));
    },
  },
  Tuple: {
    params: ['spaces'],
    build: (p, path) => {
      if (!Array.isArray(p.spaces)) throw new SpaceError(`${path}.spaces: expected an array of space JSONs, got ${describe(p.spaces)}.`);
      return new Tuple(p.spaces.map((s: unknown, i) => build(s, `${path}.spaces[${i}]`)));
    },
  },
  AnyOf: {
    params: ['spaces'],
    build: (p, path) => {
      if (!Array.isArray(p.spaces)) throw new SpaceError(`${path}.spaces: expected an array of space JSONs, got ${describe(p.spaces)}.`);
      return new AnyOf(p.spaces.map((s: unknown, i) => build(s, `${path}.spaces[${i}]`)));
    },
  },
  Sequence: { params: ['featureSpace'], build: (p, path) => new Sequence(build(p.featureSpace, `${path}.featureSpace`)) },
};

function build(json: unknown, path: string): AnySpace {
  if (!isPlainObject(json) || typeof json.type !== 'string') {
    throw new SpaceError(`${path}: expected a space JSON object {type, ...params}, got ${describe(json)}. Pass the output of space.toJSON().`);
  }
  const { type, ...params } = json;
  const builder = Object.hasOwn(BUILDERS, type) ? BUILDERS[type] : undefined;
  if (builder === undefined) {
    throw new SpaceError(`${path}: unknown space type ${JSON.stringify(type)}. Expected one of ${Object.keys(BUILDERS).join(', ')}.`);
  }
  const extra = Object.keys(params).filter((k) => !builder.params.includes(k));
  if (extra.length > 0) {
    throw new SpaceError(`${path}: unknown ${type} parameter(s) ${extra.join(', ')}. Expected only ${builder.params.join(', ')}.`);
  }
  try {
    return builder.build(params, path);
  } catch (e) {
    // Subspace errors are already SpaceErrors with their own path; only this level's ConfigErrors are wrapped.
    if (e instanceof ConfigError) throw new SpaceError(`${path} (${type}): ${e.message}`);
    throw e;
  }
}

/** Rebuilds a space from `space.toJSON()`; throws SpaceError naming the offending path (`$`, `$.spaces.a`, ...). */
export function spaceFromJSON(json: SpaceJSON): AnySpace {
  return build(json, '$');
}
