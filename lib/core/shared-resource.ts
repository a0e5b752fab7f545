/**
 * A process-wide resource shared by environments (a worker pool), reference-counted: each `acquire`
 * must be paired with one `release`; the resource is created on the first acquire and closed when the
 * last user releases it. A release of something that is not the current resource is ignored.
 */
export interface SharedResource<T> {
  acquire(): T;
  release(resource: T): Promise<void>;
}

export function sharedResource<T>(create: () => T, close: (resource: T) => Promise<void>): SharedResource<T> {
  let shared: { resource: T; users: number } | undefined;
  return {
    acquire(): T {
      shared ??= { resource: create(), users: 0 };
      shared.users += 1;
      return shared.resource;
    },
    async release(resource: T): Promise<void> {
      if (!shared || shared.resource !== resource) return;
      shared.users -= 1;
      if (shared.users <= 0) {
        shared = undefined;
        await close(resource);
      }
    },
  };
}
