/** `mathgym web --screenshot`: a PNG of the playground with a training run in progress (the README's picture). */
import { writeFileSync } from 'node:fs';
import { launchPlayground } from './browser.js';

export interface ScreenshotOptions {
  /** Take the picture once the run has done this many RL updates (default 5). */
  readonly afterUpdates?: number;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Page query, e.g. 'backend=gpu'. */
  readonly query?: string;
}

/** Starts training from the page's Train button, waits for `afterUpdates` GRPO updates, writes the PNG; returns the status line shown. */
export async function playgroundScreenshot(file: string, opts: ScreenshotOptions = {}): Promise<string> {
  const pg = await launchPlayground({ viewport: opts.viewport ?? { width: 1280, height: 720 }, ...(opts.query ? { query: opts.query } : {}) });
  try {
    const { page } = pg;
    // a hand-played step too, so the play panel shows a verdict
    await page.type('#action', '7');
    await page.click('#play-form button[type=submit]');
    await page.click('#verify-form button[type=submit]');
    await page.click('#train-start');
    const n = opts.afterUpdates ?? 5;
    await page.waitForFunction(`/grpo step (\\d+)/.test(document.getElementById('train-status').textContent) && Number(/grpo step (\\d+)/.exec(document.getElementById('train-status').textContent)[1]) >= ${n}`, { timeout: 600_000 });
    await page.click('#train-pause');
    writeFileSync(file, await page.screenshot({ type: 'png' }));
    return (await page.evaluate("document.getElementById('train-status').textContent")) as string;
  } finally {
    await pg.close();
  }
}
