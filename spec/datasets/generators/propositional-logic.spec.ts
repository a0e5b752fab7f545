import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { propositionalLogic as gen } from '../../../datasets/generators/propositional-logic.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Recursive-descent evaluator of the printed formula (binary subformulas fully parenthesised). */
function evalFormula(text: string, env: Record<string, boolean>): boolean {
  const toks = text.replace(/\s+/g, '').split('');
  let pos = 0;
  const atom = (): boolean => {
    const t = toks[pos++];
    if (t === '¬') return !atom();
    if (t === '(') {
      const v = binary();
      if (toks[pos++] !== ')') throw new Error(`expected ) in ${text}`);
      return v;
    }
    if (t !== undefined && t in env) return env[t] as boolean;
    throw new Error(`unexpected ${t} in ${text}`);
  };
  const binary = (): boolean => {
    const a = atom();
    const op = toks[pos];
    if (op === undefined || op === ')') return a;
    pos++;
    const b = atom();
    switch (op) {
      case '∧':
        return a && b;
      case '∨':
        return a || b;
      case '→':
        return !a || b;
      case '↔':
        return a === b;
      default:
        throw new Error(`unknown connective ${op}`);
    }
  };
  const v = binary();
  if (pos !== toks.length) throw new Error(`trailing input in ${text}`);
  return v;
}

function truthTable(text: string): string {
  const rows: boolean[] = [];
  for (const p of [false, true]) for (const q of [false, true]) for (const r of [false, true]) rows.push(evalFormula(text, { p, q, r }));
  return rows.every(Boolean) ? 'tautology' : rows.some(Boolean) ? 'contingent' : 'contradiction';
}

describe('generators: propositional_logic', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(['tautology', 'contradiction', 'contingent']).to.include(e.answer);
        expect(e.metadata.formula).to.be.a('string');
        expect(e.problem).to.include(e.metadata.formula as string);
      }
  });

  it('answers match a truth table of the printed formula (100 items per level), all classes occur', () => {
    for (const d of levels) {
      const seen = new Set<string>();
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        expect(e.answer, `${e.id}: ${String(e.metadata.formula)}`).to.equal(truthTable(e.metadata.formula as string));
        seen.add(e.answer);
      }
      expect(seen.size, `level ${d}`).to.equal(3);
    }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          expect(scoreItem(gen, e.answer.toUpperCase(), e)).to.equal(1);
          expect(scoreItem(gen, ` ${e.answer[0]!.toUpperCase()}${e.answer.slice(1)}. `, e)).to.equal(1);
          expect(scoreItem(gen, `\\boxed{\\text{${e.answer}}}`, e)).to.equal(1);
          for (const w of ['tautology', 'contradiction', 'contingent'].filter((x) => x !== e.answer)) expect(scoreItem(gen, w, e)).to.equal(0);
          expect(scoreItem(gen, '', e)).to.equal(0);
        }
      }
  });
});

sharedGeneratorChecks(gen, []);
