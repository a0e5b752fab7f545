import { expect } from 'chai';
import Fraction from 'fraction.js';
import { formatRational, MAX_ANSWER_LENGTH, parseRational } from '../../lib/verify/rational.js';

describe('parseRational', () => {
  const accepted: [string, string][] = [
    ['7', '7'],
    ['-7', '-7'],
    ['+7', '7'],
    ['−7', '-7'], // U+2212
    ['  42  ', '42'],
    ['42.', '42'],
    ['0', '0'],
    ['-0', '0'],
    ['007', '7'],
    ['0.5', '1/2'],
    ['.5', '1/2'],
    ['-1.25', '-5/4'],
    ['−.75', '-3/4'],
    ['0.3333', '3333/10000'],
    ['1.5e3', '1500'],
    ['2.5E-2', '1/40'],
    ['1,234', '1234'],
    ['1 234', '1234'],
    ['-12,345,678', '-12345678'],
    ['1,234.5', '2469/2'],
    ['1\u202F234', '1234'],
    ['2/4', '1/2'],
    ['-3/7', '-3/7'],
    ['3/-7', '-3/7'],
    ['-6/-4', '3/2'],
    ['3 / 7', '3/7'],
    ['10/5', '2'],
    ['1 1/2', '3/2'],
    ['-1 1/2', '-3/2'],
    ['−2 3/4', '-11/4'],
    ['\\frac{1}{2}', '1/2'],
    ['\\dfrac{-1}{2}', '-1/2'],
    ['\\tfrac{ 6 }{ 8 }', '3/4'],
    ['-\\frac{3}{4}', '-3/4'],
    ['\\frac{3}{-4}', '-3/4'],
    ['$-\\frac{3}{4}$', '-3/4'],
    ['$$\\frac{2}{4}$$', '1/2'],
    ['\\(5\\)', '5'],
    ['$1/2$.', '1/2'],
    ['-3/4.', '-3/4'],
  ];
  for (const [input, normalized] of accepted) {
    it(`should accept ${JSON.stringify(input)} as ${normalized}`, () => {
      const r = parseRational(input);
      expect(r.ok, r.ok ? '' : r.reason).to.equal(true);
      if (r.ok) expect(r.normalized).to.equal(normalized);
    });
  }

  const rejected: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    ['$ $', /empty/],
    ['1/0', /denominator is zero/],
    ['\\frac{1}{0}', /denominator is zero/],
    ['2 1/0', /denominator is zero/],
    ['3 or 4', /not a number/],
    ['x', /not a number/],
    ['1/2/3', /not a number/],
    ['1 3/2', /proper/],
    ['1,23', /grouping/],
    ['1 23', /grouping/],
    ['0,5', /grouping/],
    ['1,234 567', /grouping/],
    ['1e400', /exponent/],
    ['+-3', /not a number/],
    ['1.2.3', /not a number/],
    ['NaN', /not a number/],
    ['Infinity', /not a number/],
    ['0x10', /not a number/],
    ['1/2 + 1/3', /not a number/],
    ['9'.repeat(MAX_ANSWER_LENGTH + 1), /at most 200/],
  ];
  for (const [input, reason] of rejected) {
    it(`should reject ${JSON.stringify(input.slice(0, 20))} with a reason`, () => {
      const r = parseRational(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.reason).to.match(reason);
    });
  }

  it('should compare exactly: 0.3333 is not 1/3, 2/4 is 1/2, 0.1 + 0.2 style artefacts cannot occur', () => {
    const value = (s: string): Fraction => {
      const r = parseRational(s);
      if (!r.ok) throw new Error(r.reason);
      return r.value;
    };
    expect(value('0.3333').equals(value('1/3'))).to.equal(false);
    expect(value('0.33333333333333333333').equals(value('1/3'))).to.equal(false);
    expect(value('2/4').equals(value('1/2'))).to.equal(true);
    expect(value('0.3').equals(value('3/10'))).to.equal(true);
    expect(value('0.30000000000000004').equals(value('0.3'))).to.equal(false);
    expect(value('1 1/2').equals(value('\\frac{3}{2}'))).to.equal(true);
  });

  it('should keep huge integers exact', () => {
    const r = parseRational('123456789012345678901234567890');
    expect(r.ok && r.normalized).to.equal('123456789012345678901234567890');
  });

  it('should not throw on a non-string', () => {
    expect(parseRational(42 as unknown as string).ok).to.equal(false);
  });
});

describe('formatRational', () => {
  it('should print integers bare and fractions reduced with the sign on the numerator', () => {
    expect(formatRational(new Fraction(6n, -4n))).to.equal('-3/2');
    expect(formatRational(new Fraction(-7n, 1n))).to.equal('-7');
    expect(formatRational(new Fraction(0n, 5n))).to.equal('0');
  });
});
