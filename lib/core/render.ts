/**
 * Text rendering shared by the built-in envs (Gymnasium's render modes for text): `ansi` returns the
 * frame, `human` prints it and returns undefined.
 */
import { ConfigError } from '../errors.js';

/** The frame for `ansi` (or no mode); printed for `human`. */
export function emitRender(text: string, mode: string | undefined): string | undefined {
  if (mode !== 'human') return text;
  console.log(text);
  return undefined;
}

/** Throws a ConfigError naming the modes when `mode` is set and not one of them. */
export function checkRenderMode(where: string, modes: readonly string[], mode: unknown): void {
  if (mode !== undefined && !modes.includes(mode as string)) throw new ConfigError(`${where}: renderMode must be one of ${modes.join(', ')}, got ${JSON.stringify(mode)}`);
}
