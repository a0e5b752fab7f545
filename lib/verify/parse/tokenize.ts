/**
 * Tokenizer for answers written in LaTeX or plain text (they mix freely in model output). It also
 * does the string-level normalisation Math-Verify's latex2sympy front end does: delimiters,
 * spacing commands, \dfrac, degrees, percent, unicode operators, doubled backslashes.
 */

export type Token =
  | { readonly k: 'num'; readonly text: string } // digits with optional decimal point, separators removed
  | { readonly k: 'id'; readonly name: string } // a single letter, or a known function / constant word
  | { readonly k: 'cmd'; readonly name: string } // \frac, \sqrt, \sin, ... (without backslash)
  | { readonly k: 'op'; readonly v: string } // + - * / ^ _ ! ( ) [ ] { } | , ; : = < > <= >= != & \\ \{ \} pm approx in cup
  | { readonly k: 'text'; readonly s: string } // \text{...}, \mbox{...}, or a plain word
  | { readonly k: 'begin'; readonly env: string }
  | { readonly k: 'end'; readonly env: string };

import { spend } from '../budget.js';

/** Thrown for input the tokenizer cannot make sense of; the caller turns it into "unparseable". */
export class ParseFailure extends Error {}

const FUNCTION_WORDS = new Set([
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh',
  'log', 'ln', 'exp', 'sqrt', 'abs', 'lg',
]);
const CONSTANT_WORDS = new Map([
  ['pi', 'pi'],
  ['infty', 'oo'],
  ['infinity', 'oo'],
  ['inf', 'oo'],
  ['oo', 'oo'],
]);
/** Two-letter unit words that must not read as a product of two variables. */
const UNIT_WORDS = new Set(['cm', 'mm', 'km', 'kg', 'mg', 'ml', 'mL', 'ms', 'hr', 'ft', 'yd', 'mi', 'lb', 'oz', 'sq', 'rs']);
/** Words that join the items of an answer list ("6 and 8", "(11,7) or (7,11)"). */
export const CONNECTORS = new Set(['and', 'or']);

const RELATION_CMDS = new Map([
  ['le', '<='], ['leq', '<='], ['leqslant', '<='], ['ge', '>='], ['geq', '>='], ['geqslant', '>='],
  ['lt', '<'], ['gt', '>'], ['ne', '!='], ['neq', '!='], ['approx', 'approx'], ['in', 'in'],
  ['cup', 'cup'], ['pm', 'pm'], ['mp', 'pm'], ['cdot', '*'], ['times', '*'], ['ast', '*'], ['div', '/'],
  ['colon', ':'], ['mid', '|'], ['vert', '|'], ['lvert', '|'], ['rvert', '|'], ['{', '\\{'], ['}', '\\}'],
  ['lbrace', '\\{'], ['rbrace', '\\}'], ['langle', '('], ['rangle', ')'], ['to', '->'], ['rightarrow', '->'],
  ['Rightarrow', '->'], ['implies', '->'],
]);
/** Commands that only change spacing or style: dropped. */
const IGNORED_CMDS = new Set([
  'left', 'right', 'big', 'Big', 'bigl', 'bigr', 'Bigl', 'Bigr', 'displaystyle', 'limits', 'quad', 'qquad',
  'boxed', 'fbox', 'mathbf', 'mathit', 'bf', 'it', 'rm', 'mathrm', 'boldsymbol', 'bm', 'hline', 'dots',
  'ldots', 'cdots', 'therefore', 'scriptstyle', 'textstyle', 'middle', 'overline', 'underline', 'vec', 'hat',
  'bar', 'dot', 'tilde', 'widehat', 'mathcal', 'mathbb', 'hspace', 'vspace', 'phantom', 'nobreak', 'allowbreak',
]);
const TEXT_CMDS = new Set(['text', 'textbf', 'textit', 'textrm', 'textnormal', 'mbox', 'hbox', 'textsf', 'texttt', 'operatorname']);

/** Character-level cleanup before tokenizing. */
/** Stands for a LaTeX row break (\\\\) between normalisation and tokenizing. */
const ROW = '\u0001';

/**
 * LaTeX mangled by a string escape ("\text" written in a non-raw Python or JSON string): a control
 * character where a backslash and a letter were. Restored when a known command follows.
 */
const MANGLED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\t(?=(?:ext|extbf|imes|heta|an|au|frac|o)(?![a-z]))/g, '\\t'],
  [/\f(?=(?:rac|box)(?![a-z]))/g, '\\f'],
  [/\x08(?=(?:oxed|eta|inom|ar|egin|ig)(?![a-z]))/g, '\\b'],
  [/\r(?=(?:ight|ho|angle|m|ceil|floor)(?![a-z]))/g, '\\r'],
  [/\v(?=(?:ec|arepsilon|arphi|ert)(?![a-z]))/g, '\\v'],
];

