/**
 * Finding `\boxed{...}` / `\fbox{...}` answers (braces balanced; `\boxed 5` without braces counts
 * too). One scanner for the verifier's extraction, the MATH dataset loader, the format reward and the
 * benchmark baselines.
 */

/** Reads the brace group starting at `open` (an index of "{"); returns the index after its "}". */
function braceEnd(s: string, open: number): number {
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

export function findBoxes(text: string): Box[] {
  const boxes: Box[] = [];
  const re = /\\(?:boxed|fbox)\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + m[0].length;
    if (text[at] === '{') {
      const end = braceEnd(text, at);
      if (end < 0) break;
      boxes.push({ start: m.index, end, body: text.slice(at + 1, end - 1) });
      re.lastIndex = end;
    } else {
      const body = /^[^\s$]+/.exec(text.slice(at))?.[0];
      if (body) boxes.push({ start: m.index, end: at + body.length, body });
    }
    if (boxes.length > 10_000) break;
  }
  return boxes;
}

/** Body of the last box, or undefined if there is none. */
export function lastBoxed(text: string): string | undefined {
  const boxes = findBoxes(text);
  return boxes[boxes.length - 1]?.body;
}
