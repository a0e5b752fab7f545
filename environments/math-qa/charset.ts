/**
 * The characters of MathQA observations and actions. A Text space needs its charset up front, before
 * any data is read, so instead of deriving it from a dataset this is a fixed, permissive set: what math
 * text in English (and LaTeX) uses. Every character of the bundled datasets is in it (a test checks);
 * a user dataset with characters outside it is loaded anyway, with a warning naming them.
 *
 * Not all of Unicode: a Text space indexes its charset, and the full BMP would cost ~5 MB per space.
 */
import { PRINTABLE_CHARSET } from '../../lib/core/spaces/text.js';

const RANGES: readonly (readonly [number, number])[] = [
  [0xa0, 0x24f], // Latin-1 supplement, Latin extended A/B
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x2000, 0x206f], // general punctuation (’ “ ” — – …)
  [0x2070, 0x209f], // superscripts and subscripts
  [0x20a0, 0x20cf], // currency (€)
  [0x2100, 0x218f], // letterlike symbols, number forms (ℝ, ½)
  [0x2190, 0x23ff], // arrows, mathematical operators, miscellaneous technical
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0x25a0, 0x25ff], // geometric shapes
  [0x27c0, 0x27ff], // miscellaneous mathematical symbols A, supplemental arrows A
  [0x2980, 0x2aff], // miscellaneous mathematical symbols B, supplemental operators
  [0x3000, 0x303f], // CJK symbols and punctuation (fullwidth spaces and brackets)
  [0xff00, 0xffef], // halfwidth and fullwidth forms
  [0x1d400, 0x1d7ff], // mathematical alphanumeric symbols (𝑥, 𝔽)
];

function build(): string {
  let s = `${PRINTABLE_CHARSET}\t\r`;
  for (const [lo, hi] of RANGES) for (let c = lo; c <= hi; c++) s += String.fromCodePoint(c);
  return s;
}

/** Printable ASCII, tab, CR, LF and the Unicode blocks of math text listed above (about 4,000 characters). */
export const MATH_TEXT_CHARSET = build();

const members = new Set(Array.from(MATH_TEXT_CHARSET));

/** The distinct characters of `text` that are not in MATH_TEXT_CHARSET. */
export function charactersOutside(text: string, into = new Set<string>()): Set<string> {
  for (const c of text) if (!members.has(c)) into.add(c);
  return into;
}
