/** The shape of a batched matrix product (its own module so simd-gemm and gemm share it without a cycle through backend). */
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
