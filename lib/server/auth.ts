/** Optional bearer-token auth. The token is compared in constant time and never logged. */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** A checker for `Authorization: Bearer <token>` headers; comparing digests keeps the time independent of length and content. */
export function bearerChecker(token: string): (header: string | undefined) => boolean {
  const want = digest(token);
  return (header) => {
    const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
    return timingSafeEqual(digest(m ? m[1].trim() : ''), want) && m !== null;
  };
}
