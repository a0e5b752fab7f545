/**
 * miniF2F's Metamath statements (openai/miniF2F, MIT). Most files hold one statement inside a comment
 * with its `$` keywords written as `@` and the proof `?`; some hold a complete `${ ... $}` block.
 * `minif2fBlocks` turns each into a `${ ... $}` block to append to set.mm.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../lib/errors.js';

export type Minif2fSplit = 'test' | 'valid';

export interface Minif2fBlock {
  /** Label of the $p statement. */
  readonly label: string;
  readonly file: string;
  /** Database text of the block, proof replaced by `?`. */
  readonly text: string;
}

/** Converts one miniF2F file's text to a `${ ... $}` block with an unknown proof; undefined when it holds no $p. */
export function minif2fBlock(source: string): { label: string; text: string } | undefined {
  let s = source.trim();
  if (s.startsWith('$(') && s.endsWith('$)') && s.includes('@p')) {
    s = s.slice(2, -2);
    // `$@ ... $@` at a statement start is a comment; any other `$@` ends a statement
    s = s.replace(/(^|\n)(\s*)\$@([\s\S]*?)\$@/g, '$1$2$($3$)');
    s = s.replace(/\$@/g, '$.').replace(/@([{}epfad=.()])/g, '$$$1');
  }
  const m = /(\S+)\s+\$p\s/.exec(s);
  if (!m) return undefined;
  // drop any proof: the environment is there to find one
  const text = s.replace(/\$=[\s\S]*?\$\./, '$= ? $.');
  return { label: m[1], text };
}

/** The statements of a miniF2F split, sorted by file name. `dir` is the folder holding test/ and valid/. */
export function minif2fBlocks(dir: string, split: Minif2fSplit): Minif2fBlock[] {
  const sub = join(dir, split);
  if (!existsSync(sub)) throw new ConfigError(`miniF2F folder ${sub} not found; pass minif2f=<folder holding test/ and valid/> (openai/miniF2F's metamath/ folder).`);
  const out: Minif2fBlock[] = [];
  for (const f of readdirSync(sub).filter((n) => n.endsWith('.mm')).sort()) {
    const b = minif2fBlock(readFileSync(join(sub, f), 'utf8'));
    if (b) out.push({ ...b, file: join(sub, f) });
  }
  return out;
}
