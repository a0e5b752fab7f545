/** The playground's static server: the page and its bundle, on loopback by default. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PLAYGROUND_HTML } from './page.js';

export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `/` (the page) and `/app.js` (`bundle`); anything else is 404. Port 0 picks a free port. */
export async function serveWeb(bundle: string, opts: { port: number; host: string }): Promise<WebServer> {
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: PLAYGROUND_HTML },
    '/index.html': { type: 'text/html; charset=utf-8', body: PLAYGROUND_HTML },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: bundle },
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const f = req.method === 'GET' || req.method === 'HEAD' ? files[path] : undefined;
    if (!f) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end(path === '/favicon.ico' ? undefined : `not found: ${path}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : f.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
