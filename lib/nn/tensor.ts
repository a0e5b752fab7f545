/**
 * Tensors and reverse-mode autograd, micrograd-sized. A tensor is a Float32Array plus a row-major
 * shape. Each op output that needs a gradient keeps its parents and a closure that, given the
 * output's gradient, adds the chain-rule terms into the parents' gradients; `backward()` walks that
 * graph (the tape) from a scalar in reverse topological order.
 *
 * Values live on the host, or on the device (a gpu.js texture, device.ts) when a GL kernel made them;
 * `data` and `grad` read device values back on first use and keep the host copy. Kernels take
 * `values` / `gradValues`, so a chain of GL ops never leaves the device.
 *
 * Invariants: `data.length === numel(shape)`; `grad`, once set, has the same length; op outputs are
 * never written in place, so a closure may read its inputs and outputs at backward time.
 */
import type { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { DeviceArray, type Values } from './device.js';
import { addInto } from './kernels/elementwise.js';
import { hostAll } from './kernels/flat.js';
import { assertShape, fmt, numel, ShapeError } from './shape.js';

/** Adds this node's chain-rule terms into its parents' grads; `grad` is the output's gradient. */
type BackwardFn = (grad: Values) => void;

let gradEnabled = true;

export class Tensor {
  #host: Float32Array | undefined;
  #device: DeviceArray | undefined;
  #grad: Values | undefined;
  readonly shape: readonly number[];
  /** Whether backward() computes a gradient for this tensor (set on leaves; op outputs inherit it). */
  requiresGrad: boolean;
  /** @internal the inputs of the op that made this tensor (empty for leaves). */
  readonly _parents: readonly Tensor[];
  /** @internal */
  readonly _backward: BackwardFn | undefined;

  constructor(data: Values, shape: readonly number[], requiresGrad = false, parents: readonly Tensor[] = [], backward?: BackwardFn) {
    assertShape('Tensor', shape);
    if (data.length !== numel(shape)) {
      throw new ShapeError('Tensor', [shape], `shape ${fmt(shape)} holds ${numel(shape)} values but data has ${data.length}`);
    }
    if (data instanceof DeviceArray) this.#device = data;
    else this.#host = data;
    this.shape = Object.freeze([...shape]);
    this.requiresGrad = requiresGrad;
    this._parents = parents;
    this._backward = backward;
  }

  static zeros(shape: readonly number[], requiresGrad = false): Tensor {
    assertShape('Tensor.zeros', shape);
    return new Tensor(new Float32Array(numel(shape)), shape, requiresGrad);
  }

  static from(values: ArrayLike<number>, shape: readonly number[] = [values.length], requiresGrad = false): Tensor {
    return new Tensor(Float32Array.from(values), shape, requiresGrad);
  }

  static scalar(value: number, requiresGrad = false): Tensor {
    return new Tensor(Float32Array.of(value), [], requiresGrad);
  }

  /** Normal(0, std^2) entries drawn from `rng` (for weights). */
  static randn(shape: readonly number[], rng: Rng, std = 1, requiresGrad = false): Tensor {
    assertShape('Tensor.randn', shape);
    const data = new Float32Array(numel(shape));
    for (let i = 0; i < data.length; i++) data[i] = rng.normal() * std;
    return new Tensor(data, shape, requiresGrad);
  }

  /** The values on the host (read back once from the device when a GL kernel made them). */
  get data(): Float32Array {
    this.#host ??= (this.#device as DeviceArray).toHost();
    return this.#host;
  }

  /** The values where they are: on the device when a GL kernel made them (what kernels take). */
  get values(): Values {
    // a host copy outlives a device array whose backend was replaced
    if (this.#device && this.#host && !this.#device.valid) this.#device = undefined;
    return this.#device ?? (this.#host as Float32Array);
  }

  /** d(loss)/d(this), set by the first backward pass that reaches this tensor (read back from the device on first use). */
  get grad(): Float32Array | undefined {
    if (this.#grad instanceof DeviceArray) this.#grad = this.#grad.toHost();
    return this.#grad;
  }

  set grad(g: Float32Array | undefined) {
    this.#grad = g;
  }

  /** The gradient where it is (host or device): what backward and the kernels use. */
  get gradValues(): Values | undefined {
    return this.#grad;
  }

  set gradValues(g: Values | undefined) {
    this.#grad = g;
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) throw new ShapeError('item', [this.shape], 'item() needs a tensor with exactly one element');
    return this.data[0];
  }

  /** The same data, cut off from the graph. */
  detach(): Tensor {
    return new Tensor(this.values, this.shape);
  }

  /**
   * Fills `grad` of every tensor that requires it with d(this)/d(tensor). Leaf gradients accumulate
   * across calls (call zeroGrad between steps); intermediate ones are recomputed each call.
   * @throws ShapeError unless this tensor has one element; ConfigError when nothing it depends on requires grad.
   */
  backward(): void {
    if (this.size !== 1) {
      throw new ShapeError('backward', [this.shape], 'backward() starts from a scalar; reduce with sum() or mean() first');
    }
    if (!this.requiresGrad) {
      throw new ConfigError('backward() on a tensor that does not require grad: no input had requiresGrad set, or it was computed inside noGrad()');
    }
    const order = topoOrder(this);
    for (const t of order) if (t._backward) t.gradValues = undefined;
    this.gradValues = Float32Array.of(1);
    for (let i = order.length - 1; i >= 0; i--) {
      const t = order[i] as Tensor;
      const g = t.gradValues;
      if (t._backward && g) t._backward(g);
    }
  }

  /** Drops this tensor's gradient. */
  zeroGrad(): void {
    this.grad = undefined;
  }
}

/** Tensors that reach `root` through ops requiring grad, parents before children (iterative DFS: graphs get deep). */
function topoOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>([root]);
  const stack: { t: Tensor; next: number }[] = [{ t: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { t: Tensor; next: number };
    const p = top.t._parents[top.next++];
    if (p === undefined) {
      order.push(top.t);
      stack.pop();
    } else if (p.requiresGrad && !seen.has(p)) {
      seen.add(p);
      stack.push({ t: p, next: 0 });
    }
  }
  return order;
}

/** Runs `fn` without recording a graph (inference, optimizer updates). Nests; restores on throw. */
export function noGrad<T>(fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}

export function isGradEnabled(): boolean {
  return gradEnabled;
}

/**
 * Brings every device gradient of `params` to the host in one transfer (optimizers call it before
 * reading grads one by one, which would stall the GPU once per parameter).
 */
export function gradsToHost(params: Iterable<Tensor>): void {
  const onDevice = [...params].filter((p) => p.gradValues instanceof DeviceArray);
  if (onDevice.length === 0) return;
  const host = hostAll(onDevice.map((p) => p.gradValues as DeviceArray));
  onDevice.forEach((p, i) => (p.grad = host[i]));
}

/** Clears the gradients of `params`. */
export function zeroGrad(params: Iterable<Tensor>): void {
  for (const p of params) p.grad = undefined;
}

/**
 * An op's output. It records `backward` only when grad is enabled and some input requires grad,
 * so inference builds no graph.
 */
export function result(data: Values, shape: readonly number[], inputs: readonly Tensor[], backward: BackwardFn): Tensor {
  const track = gradEnabled && inputs.some((t) => t.requiresGrad);
  return track ? new Tensor(data, shape, true, inputs, backward) : new Tensor(data, shape);
}

/** grad(t) += g, when t requires grad (on the device when either side is there). */
export function accumulate(t: Tensor, g: Values): void {
  if (!t.requiresGrad) return;
  const cur = t.gradValues;
  if (!cur) {
    // a device array is never written in place, so it can be shared; a host one is copied
    t.gradValues = g instanceof DeviceArray ? g : new Float32Array(g);
    return;
  }
  t.gradValues = addInto(cur, g);
}
