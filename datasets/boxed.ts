/** The last `\boxed{...}` (or `\fbox{...}`) of a LaTeX solution: the MATH dataset's answer convention. */

/** Body of the last box, braces balanced; `\boxed 5` (no braces) counts too. undefined if none. */
export function lastBoxed(text: string): string | undefined {
  const at = Math.max(text.lastIndexOf('\\boxed'), text.lastIndexOf('\\fbox'));
  if (at < 0) return undefined;
  let k = at + (text.startsWith('\\boxed', at) ? 6 : 5);
  while (text[k] === ' ') k++;
  if (text[k] !== '{') {
    const bare = /^[^\s$]+/.exec(text.slice(k))?.[0];
    return bare === undefined ? undefined : bare;
  }
  let depth = 0;
  for (let j = k; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(k + 1, j);
  }
  return undefined;
}
