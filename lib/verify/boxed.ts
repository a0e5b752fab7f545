/**
 * Finding `\boxed{...}` / `\fbox{...}` answers (braces balanced; `\boxed 5` without braces counts
 * too). One scanner for the verifier's extraction, the MATH dataset loader, the format reward and the
 * benchmark baselines.
 */

/** Reads the brace group starting at `open` (an index of "{"); returns the index after its "}", or -1 when it never closes. */
export function braceEnd(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
  }
  return -1;
}

export interface Box {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

export interface BoxScan {
  readonly boxes: Box[];
  /** Where a `\\boxed{` that never closes starts (it hides every later box), or -1. */
  readonly unclosedAt: number;
}

/** Every box in order, and the first one whose brace never closes. */
export function scanBoxes(text: string): BoxScan {
  const boxes: Box[] = [];
  const re = /\\(?:boxed|fbox)\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + m[0].length;
    if (text[at] === '{') {
      const end = braceEnd(text, at);
      if (end < 0) return { boxes, unclosedAt: m.index };
      boxes.push({ start: m.index, end, body: text.slice(at + 1, end - 1) });
      re.lastIndex = end;
    } else {
      const body = /^[^\s$]+/.exec(text.slice(at, at + 200))?.[0];
      if (body) boxes.push({ start: m.index, end: at + body.length, body });
    }
  }
  return { boxes, unclosedAt: -1 };
}

export function findBoxes(text: string): Box[] {
  return scanBoxes(text).boxes;
}

/** Body of the last box, or undefined if there is none. */
export function lastBoxed(text: string): string | undefined {
  const boxes = findBoxes(text);
  return boxes[boxes.length - 1]?.body;
}
