import { verify } from './lib/verify/verify.js';
for (const [g, p] of [
  ['y = e x', '2y = 2ex'], ['y = \\pi x', 'y/\\pi = x'], ['y = e^{x}', '2y = 2e^{x}'], ['z = i w', 'z/i = w'],
  ['y = \\sin(x)', '2y - 2\\sin(x) = 0'], ['y = f(x)', '3y = 3f(x)'], ["f(x) = 2x", "f'(x) = 2x"],
  ['y = 2x + 1', '-y = -2x - 1'], ['x + y > 1', '-x - y < -1'], ['x + y > 1', '2 - 2x < 2y'],
  ['(x+1)^{20} + (y+1)^{20} = 1', '2(1+x)^{20} = 2 - 2(1+y)^{20}'],
]) {
  const t0 = performance.now();
  const v = verify(g!, p!);
  console.log(v.correct, v.rule, v.error?.code ?? '', (performance.now() - t0).toFixed(0) + 'ms', g, '|', p);
}
