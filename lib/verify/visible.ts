/**
 * What a reader sees of a completion. A completion is graded on its rendered content: text that does
 * not render (\phantom, \iffalse...\fi, HTML comments, zero-width characters, struck-out \cancel) is
 * removed, and a completion that reprograms LaTeX (\renewcommand, \def, \newcommand, \let, TeX
 * conditionals, \catcode, \let\a\b) or colours text (possibly white on white) is refused: a reader cannot tell
 * what it shows, so it has no answer. Markdown bold (`**Answer:** 5`) is unwrapped.
 */
import { braceEnd } from './boxed.js';

export type Visible = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Commands that change what other LaTeX means or hide text behind a colour. */
const REFUSED = /\\(?:(?:re)?newcommand|providecommand|(?:re)?newenvironment|DeclareMathOperator|[gex]?def|futurelet|catcode|csname|expandafter|makeatletter|if(?!false(?![a-zA-Z])|f(?![a-zA-Z]))[a-zA-Z]*|color|textcolor|colorbox|fcolorbox|pagecolor|llap|rlap|mathllap|mathrlap|clap|mathclap)(?![a-zA-Z])/;

/** Commands whose brace argument does not show, or shows struck out: the argument is dropped. */
const HIDDEN_ARG = /\\(?:phantom|hphantom|vphantom|cancel|bcancel|xcancel|sout|st)\s*(?=\{)/g;

/** Drops `\phantom{...}`-like commands with their argument; an unclosed one hides the rest. */
function dropHiddenArgs(s: string): string {
  if (!s.includes('phantom') && !s.includes('cancel') && !s.includes('\\s')) return s;
  let out = '';
  let from = 0;
  HIDDEN_ARG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIDDEN_ARG.exec(s)) !== null) {
    const open = m.index + m[0].length;
    const end = braceEnd(s, open);
    out += s.slice(from, m.index);
    from = end < 0 ? s.length : end;
    HIDDEN_ARG.lastIndex = from;
    if (end < 0) break;
  }
  return out + s.slice(from);
}

/** The text a reader sees, or why the completion cannot be read. */
export function visibleText(input: string): Visible {
  let s = input;
  // no command, comment or bold: nothing can hide
  if (!s.includes('\\') && !s.includes('<!--') && !s.includes('**') && !s.includes('%') && !/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(s)) return { ok: true, text: s };
  if (s.includes('<!--')) s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  // zero-width characters render as nothing: "1\u200b2" reads "12"
  s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  // a line that starts with % is a LaTeX comment: "% \\boxed{5}" shows nothing
  if (s.includes('%')) s = s.replace(/^[ \t]*%.*$/gm, '');
  if (s.includes('\\iffalse')) s = s.replace(/\\iffalse(?![a-zA-Z])[\s\S]*?(?:\\fi(?![a-zA-Z])|$)/g, ' ');
  // \let aliasing one command to another (\let\boxed\phantom); "\let\angle B" in human-written data only breaks the rendering
  const refused = REFUSED.exec(s) ?? /\\let\s*(?:\\(?:boxed|fbox)\b|\\[a-zA-Z]+\s*=?\s*\\[a-zA-Z]+)/.exec(s);
  if (refused) return { ok: false, reason: `the completion uses ${refused[0]}, which redefines LaTeX or hides text; what it shows cannot be read` };
  s = dropHiddenArgs(s);
  // markdown bold around words ("**Answer:** 5", "**Evelyn**"), not Python powers ("x**2")
  if (s.includes('**')) s = s.replace(/(?<![\w*\\])\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*(?![\w*])/g, '$1');
  return { ok: true, text: s };
}

/**
 * A `%` inside a LaTeX answer starts a comment that hides the rest of its line ("\boxed{5 % 6}"
 * shows 5 and a broken box). A trailing percent sign ("28%") is a percent, not a comment.
 */
export function hasLatexComment(answer: string): boolean {
  return /(?<!\\)%[ \t]*[^\s}$.,;)\]]/.test(answer);
}
