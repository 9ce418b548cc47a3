import type { ActivationName } from '../../models/neuron';

/** Each activation's formula and derivative in TeX (display only; the numbers come from the engine). */
export const ACTIVATION_TEX: Record<ActivationName, { f: string; df: string }> = {
  sigmoid: { f: '\\sigma(z) = \\dfrac{1}{1 + e^{-z}}', df: "\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))" },
  tanh: { f: '\\tanh(z) = \\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}', df: "\\tanh'(z) = 1 - \\tanh^2(z)" },
  hardTanh: { f: '\\operatorname{hardtanh}(z) = \\max(-1, \\min(1, z))', df: "\\operatorname{hardtanh}'(z) = \\begin{cases}1 & |z| < 1\\\\ 0 & |z| \\ge 1\\end{cases}" },
  relu: { f: '\\operatorname{ReLU}(z) = \\max(0, z)', df: "\\operatorname{ReLU}'(z) = \\begin{cases}1 & z > 0\\\\ 0 & z \\le 0\\end{cases}" },
  leakyRelu: { f: '\\operatorname{LReLU}(z) = \\max(\\alpha z, z)', df: "\\operatorname{LReLU}'(z) = \\begin{cases}1 & z > 0\\\\ \\alpha & z \\le 0\\end{cases}" },
  gelu: { f: '\\operatorname{GELU}(z) = z\\,\\Phi(z)', df: "\\operatorname{GELU}'(z) = \\Phi(z) + z\\,\\varphi(z)" },
  geluApprox: { f: '\\operatorname{GELU}(z) \\approx z\\,\\sigma(1.702\\,z)', df: "\\tfrac{d}{dz} = \\sigma(1.702z) + 1.702\\,z\\,\\sigma(1.702z)(1-\\sigma(1.702z))" },
  swish: { f: '\\operatorname{swish}(z) = z\\,\\sigma(z)', df: "\\operatorname{swish}'(z) = \\sigma(z) + z\\,\\sigma(z)(1 - \\sigma(z))" },
  identity: { f: 'f(z) = z', df: "f'(z) = 1" },
};

/** The symbol used when a live number is substituted, e.g. `\sigma(0.86)`. */
export const ACTIVATION_SYMBOL: Record<ActivationName, string> = {
  sigmoid: '\\sigma', tanh: '\\tanh', hardTanh: '\\operatorname{hardtanh}', relu: '\\operatorname{ReLU}',
  leakyRelu: '\\operatorname{LReLU}', gelu: '\\operatorname{GELU}', geluApprox: '\\operatorname{GELU}_{\\approx}',
  swish: '\\operatorname{swish}', identity: '\\operatorname{id}',
};
