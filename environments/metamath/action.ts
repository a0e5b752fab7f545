/**
 * The text form of a proof step for `mathgym/MetamathProof-v0`:
 *
 *   ax-mp                        apply ax-mp to the current goal (goal 1)
 *   #2 mp2.1                     apply the hypothesis mp2.1 to goal 2
 *   ax-mp ph := ( ps -> ch )     fix a variable of the assertion (several: separate with ;)
 *   {"label": "ax-mp", "goal": 1, "substitution": {"ph": "ps"}}   the same as JSON
 *   undo                         take back the last step
 */
export type ProofStepAction =
  | { readonly kind: 'apply'; readonly label: string; /** 0-based */ readonly goal: number; readonly substitution: Readonly<Record<string, string>> }
  | { readonly kind: 'undo' };

export const ACTION_FORMAT = '`label`, `#<goal> label`, `label var := expr ; var := expr`, JSON {"label","goal","substitution"}, or `undo`';

/** Parses an action; a string error says what is wrong with it. */
export function parseStepAction(text: string): ProofStepAction | string {
  const s = text.trim();
  if (s === '') return `empty action; expected ${ACTION_FORMAT}.`;
  if (s === 'undo') return { kind: 'undo' };
  if (s.startsWith('{')) {
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch (e) {
      return `action is not valid JSON (${(e as Error).message}); expected {"label": "...", "goal": 1, "substitution": {...}}.`;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'a JSON action must be an object {"label", "goal"?, "substitution"?}.';
    const o = v as Record<string, unknown>;
    if (typeof o.label !== 'string' || o.label === '') return 'a JSON action needs "label": a non-empty string.';
    const goal = o.goal ?? 1;
    if (typeof goal !== 'number' || !Number.isInteger(goal) || goal < 1) return '"goal" must be an integer >= 1 (1 = the current goal).';
    const sub = o.substitution ?? {};
    if (typeof sub !== 'object' || sub === null || Array.isArray(sub) || Object.values(sub).some((x) => typeof x !== 'string')) {
      return '"substitution" must be an object mapping variable names to expression strings.';
    }
    return { kind: 'apply', label: o.label, goal: goal - 1, substitution: sub as Record<string, string> };
  }
  let rest = s;
  let goal = 0;
  const g = /^#(\d+)\s+/.exec(rest);
  if (g) {
    goal = Number(g[1]) - 1;
    if (goal < 0) return 'goal numbers start at 1.';
    rest = rest.slice(g[0].length);
  }
  const sp = rest.search(/\s/);
  const m = sp < 0 ? [rest, rest, ''] : [rest, rest.slice(0, sp), rest.slice(sp + 1)];
  const substitution: Record<string, string> = {};
  if (m[2]) {
    // split by hand, not by a backtracking regex: actions come from untrusted policies
    for (const part of m[2].split(';')) {
      const at = part.indexOf(':=');
      const name = at < 0 ? '' : part.slice(0, at).trim();
      const value = at < 0 ? '' : part.slice(at + 2).trim();
      if (!name || /\s/.test(name) || !value) return `cannot read substitution "${part.trim().slice(0, 80)}"; write var := expression, separated by ;.`;
      substitution[name] = value;
    }
  }
  return { kind: 'apply', label: m[1], goal, substitution };
}

/** The text form of an apply action (inverse of parseStepAction for labels and goal numbers). */
export function formatStepAction(label: string, goal = 0): string {
  return goal > 0 ? `#${goal + 1} ${label}` : label;
}