export function normalizeText(input: string): string {
  let s = input;
  if (/[\t\f\x08\r\v]/.test(s)) for (const [re, cmd] of MANGLED) s = s.replace(re, cmd);
  s = s.replace(/(?<!\\)\\\\(?=[a-zA-Z])/g, '\\'); // "\\frac" written with a doubled backslash (not "\\\\end")
  s = s.replace(/(\d),\\!\s*(?=\d{3})/g, '$1'); // 11,\!111: a thousands separator
  s = s.replace(/\\\\/g, ROW); // a matrix row break; protected from the cleanups below
  s = s
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/\u00d7/g, '\\times ')
    .replace(/\u00f7/g, '\\div ')
    .replace(/\u2264/g, '\\le ')
    .replace(/\u2265/g, '\\ge ')
    .replace(/\u2260/g, '\\ne ')
    .replace(/\u03c0/g, '\\pi ')
    .replace(/\u221e/g, '\\infty ')
    .replace(/\u221a\s*(\d+(?:\.\d+)?)/g, '\\sqrt{$1}') // √13 is the root of 13, not √1·3
    .replace(/\u221a/g, '\\sqrt ')
    .replace(/\u00b1/g, '\\pm ')
    .replace(/\u222a/g, '\\cup ')
    .replace(/[\u00b2]/g, '^2')
    .replace(/[\u00b3]/g, '^3')
    .replace(/\u00a0/g, ' ');
  s = s.replace(/\\[dtc]frac/g, '\\frac');
  // degrees in a trigonometric function's argument are radians (sin 30° is 1/2, not sin of 30 radians)
  s = s.replace(TRIG_DEGREES, (_m, fn: string, num: string) => `${fn}(${num}\\cdot\\frac{\\pi}{180})`);
  // elsewhere degrees and percent are dropped, as Math-Verify does (28\% matches 28, 30° matches 30)
  s = s.replace(/\^\s*\{?\s*\\circ\s*\}?/g, '').replace(/\\circ|\\degree|°/g, '');
  s = s.replace(/\\%|%/g, ' ');
  s = s.replace(/\\\$/g, ' ').replace(/\$/g, ' ');
  s = s.replace(/\\[()[\]]/g, ' ');
  s = s.replace(/\\[!,;: ]/g, ' ').replace(/~/g, ' ');
  // \quadx (no space) is still \quad then x
  s = s.replace(/\\q?quad(?=[a-zA-Z])/g, '\\quad ');
  // thousands separators written as {,}
  s = s.replace(/(\d)\s*\{\s*,\s*\}\s*(?=\d{3}(?!\d))/g, '$1');
  return s;
}

