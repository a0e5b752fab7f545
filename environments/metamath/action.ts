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
    const substitution = emptySubstitution();
    for (const [name, value] of Object.entries(sub as Record<string, string>)) {
      // JSON.parse keeps the last of repeated keys: count the key's occurrences in the text itself
      const repeats = s.split(new RegExp(`${escapeRegExp(JSON.stringify(name))}\\s*:`)).length - 1;
      const bad = checkName(name, substitution) ?? (repeats > 1 ? `variable \`${name}\` is assigned twice in "substitution"; assign each variable once.` : undefined);
      if (bad) return bad;
      substitution[name] = value;
    }
    return { kind: 'apply', label: o.label, goal: goal - 1, substitution };
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
  const substitution = emptySubstitution();
  if (m[2]) {
    // split by hand, not by a backtracking regex: actions come from untrusted policies
    for (const part of m[2].split(';')) {
      const at = part.indexOf(':=');
      const name = at < 0 ? '' : part.slice(0, at).trim();
      const value = at < 0 ? '' : part.slice(at + 2).trim();
      if (!name || /\s/.test(name) || !value) return `cannot read substitution "${part.trim().slice(0, 80)}"; write var := expression, separated by ;.`;
      const bad = checkName(name, substitution);
      if (bad) return bad;
      substitution[name] = value;
    }
  }
  return { kind: 'apply', label: m[1], goal, substitution };
}

/** A substitution object without a prototype: a variable named `constructor` or `__proto__` is a plain key. */
function emptySubstitution(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Why a substitution may not assign `name` (`__proto__`, or a second assignment), or undefined. */
function checkName(name: string, soFar: Record<string, string>): string | undefined {
  if (name === '__proto__') return `\`${name}\` is not a variable name; a substitution assigns variables of the assertion (var := expression).`;
  if (Object.hasOwn(soFar, name)) return `variable \`${name}\` is assigned twice; assign each variable once.`;
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text form of an apply action (inverse of parseStepAction for labels and goal numbers). */
export function formatStepAction(label: string, goal = 0): string {
  return goal > 0 ? `#${goal + 1} ${label}` : label;
}
