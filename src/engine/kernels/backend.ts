/**
 * Which kernels the engine runs, chosen once when this module is first loaded: the WebAssembly
 * SIMD kernels where the realm (browser page, worker, Node) can compile them, the JS loops
 * otherwise. Ops never see the switch: kernels/matmul.ts and kernels/conv.ts ask {@link simdFor}.
 *
 * The SIMD kernels compute in float32, so they are used only for products with at least one
 * float32 operand (the caller chose float32 storage, see `TensorOptions.float32`); all-float64
 * work keeps the exact JS loops. Tiny products stay in JS too, where copying into the module's
 * memory would cost more than it saves.
 */
import { loadSimd, type SimdKernels } from './wasm/simd';

/** The kernel families. */
export type KernelBackend = 'wasm-simd' | 'js';

/** Multiply-adds (m·k·n) below which a float32 product stays in JS. */
export const SIMD_MIN_WORK = 4096;

const loaded: SimdKernels | null = loadSimd();
let active: SimdKernels | null = loaded;

/** The kernels in use now. */
export function kernelBackend(): KernelBackend {
  return active ? 'wasm-simd' : 'js';
}

/** Whether this realm could load the SIMD kernels at start-up. */
export function simdAvailable(): boolean {
  return loaded !== null;
}

/**
 * Forces a backend ('js' always works; 'wasm-simd' only where {@link simdAvailable}). Meant for
 * tests and benchmarks that compare the two; returns the backend actually in use.
 */
export function setKernelBackend(b: KernelBackend): KernelBackend {
  active = b === 'wasm-simd' ? loaded : null;
  return kernelBackend();
}

/** The SIMD kernels if active (callers check {@link simdFor} first). */
export function simd(): SimdKernels | null {
  return active;
}

/** True when a product over these operands should run in the SIMD kernels. */
export function simdFor(a: Float64Array | Float32Array, b: Float64Array | Float32Array, work: number): boolean {
  return active !== null && work >= SIMD_MIN_WORK && (a instanceof Float32Array || b instanceof Float32Array);
}
