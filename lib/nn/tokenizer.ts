/**
 * A character vocabulary: ids 0, 1, 2 are the special tokens pad, bos and eos; the charset's
 * characters (Unicode code points, each once) follow in order.
 */
import { ConfigError } from '../errors.js';

export const PAD_ID = 0;
export const BOS_ID = 1;
export const EOS_ID = 2;

export interface EncodeOptions {
  /** Prepend bos (default false). */
  readonly bos?: boolean;
  /** Append eos (default false). */
  readonly eos?: boolean;
}

export class CharTokenizer {
  readonly charset: string;
  readonly pad = PAD_ID;
  readonly bos = BOS_ID;
  readonly eos = EOS_ID;
  private readonly chars: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;

  /** @throws ConfigError for an empty charset or a character listed twice. */
  constructor(charset: string) {
    const chars = [...charset];
    if (chars.length === 0) throw new ConfigError('CharTokenizer: the charset is empty');
    const ids = new Map<string, number>();
    chars.forEach((c, i) => {
      if (ids.has(c)) throw new ConfigError(`CharTokenizer: the charset lists ${JSON.stringify(c)} twice`);
      ids.set(c, i + 3);
    });
    this.charset = charset;
    this.chars = chars;
    this.ids = ids;
  }

  /** Specials plus characters. */
  get vocabSize(): number {
    return this.chars.length + 3;
  }

  /** Token ids of `text`. @throws ConfigError naming the first character not in the charset. */
  encode(text: string, opts: EncodeOptions = {}): number[] {
    const out: number[] = opts.bos ? [BOS_ID] : [];
    let pos = 0;
    for (const c of text) {
      const id = this.ids.get(c);
      if (id === undefined) {
        throw new ConfigError(`CharTokenizer.encode: character ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) at index ${pos} of ${JSON.stringify(text)} is not in the charset ${JSON.stringify(this.charset)}`);
      }
      out.push(id);
      pos += c.length;
    }
    if (opts.eos) out.push(EOS_ID);
    return out;
  }

  /** The text of `ids`; special tokens are dropped. @throws ConfigError for an id outside the vocabulary. */
  decode(ids: readonly number[]): string {
    let s = '';
    for (const id of ids) {
      if (id === PAD_ID || id === BOS_ID || id === EOS_ID) continue;
      const c = Number.isInteger(id) ? this.chars[id - 3] : undefined;
      if (c === undefined) throw new ConfigError(`CharTokenizer.decode: ${id} is not a token id in [0, ${this.vocabSize})`);
      s += c;
    }
    return s;
  }
}
