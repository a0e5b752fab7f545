/** Gymnasium-style spaces. */
export { isSpace, Space } from './space.js';
export type { SeedResult, SpaceJSON } from './space.js';
export { Discrete } from './discrete.js';
export { Box } from './box.js';
export type { BoxArrays, BoxDtype, BoxOptions, JsonNumber } from './box.js';
export { MultiDiscrete } from './multi-discrete.js';
export { MultiBinary } from './multi-binary.js';
export { ALPHANUMERIC_CHARSET, PRINTABLE_CHARSET, Text } from './text.js';
export type { TextMask, TextOptions } from './text.js';
export { Dict } from './dict.js';
export { Tuple } from './tuple.js';
export { Sequence } from './sequence.js';
export { AnyOf } from './any-of.js';
export type { SequenceMask } from './sequence.js';
export { spaceFromJSON } from './json.js';
