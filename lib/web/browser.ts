/**
 * Driving the playground in headless Chromium (Debian's `chromium`, through puppeteer-core: no browser
 * download). Used by the playground's spec, `mathgym bench web` and the README screenshot.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'puppeteer-core';
import { ConfigError } from '../errors.js';
import { loadWebBundle } from './bundle.js';
import { serveWeb, type WebServer } from './server.js';

/** The Chromium to drive: $MATHGYM_CHROMIUM, else `chromium` / `chromium-browser` on PATH; undefined (with why) when none. */
export function findChromium(): { path: string } | { path: undefined; reason: string } {
  const fromEnv = process.env.MATHGYM_CHROMIUM;
  if (fromEnv) return { path: fromEnv };
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return { path };
    } catch {
      // not on PATH
    }
  }
  return { path: undefined, reason: 'no Chromium found: install Debian\'s `chromium` (apt-get install chromium; .ci/run does) or set MATHGYM_CHROMIUM' };
}

export interface Playground {
  readonly browser: Browser;
  readonly page: Page;
  readonly server: WebServer;
  /** Errors the page logged or threw (console.error, uncaught exceptions). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags (e.g. --disable-webgl). */
  readonly args?: readonly string[];
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Query string of the page URL (e.g. 'backend=js'). */
  readonly query?: string;
  /** An already built bundle (saves ~1 s per launch). */
  readonly bundle?: string;
}

/** Serves the playground on loopback, opens it in headless Chromium and waits until it has started. */
export async function launchPlayground(opts: LaunchOptions = {}): Promise<Playground> {
  const chromium = findChromium();
  if (chromium.path === undefined) throw new ConfigError(chromium.reason);
  let launch: (typeof import('puppeteer-core'))['launch'];
  try {
    ({ launch } = await import('puppeteer-core'));
  } catch (e) {
    throw new ConfigError('puppeteer-core is not installed (a devDependency: run npm install in the repository)', { cause: e });
  }
  const server = await serveWeb(opts.bundle ?? (await loadWebBundle()).js, { port: 0, host: '127.0.0.1' });
  let browser: Browser | undefined;
  try {
    // SwiftShader gives headless Chromium a WebGL2 context without a GPU
    browser = await launch({
      executablePath: chromium.path,
      headless: true,
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(opts.args ?? [])],
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.setViewport(opts.viewport ?? { width: 1280, height: 900 });
    await page.goto(`${server.url}${opts.query ? `?${opts.query}` : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'mathgym' in globalThis, { timeout: 30_000 });
    await page.evaluate(() => (globalThis as unknown as { mathgym: { ready: Promise<void> } }).mathgym.ready);
    const b = browser;
    return { browser: b, page, server, pageErrors, close: async () => { await b.close(); await server.close(); } };
  } catch (e) {
    await browser?.close();
    await server.close();
    throw e;
  }
}
