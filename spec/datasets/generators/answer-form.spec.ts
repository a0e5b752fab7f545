import { expect } from 'chai';
import Fraction from 'fraction.js';
import { parseAnswer } from '../../../lib/verify/index.js';
import { expandedPolynomial, factorization, literalNumber, polynomialOf, reducedRational, simplestRadical } from '../../../datasets/generators/answer-form.js';
import { qFromInts, qGcd, qMul } from '../../../datasets/generators/qpoly.js';

const show = (p: readonly Fraction[] | undefined): string[] | undefined => p?.map((c) => c.toFraction());

describe('datasets/generators/qpoly', () => {
  it('gcd over Q is exact and monic: gcd((x - 1)(2x + 3), (x - 1)(x + 5)) = x - 1', () => {
    const a = qMul(qFromInts([-1, 1]), qFromInts([3, 2]));
    const b = qMul(qFromInts([-1, 1]), qFromInts([5, 1]));
    expect(show(qGcd(a, b))).to.deep.equal(['-1', '1']);
    expect(show(qGcd(qFromInts([3, 2]), qFromInts([5, 1])))).to.deep.equal(['1']);
    expect(show(qGcd(qFromInts([0, 0, 4]), qFromInts([0, 6])))).to.deep.equal(['0', '1']);
  });
});

describe('datasets/generators/answer-form', () => {
  const node = (s: string) => parseAnswer(s);

  it('literalNumber: integers, fractions in lowest terms with one sign, decimals only when allowed', () => {
    const v = (s: string, allow = ['integer', 'fraction'] as const) => literalNumber(node(s), allow)?.toFraction();
    expect([v('12'), v('-3/4'), v('\\frac{-3}{4}'), v('-\\frac{3}{4}')]).to.deep.equal(['12', '-3/4', '-3/4', '-3/4']);
    for (const s of ['6/4', '7/1', '0/5', '-\\frac{-3}{4}', '2+3', '2^3', '\\binom{5}{2}', '5!', '0.75', '3/-4']) expect(v(s), s).to.equal(undefined);
    expect(literalNumber(node('0.75'), ['integer', 'fraction', 'decimal'])?.toFraction()).to.equal('3/4');
  });

  it('expandedPolynomial: monomials with distinct powers, any order; no grouping, products or zero terms', () => {
    expect(show(expandedPolynomial(node('3x - x^2')))).to.deep.equal(['0', '3', '-1']);
    expect(show(expandedPolynomial(node('-x^2 + 3x + 7')))).to.deep.equal(['7', '3', '-1']);
    expect(show(expandedPolynomial(node('x/2 + 1')))).to.deep.equal(['1', '1/2']);
    for (const s of ['x(3 - x)', '{x+1}{x-2}', 'x^2 + x^2', '3x + 0x^2', 'x \\cdot x', '3x - x + x^2 - x^2']) expect(expandedPolynomial(node(s)), s).to.equal(undefined);
  });

  it('factorization: primitive factors with a positive leading coefficient, one constant, one sign', () => {
    const f = factorization(node('-2(x - 3)(2x + 1)^2'));
    expect(typeof f).to.equal('object');
    if (typeof f === 'object') {
      expect(f.constant.toFraction()).to.equal('-2');
      expect(f.factors.map((g) => [show(g.poly), g.power])).to.deep.equal([[['-3', '1'], 1], [['1', '2'], 2]]);
    }
    expect(factorization(node('(-3x + 15)(x - 5)'))).to.match(/common factor/);
    expect(factorization(node('(3 - x)(x + 1)'))).to.match(/negative leading coefficient/);
    expect(factorization(node('2 \\cdot 3(x - 1)'))).to.match(/more than one constant/);
    expect(factorization(node('((x - 1)(x + 1) + 0)'))).to.match(/not an expanded polynomial/);
  });

  it('reducedRational: one fraction of coprime polynomials (exact gcd), or a polynomial', () => {
    expect(reducedRational(node('\\frac{x + 2}{x - 5}'))).to.be.an('array');
    expect(reducedRational(node('x + 3'))).to.be.an('array');
    expect(reducedRational(node('\\frac{-2(3x - 1)}{3(x + 4)}'))).to.be.an('array');
    expect(reducedRational(node('\\frac{x^2 - 9}{x - 3}'))).to.match(/common factor/);
    expect(reducedRational(node('\\frac{(x + 100)(x + 2)}{(x + 100)(x - 5)}'))).to.match(/common factor/);
    expect(reducedRational(node('1 + \\frac{7}{x - 5}'))).to.match(/single fraction/);
    expect(polynomialOf(node('(x + 1)^{40}'))).to.equal(undefined);
  });

  it('simplestRadical: square-free radicands, reduced over a common denominator, ± gives two values', () => {
    const keys = (s: string) => simplestRadical(node(s))?.map((v) => `${v.a.toFraction()} ${v.b.toFraction()} ${v.s}`);
    expect(keys('1 + \\sqrt{3}')).to.deep.equal(['1 1 3']);
    expect(keys('\\frac{-3 + \\sqrt{17}}{4}')).to.deep.equal(['-3/4 1/4 17']);
    expect(keys('\\frac{2\\sqrt{3}}{3}')).to.deep.equal(['0 2/3 3']);
    expect(keys('1 \\pm \\sqrt{3}')).to.deep.equal(['1 1 3', '1 -1 3']);
    for (const s of ['\\sqrt{12}', '\\frac{2 + 2\\sqrt{3}}{2}', '\\sqrt{9 + 16}', '4/2', '\\frac{-(-3) + \\sqrt{17}}{2 \\cdot 2}']) expect(keys(s), s).to.equal(undefined);
  });
});
