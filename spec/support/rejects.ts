/** `await rejects(promise)`: the error a promise rejects with (the test fails if it resolves). */
import { expect } from 'chai';

export async function rejects(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  return expect.fail('expected a rejection, the promise resolved');
}
