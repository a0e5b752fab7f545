/** Small DOM helpers for the playground page. */

/** The element with `id`, typed. @throws Error when the page lacks it (a page/template mismatch). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the playground page has no #${id}`);
  return el as T;
}

/** Shows `message` in the page's error banner (and keeps earlier ones): errors must be visible, not only in the console. */
export function showError(message: string): void {
  const banner = byId('errors');
  const line = document.createElement('div');
  line.textContent = message;
  banner.append(line);
  banner.hidden = false;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Lets the browser paint and handle input between long synchronous steps. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
