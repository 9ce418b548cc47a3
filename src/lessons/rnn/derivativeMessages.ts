import { registerMessages } from '../../i18n';

/** Messages of the LSTM derivative widget (loaded on demand). */
export const derivativeMessages = registerMessages({
  en: {
    intro: '**The four terms, with numbers.** Here is $\\partial c_t/\\partial c_{t-1}$ of the cell above, at the step chosen there (same word, seed, forget bias and peephole option), each of the deck\'s four terms computed by the engine\'s autograd as a 3×3 Jacobian. The table shows the diagonal (how unit $j$ of $c_t$ depends on unit $j$ of $c_{t-1}$): the second term is exactly $f_t$, the three others pass through a gate\'s slope and a weight, and their sum stays close to $f_t$. At the first step $h_0 = 0$ does not depend on $c_0$, so only $f_1$ is left (unless the peepholes let the gates read $c_0$ directly).',
    title: 'LSTM: ∂cₜ/∂cₜ₋₁ term by term, and slow c against fast h',
    step: 'character “{c}” (t = {t})',
    formulaLabel: 'The four-term derivative for unit 1',
    tableLabel: 'Diagonal entries of the four terms',
    colUnit: 'unit j', colT1: '∂f/∂c · cₜ₋₁', colT2: 'fₜ', colT3: '∂i/∂c · c̃ₜ', colT4: '∂c̃/∂c · iₜ', colSum: 'sum', colF: 'fₜ (gate)',
    offDiag: 'Largest off-diagonal entry of ∂cₜ/∂cₜ₋₁: {v} · largest entry of the three small terms: {s}.',
    slowIntro: '**Slow c, fast h.** The plot shows how much each state changes from one step to the next, relative to its size: $\\lVert c_t - c_{t-1}\\rVert / \\lVert c_{t-1}\\rVert$ and the same for $h$. The cell state only changes by what the forget gate lets go and the input gate writes; $h_t = o_t \\odot \\tanh(c_t)$ is recomputed at every step through the output gate, which reacts to each character at once. So $c$ can only drift as fast as $1 - f_t$ and the input gate allow, while nothing holds $h$ back. These weights are random, so do not expect a clean split: lengthen the word (in the first widget), change the forget bias and the seed, and compare the two curves and their means. In a trained LSTM, as in the review example, the cell state learns to keep what matters over many characters and the split is much clearer.',
    plotTitle: 'Relative change per step of c and h', stepAxis: 'step t', changeAxis: 'relative change',
    cSeries: '‖Δc‖ / ‖cₜ₋₁‖', hSeries: '‖Δh‖ / ‖hₜ₋₁‖',
    means: 'Mean over steps 2…{n}: c {c} · h {h}',
  },
  vi: {
    intro: '**Bốn số hạng, với các con số.** Đây là $\\partial c_t/\\partial c_{t-1}$ của ô ở trên, tại bước được chọn ở đó (cùng từ, hạt giống, độ lệch quên và tuỳ chọn peephole), mỗi số hạng trong bốn số hạng của bài giảng được autograd của engine tính thành một ma trận Jacobi 3×3. Bảng cho đường chéo (đơn vị $j$ của $c_t$ phụ thuộc vào đơn vị $j$ của $c_{t-1}$ thế nào): số hạng thứ hai đúng bằng $f_t$, ba số hạng còn lại đi qua độ dốc của một cổng và một trọng số, và tổng của chúng vẫn gần $f_t$. Ở bước đầu tiên $h_0 = 0$ không phụ thuộc vào $c_0$, nên chỉ còn $f_1$ (trừ khi peephole cho các cổng đọc thẳng $c_0$).',
    title: 'LSTM: ∂cₜ/∂cₜ₋₁ theo từng số hạng, và c chậm so với h nhanh',
    step: 'ký tự “{c}” (t = {t})',
    formulaLabel: 'Đạo hàm bốn số hạng cho đơn vị 1',
    tableLabel: 'Phần tử đường chéo của bốn số hạng',
    colUnit: 'đơn vị j', colT1: '∂f/∂c · cₜ₋₁', colT2: 'fₜ', colT3: '∂i/∂c · c̃ₜ', colT4: '∂c̃/∂c · iₜ', colSum: 'tổng', colF: 'fₜ (cổng)',
    offDiag: 'Phần tử ngoài đường chéo lớn nhất của ∂cₜ/∂cₜ₋₁: {v} · phần tử lớn nhất của ba số hạng nhỏ: {s}.',
    slowIntro: '**c chậm, h nhanh.** Đồ thị cho thấy mỗi trạng thái thay đổi bao nhiêu từ bước này sang bước sau, so với độ lớn của nó: $\\lVert c_t - c_{t-1}\\rVert / \\lVert c_{t-1}\\rVert$ và tương tự cho $h$. Trạng thái ô chỉ đổi theo phần cổng quên buông ra và phần cổng vào ghi thêm; $h_t = o_t \\odot \\tanh(c_t)$ được tính lại ở mỗi bước qua cổng ra, cổng này phản ứng ngay với từng ký tự. Vì thế $c$ chỉ trôi nhanh đến mức $1 - f_t$ và cổng vào cho phép, còn $h$ không bị gì giữ lại. Các trọng số này là ngẫu nhiên, nên đừng chờ một sự tách biệt rõ ràng: hãy kéo dài từ (ở widget đầu tiên), đổi độ lệch quên và hạt giống, rồi so hai đường và giá trị trung bình của chúng. Ở một LSTM đã huấn luyện, như trong ví dụ bài đánh giá, trạng thái ô học cách giữ điều quan trọng qua nhiều ký tự và sự tách biệt rõ hơn nhiều.',
    plotTitle: 'Thay đổi tương đối mỗi bước của c và h', stepAxis: 'bước t', changeAxis: 'thay đổi tương đối',
    cSeries: '‖Δc‖ / ‖cₜ₋₁‖', hSeries: '‖Δh‖ / ‖hₜ₋₁‖',
    means: 'Trung bình qua các bước 2…{n}: c {c} · h {h}',
  },
});
