/** Helpers and the checks every generator family shares (imported by the per-family specs). */
import { expect } from 'chai';
import { itemRng, type TaskGenerator } from '../../../datasets/generators/generator.js';
import { verifierVerdict, scoreItem } from '../../../datasets/generators/score.js';
import type { ProblemRecord } from '../../../datasets/record.js';
import { checkRecord } from '../../../datasets/record.js';
import { PROCEDURAL_CHARSET } from '../../../environments/procedural/env.js';

/** All items 0..n-1 of (seed, difficulty). */
export function items(gen: TaskGenerator, difficulty: number, n: number, seed = 12345): ProblemRecord[] {
  return Array.from({ length: n }, (_, i) => gen.generate(itemRng(seed, i, difficulty), difficulty, i));
}

const CHARS = new Set(PROCEDURAL_CHARSET);

/**
 * The checks every family shares: (a) determinism, (b) item properties, and the gold answer scoring 1
 * under both verifierVerdict and the family's scoreAnswer for 200 items per difficulty.
 */
export function sharedGeneratorChecks(gen: TaskGenerator, metadataKeys: readonly string[]): void {
  describe(`${gen.name}: shared generator properties`, () => {
    const levels = gen.levels.map((_, i) => i + 1);

    it('has 3-5 documented levels and names matching the conventions', () => {
      expect(gen.levels.length).to.be.within(3, 5);
      for (const l of gen.levels) expect(l).to.be.a('string').and.not.equal('');
      expect(gen.name).to.match(/^[a-z]+(_[a-z]+)*$/);
      expect(gen.envName).to.match(/^[A-Z][A-Za-z]+$/);
    });

    for (const d of levels) {
      it(`difficulty ${d}: same (seed, index, difficulty) gives an identical record; other seeds differ`, () => {
        const a = items(gen, d, 30, 7);
        expect(items(gen, d, 30, 7)).to.deep.equal(a);
        // drawing items out of order gives the same items
        expect(gen.generate(itemRng(7, 17, d), d, 17)).to.deep.equal(a[17]);
        const b = items(gen, d, 30, 8);
        expect(b.map((r) => r.problem)).to.not.deep.equal(a.map((r) => r.problem));
      });

      it(`difficulty ${d}: items are well-formed (charset, id, metadata, record schema)`, () => {
        items(gen, d, 100).forEach((r, i) => {
          expect(r.problem.trim()).to.not.equal('');
          expect(r.answer.trim()).to.not.equal('');
          expect(r.problem.length).to.be.at.most(2000);
          const bad = [...r.problem].filter((c) => !CHARS.has(c));
          expect(bad, `${r.id}: ${r.problem}`).to.deep.equal([]);
          expect([...r.answer].filter((c) => !CHARS.has(c))).to.deep.equal([]);
          expect(r.id).to.equal(`${gen.name}-${d}-${i}`);
          expect(r.source).to.equal(gen.name);
          expect(r.metadata).to.include({ family: gen.name, difficulty: d, index: i });
          for (const k of metadataKeys) expect(r.metadata, `${r.id} metadata.${k}`).to.have.property(k);
          const check = checkRecord(JSON.parse(JSON.stringify(r)));
          expect(check.ok, check.ok ? '' : check.message).to.equal(true);
        });
      });

      it(`difficulty ${d}: the gold answer scores 1 (verifierVerdict and scoreAnswer) on 200 items`, () => {
        for (const r of items(gen, d, 200, 99)) {
          expect(verifierVerdict(r.answer, r).score, `${r.id}: ${r.answer}`).to.equal(1);
          expect(scoreItem(gen, r.answer, r), `${r.id}: ${r.answer}`).to.equal(1);
        }
      });
    }
  });
}

/** Test-side parser of an expanded polynomial such as `-2x^3 + x - 5` into coefficients, constant first. */
export function parsePolyText(text: string): number[] {
  const s = text.replace(/\s+/g, '');
  const out: number[] = [];
  const term = /([+-]?)(\d*)(x(?:\^(\d+))?)?/gy;
  let pos = 0;
  while (pos < s.length) {
    term.lastIndex = pos;
    const m = term.exec(s);
    if (!m || m[0] === '' || (m[2] === '' && m[3] === undefined)) throw new Error(`cannot parse polynomial ${text} at ${pos}`);
    const power = m[3] === undefined ? 0 : m[4] === undefined ? 1 : Number(m[4]);
    const mag = m[2] === '' ? 1 : Number(m[2]);
    while (out.length <= power) out.push(0);
    out[power] = (out[power] ?? 0) + (m[1] === '-' ? -mag : mag);
    pos = term.lastIndex;
  }
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}
/** Test-side evaluator of a gold expression (LaTeX \frac, implicit products, ^). */
export function evalExpr(tex: string, x: number): number {
  let js = tex.replace(/\s+/g, '');
  for (let i = 0; i < 5 && js.includes('\\frac'); i++) js = js.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '(($1)/($2))');
  js = js
    .replace(/\^(\d+)/g, '**$1')
    .replace(/(\d)(x|\()/g, '$1*$2')
    .replace(/\)(\(|x)/g, ')*$1')
    .replace(/x\(/g, 'x*(')
    .replace(/(^|[(+*/-])-(\(|x|\d)/g, '$1(-1)*$2');
  return (Function('x', `return ${js};`) as (x: number) => number)(x);
}
