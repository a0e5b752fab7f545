import { verify } from './lib/verify/verify.js';
for (const [g, p] of [
  ['2', '2.0000001'], ['2', '2.01'], ['y=2', 'y = 2.01'], ['x=1/3', 'x=0.33'],
  ['(x+y+z+w+u)^{10}', '(u+w+z+y+x)^{10}'],
  ['(x+y+z+w+u)^{10} + v = 1', 'v = 1 - (u+w+z+y+x)^{10}'],
  ['(x+y)^{10} + v = 1', '1 - v = (y+x)^{10}'],
  ['(x+y)^{30} + v = 1', '1 - v = (y+x)^{30}'],
  ['(x+1)^{40} = y + z', 'y = (1+x)^{40} - z'],
  ['(x+1)^{40} > y + z', 'y < (1+x)^{40} - z'],
  ['x^{100} + y = 1', 'y = 1 - x^{100}'],
  ["y = x^2", "y' = x^2"], ["y = x^2", "y'' = x^2"],["f = x^2", "f' = x^2"],
]) {
  const t0 = performance.now();
  const v = verify(g!, p!);
  console.log(v.correct, v.rule, v.error?.code ?? '', (performance.now() - t0).toFixed(0) + 'ms', g, '|', p, '|', v.pred?.normalized);
}
