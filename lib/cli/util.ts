/** Small helpers shared by CLI commands: option parsing, tables, JSON output, progress bars. */
import { SingleBar } from 'cli-progress';
import { ConfigError } from '../errors.js';

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses `key=value` pairs; values are JSON when they parse as JSON (`3`, `true`, `[1,2]`), else strings. */
export function parseKwargs(pairs: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ConfigError(`--kwarg expects key=value (e.g. --kwarg difficulty=3), got ${JSON.stringify(pair)}`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    try {
      out[key] = JSON.parse(raw);
    } catch {
      out[key] = raw;
    }
  }
  return out;
}

/** Parses a non-negative integer option, with the option name in the error. */
export function parseIntOption(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0) throw new ConfigError(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
    return n;
  };
}

/** A plain-text table with left-aligned columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A progress bar on stderr, shown only on a terminal and never in --json mode (scripts read stdout). */
export function progressBar(total: number, label: string, enabled: boolean): { tick: (payload?: Record<string, unknown>) => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {status}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
  );
  bar.start(total, 0, { status: '' });
  return { tick: (payload) => bar.increment(1, { status: '', ...payload }), stop: () => bar.stop() };
}
