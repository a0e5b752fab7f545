import { verify } from './lib/verify/verify.js';
const cases: [string, string, string][] = [
  ['x = 1/3', 'x = 0.333', '?'],
  ['x = 1/3', 'x = 0.3333333333', '?'],
  ['y = 2x + 1', 'y = 1 + 2x', 'T'],
  ['y = 2x+1', '2y = 4x + 2', 'T'],
  ['2x + 3y = 6', 'y = -2/3 x + 2', 'T'],
  ['2x + 3y = 6', 'y = -0.6667x + 2', '?'],
  ['y = x^2', "y' = x^2", 'F'],
  ["y' = 2x", "y' = 2x", 'T'],
  ["y = x'", "y = x'", 'T'],
  ["x + x' = 1", "x' = 1 - x", 'T'],
  ["x + x' = 1", "x = 1 - x'", 'T'],
  ["x + x' = 1", "x = 1 + x'", 'F'],
  ["y = \\sin^2 x", "y = 1 - \\cos^2 x", 'T'],
  ["y - \\sin^2 x = 0", "y + \\cos^2 x = 1", 'T'],
  ["x^2 + y^2 = 1", "y^2 = 1 - x^2", 'T'],
  ["x^2 + y^2 = 1", "2x^2 + 2y^2 = 2", 'T'],
  ["x^2 + y^2 = 1", "x^2 + y^2 = 1 + 10^{-15}", 'F'],
  ["y = x^2", "y = x^2 + 10^{-12}", 'F'],
  ["x > 2", "2 < x", 'T'],
  ["x > 2", "x > 2 + 10^{-13}", 'F'],
  ["x^2 > 1", "x^4 > x^2", '?'],
  ["y = x", "y^2 = x^2", 'F'],
  ["y = x", "y = |x|", 'F'],
  ["y = \\sqrt{x^2}", "y = |x|", 'T'],
  ["x = y", "x = y = 0", '?'],
  ["x = 2", "x = 2, x = 3", 'F'],
  ["x = 2", "x = 2 \\text{ or } x = 3", 'F'],
  ["y = 2x", "y = 2x \\pm 0", '?'],
  ["a + b = 3", "(a + b)^{10} = 3^{10}", 'F'],
  ["(x+y+z+w)^{8} = v", "v = (w+z+y+x)^{8}", 'T'],
  ["(x+y+z+w)^{8} - v = 0", "v - (w+z+y+x)^{8} = 0", 'T'],
  ["(x+y+z+w+u)^{10} + v = 1", "1 - v = (u+w+z+y+x)^{10}", 'T'],
  ["x = 0", "0 = 0", 'F'],
  ["x = 0", "x = x", 'F'],
  ["y = x", "0 \\cdot y = 0", 'F'],
  ["x = 5", "x = 5 + 0 y", 'T'],
  ["x = 5", "x = 5 y / y", '?'],
  ["x^2 = 4", "x = 2", 'F'],
  ["y=e^{x}", "y=e^{x+10^{-30}}", 'F'],
  ["y = 2", "y = 2.0000001", 'F'],
];
for (const [g, p, want] of cases) {
  const t0 = performance.now();
  let v;
  try { v = verify(g, p); } catch (e) { console.log('THROW', g, '|', p, (e as Error).message); continue; }
  const ms = (performance.now() - t0).toFixed(0);
  const got = v.correct ? 'T' : 'F';
  console.log(`${want === '?' ? ' ' : (want === got ? ' ' : '!')} ${got} want ${want}  ${g}  |  ${p}  rule=${v.rule} ${v.error ? 'err=' + v.error.code : ''} ${ms}ms`);
}
