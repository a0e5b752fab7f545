/**
 * Batched infos, as Gymnasium's VectorEnv._add_info: one array per key with an entry per sub-env,
 * and a boolean mask `_key` saying which sub-envs reported it. Missing entries hold 0 (numbers),
 * false (booleans) or null; nested objects are batched recursively.
 */
import type { Info } from '../env.js';

export type BatchedInfo = Record<string, unknown>;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !ArrayBuffer.isView(x) && Object.getPrototypeOf(x) === Object.prototype;
}

function fill(value: unknown, n: number): unknown[] {
  const blank = typeof value === 'number' ? 0 : typeof value === 'boolean' ? false : null;
  return new Array<unknown>(n).fill(blank);
}

/** Adds sub-env `index`'s info into `infos` (mutating and returning it). */
export function addInfo(infos: BatchedInfo, info: Info, index: number, numEnvs: number): BatchedInfo {
  for (const [key, value] of Object.entries(info)) {
    const prev0 = infos[key];
    if (isPlainObject(value) && !Array.isArray(prev0)) {
      infos[key] = addInfo(isPlainObject(prev0) ? prev0 : {}, value, index, numEnvs);
    } else {
      // scalars, and objects under a key other sub-envs filled with scalars, go into one array
      const array = Array.isArray(prev0) ? prev0 : fill(value, numEnvs);
      array[index] = value;
      infos[key] = array;
    }
    const mask = infos[`_${key}`];
    const maskArray = Array.isArray(mask) ? (mask as boolean[]) : new Array<boolean>(numEnvs).fill(false);
    maskArray[index] = true;
    infos[`_${key}`] = maskArray;
  }
  return infos;
}

/** Inverse view: the list of per-env infos (Gymnasium's DictInfoToList), reading only masked entries. */
export function infoToList(infos: BatchedInfo, numEnvs: number): Info[] {
  const out: Info[] = Array.from({ length: numEnvs }, () => ({}));
  for (const [key, value] of Object.entries(infos)) {
    if (key.startsWith('_')) continue;
    const mask = infos[`_${key}`] as boolean[] | undefined;
    if (isPlainObject(value)) {
      const nested = infoToList(value, numEnvs);
      nested.forEach((n, i) => {
        if (mask?.[i]) (out[i] as Info)[key] = n;
      });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (mask?.[i]) (out[i] as Info)[key] = v;
      });
    }
  }
  return out;
}
