import { expect } from 'chai';
import { NODE_ONLY, NODE_ONLY_MARKER, buildWebBundle } from '../../lib/web/bundle.js';
import { serveWeb, type WebServer } from '../../lib/web/server.js';
import { mathgym } from '../fixtures/run-cli.js';
import { START_LIMIT_MS } from '../support/time-limits.js';

describe('mathgym web: bundle and static server', function () {
  this.timeout(START_LIMIT_MS);
  let bundle = '';
  let server: WebServer | undefined;

  before(async () => {
    bundle = await buildWebBundle();
    server = await serveWeb(bundle, { port: 0, host: '127.0.0.1' });
  });
  after(() => server?.close());

  it('bundles the browser graph with the Node-only modules replaced by stubs that say why', () => {
    // esbuild fails the build on any Node built-in left in the graph (platform: browser)
    expect(bundle.length).to.be.greaterThan(100_000);
    for (const rel of Object.keys(NODE_ONLY)) expect(bundle, rel).to.include(`${rel} ${NODE_ONLY_MARKER}`);
    expect(bundle).not.to.match(/(from|import\()\s*["']node:/);
  });

  it('serves the page and the bundle on loopback, and 404 for anything else', async () => {
    expect(server!.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server!.url);
    expect(page.status).to.equal(200);
    const html = await page.text();
    for (const id of ['env', 'observation', 'verify-form', 'curve', 'train-start', 'train-pause', 'train-download', 'errors']) expect(html).to.include(`id="${id}"`);
    const js = await fetch(new URL('/app.js', server!.url));
    expect(js.headers.get('content-type')).to.match(/javascript/);
    expect((await js.text()).length).to.equal(bundle.length);
    expect((await fetch(new URL('/../package.json', server!.url))).status).to.equal(404);
    expect((await fetch(new URL('/app.js', server!.url), { method: 'POST' })).status).to.equal(404);
  });

  it('mathgym web --help documents --port and --host (loopback by default)', async () => {
    const r = await mathgym(['web', '--help']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include('--port').and.to.include('--host').and.to.include('127.0.0.1');
  });
});
