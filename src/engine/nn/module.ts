/** The contract shared by every building block. */
import type { Tensor } from '../tensor';

/** Anything with trainable parameters. */
export interface Module {
  /** Trainable tensors, in a stable order (for optimizers and serialisation). */
  parameters(): Tensor[];
}

/** Parameters of several modules, concatenated. */
export function collectParameters(modules: readonly Module[]): Tensor[] {
  return modules.flatMap((m) => m.parameters());
}
