/**
 * Non-fatal notices (an old env version was requested, an env returned NaN reward, ...). They go to
 * one replaceable sink so that tests can capture them and CLIs can route them to stderr.
 */
export interface MathgymWarning {
  readonly code: string;
  readonly message: string;
}

export type WarningHandler = (warning: MathgymWarning) => void;

const defaultHandler: WarningHandler = ({ code, message }) => process.emitWarning(message, { code });
let handler: WarningHandler = defaultHandler;

/** Emits a warning through the current handler. */
export function warn(code: string, message: string): void {
  handler({ code, message });
}

/** Replaces the warning sink; returns the previous one. `undefined` restores the default. */
export function setWarningHandler(next: WarningHandler | undefined): WarningHandler {
  const prev = handler;
  handler = next ?? defaultHandler;
  return prev;
}

/** Runs `fn` and returns the warnings it emitted alongside its result (they are not forwarded). */
export async function captureWarnings<T>(fn: () => Promise<T> | T): Promise<{ result: T; warnings: MathgymWarning[] }> {
  const warnings: MathgymWarning[] = [];
  const prev = setWarningHandler((w) => warnings.push(w));
  try {
    return { result: await fn(), warnings };
  } finally {
    setWarningHandler(prev);
  }
}
