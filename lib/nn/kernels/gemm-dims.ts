/** The shape of one (batched) matrix product C_z = op(A_z)·op(B_z), shared by every gemm implementation (a leaf, so the kernels need not import each other). */
export interface GemmDims {
  readonly batch: number;
  readonly m: number;
  readonly k: number;
  readonly n: number;
  /** A_z is stored [k, m] (use its transpose). */
  readonly transA?: boolean;
  /** B_z is stored [n, k] (use its transpose). */
  readonly transB?: boolean;
  /** B is one matrix used for every batch item. */
  readonly shareB?: boolean;
}