/** Splits normalised text into tokens; throws ParseFailure past `maxTokens`. */
export function tokenize(input: string, maxTokens = 4000): Token[] {
  let s = normalizeText(input);
  const out: Token[] = [];
  let i = 0;
  const push = (t: Token): void => {
    spend();
    out.push(t);
    if (out.length > maxTokens) throw new ParseFailure(`more than ${maxTokens} tokens`);
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[i + 1] ?? ''))) {
      // digits, thousands groups "12,000,023" (comma then exactly three digits, no space) or "1 000" / "7\,425\,000"
      // (one space, then exactly three digits), decimals
      const m = /^(?:(?!0,)\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d,]| \d)|\d+|(?=\.\d))(?:\.\d+)?/.exec(s.slice(i));
      const text = (m?.[0] ?? c).replace(/[, ]/g, '');
      // 80,000 digits is past every exact bound; reading a longer one into a BigInt costs quadratic time
      if (text.length > 80_000) throw new ParseFailure(`a number of ${text.length} digits`);
      spend(text.length >> 6);
      const len = m?.[0].length || 1;
      // scientific notation written plainly: 1.5e3, 2E-4 (an "e" followed by an integer exponent)
      const sci = /^[eE]([+-]?\d{1,4})(?![\d.a-zA-Z])/.exec(s.slice(i + len));
      if (sci) {
        push({ k: 'num', text: text.startsWith('.') ? `0${text}` : text });
        push({ k: 'op', v: '*' });
        push({ k: 'num', text: '10' });
        push({ k: 'op', v: '^' });
        push({ k: 'op', v: '{' });
        if ((sci[1] as string).startsWith('-')) push({ k: 'op', v: '-' });
        push({ k: 'num', text: (sci[1] as string).replace(/^[+-]/, '') });
        push({ k: 'op', v: '}' });
        i += len + sci[0].length;
        continue;
      }
      push({ k: 'num', text: text.startsWith('.') ? `0${text}` : text });
      i += len;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      let word = /^[a-zA-Z]+/.exec(s.slice(i))?.[0] as string;
      // "W(x)=1orW(x)=-1", "x=1orx=2": a connector glued to the next name by lost spacing
      const glued = /^(or|and)([a-zA-Z])$/.exec(word);
      if (glued && /\d|\)/.test(s[i - 1] ?? '')) word = glued[1] as string;
      i += word.length;
      const lower = word.toLowerCase();
      if (FUNCTION_WORDS.has(lower) || CONSTANT_WORDS.has(lower)) push({ k: 'id', name: CONSTANT_WORDS.get(lower) ?? lower });
      else if (CONNECTORS.has(lower) || word.length >= 3 || UNIT_WORDS.has(word)) push({ k: 'text', s: word });
      else for (const ch of word) push({ k: 'id', name: ch }); // "xy" is x*y, "AB" is A*B
      continue;
    }
    if (c === ROW) {
      push({ k: 'op', v: '\\\\' });
      i++;
      continue;
    }
    if (c === '\\') {
      const next = s[i + 1] ?? '';
      if (next === '{' || next === '}') {
        push({ k: 'op', v: next === '{' ? '\\{' : '\\}' });
        i += 2;
        continue;
      }
      const name = /^[a-zA-Z]+/.exec(s.slice(i + 1))?.[0];
      if (!name) {
        i += 2; // "\ " or an escaped symbol we do not need
        continue;
      }
      i += 1 + name.length;
      if (name === 'begin' || name === 'end') {
        const env = /^\s*\{([a-zA-Z*]+)\}/.exec(s.slice(i));
        if (!env) throw new ParseFailure(`\\${name} without an environment name`);
        i += env[0].length;
        if (name === 'begin' && env[1] === 'array') {
          const spec = /^\s*\{[^}]*\}/.exec(s.slice(i)); // column spec {cc}
          if (spec) i += spec[0].length;
        }
        push({ k: name, env: (env[1] as string).replace('*', '') });
        continue;
      }
      if (TEXT_CMDS.has(name)) {
        const group = readGroup(s, i);
        if (!group) continue;
        if (/^[\s\d().,+\-/]*\d[\s\d().,+\-/]*$/.test(group.body)) {
          // \textbf{(113)} is a formatted number, not words: read its body as mathematics
          const start = i - 1 - name.length;
          s = `${s.slice(0, start)} ${group.body} ${s.slice(group.end)}`;
          i = start;
          continue;
        }
        i = group.end;
        const text = group.body.replace(/\\[a-zA-Z]+/g, ' ').replace(/[{}]/g, '').trim();
        if (name === 'operatorname') push({ k: 'id', name: text.toLowerCase() });
        else if (text) push({ k: 'text', s: text });
        continue;
      }
      if (name === 'mathrm' || name === 'mathit') {
        // \mathrm{e} is the constant e, \mathrm{cm} a unit
        const group = readGroup(s, i);
        if (group && /^[a-zA-Z]+$/.test(group.body.trim())) {
          i = group.end;
          const w = group.body.trim();
          if (w.length === 1) push({ k: 'id', name: w });
          else push({ k: 'text', s: w });
          continue;
        }
      }
      const rel = RELATION_CMDS.get(name);
      if (rel) push({ k: 'op', v: rel });
      else if (CONSTANT_WORDS.has(name)) push({ k: 'id', name: CONSTANT_WORDS.get(name) as string });
      else if (!IGNORED_CMDS.has(name)) push({ k: 'cmd', name });
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '!=' || two === '=<' || two === '=>') {
      push({ k: 'op', v: two === '=<' ? '<=' : two === '=>' ? '>=' : two });
      i += 2;
      continue;
    }
    if ('+-*/^_!()[]{}|,;:=<>&'.includes(c)) {
      push({ k: 'op', v: c });
      i++;
      continue;
    }
    if (c === "'") {
      // a prime after a name makes another name (y' is not y, f'(x) is not f(x)); elsewhere it is a quote
      const last = out[out.length - 1];
      if (last?.k === 'id' && /^[a-zA-Z]'*$/.test(last.name)) out[out.length - 1] = { k: 'id', name: `${last.name}'` };
      i++;
      continue;
    }
    if (c === '"' || c === '?' || c === '.' || c === '€' || c === '£' || c === '¥') {
      i++; // quotes, currency and stray dots carry no value here
      continue;
    }
    // any other character (letters of other scripts, emoji): a word of text
    const word = /^[^\s\\$0-9+\-*/^_!()[\]{}|,;:=<>&]+/.exec(s.slice(i))?.[0] ?? c;
    push({ k: 'text', s: word });
    i += word.length;
  }
  return out;
}

/** \sin 30^\circ, \cos(45°), \tan{60\degree}: a trig function applied to a number of degrees (the bracket, if any, kept outside). */
const TRIG_DEGREES = /((?:\\|(?<![a-zA-Z]))(?:sin|cos|tan|sec|csc|cot)\s*[({]?\s*)(-?\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?|\\circ|\\degree|°)/g;

/** Reads a brace group starting at s[i] (after optional spaces): returns its body and the index after it. */
export function readGroup(s: string, i: number): { body: string; end: number } | undefined {
  let j = i;
  while (s[j] === ' ') j++;
  if (s[j] !== '{') return undefined;
  let depth = 0;
  for (let k = j; k < s.length; k++) {
    if (s[k] === '\\') {
      k++;
      continue;
    }
    if (s[k] === '{') depth++;
    else if (s[k] === '}') {
      depth--;
      if (depth === 0) return { body: s.slice(j + 1, k), end: k + 1 };
    }
  }
  return undefined;
}
