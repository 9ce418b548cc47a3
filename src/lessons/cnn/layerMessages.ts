import { registerMessages } from '../../i18n';

/** Messages of the layer-formula widget (loaded on demand). */
export const layerMessages = registerMessages({
  en: {
    intro: '**One layer as a formula.** Every convolution layer computes, for each of its output channels $j$, a sum over the input channels $k$: each input map $h_k^{n-1}$ is convolved with its own kernel $w_{kj}^n$, the results are added, the bias $b_j^n$ is added, and the ReLU clips negatives to zero: $h_j^n = \\max\\left(0, \\sum_k h_k^{n-1} * w_{kj}^n + b_j^n\\right)$. Pick a layer, an output channel and a position: the numbers below are those of the network above (its current weights, trained or not) on the probe digit, and the last line is the value the engine\'s own convolution put in that feature map.',
    title: 'The layer formula with the network\'s numbers',
    layer: 'Layer n', layer1: 'n = 1 (input → conv 1)', layer2: 'n = 2 (pool 1 → conv 2)',
    channel: 'Output channel j', row: 'Row', col: 'Column',
    formulaLabel: 'Layer formula with numbers',
    termsTitle: 'Each input channel\'s share at this position',
    colK: 'input channel k', colTerm: '(h_k * w_kj) at this position',
    sumWord: 'sum over k:', biasWord: 'bias:', preWord: 'before ReLU:', outWord: 'after ReLU:',
    engineWord: 'the engine\'s feature map at this position:',
    where: 'Digit {d} of the test set, layer {n}: {c} output channels of {s}×{s}.',
    noNet: 'The network is still being built (the digits are loading).',
  },
  vi: {
    intro: '**Một lớp viết thành công thức.** Với mỗi kênh ra $j$, một lớp tích chập tính một tổng theo các kênh vào $k$: mỗi bản đồ vào $h_k^{n-1}$ được tích chập với kernel riêng $w_{kj}^n$, các kết quả cộng lại, cộng thêm độ lệch $b_j^n$, rồi ReLU đưa các giá trị âm về 0: $h_j^n = \\max\\left(0, \\sum_k h_k^{n-1} * w_{kj}^n + b_j^n\\right)$. Hãy chọn một lớp, một kênh ra và một vị trí: các số dưới đây là của mạng ở trên (trọng số hiện tại, đã huấn luyện hay chưa) trên chữ số thăm dò, và dòng cuối là giá trị mà phép tích chập của chính engine đã ghi vào bản đồ đặc trưng tại đó.',
    title: 'Công thức của một lớp với các số của mạng',
    layer: 'Lớp n', layer1: 'n = 1 (ảnh vào → tích chập 1)', layer2: 'n = 2 (gộp 1 → tích chập 2)',
    channel: 'Kênh ra j', row: 'Hàng', col: 'Cột',
    formulaLabel: 'Công thức của lớp với các số',
    termsTitle: 'Phần đóng góp của từng kênh vào tại vị trí này',
    colK: 'kênh vào k', colTerm: '(h_k * w_kj) tại vị trí này',
    sumWord: 'tổng theo k:', biasWord: 'độ lệch:', preWord: 'trước ReLU:', outWord: 'sau ReLU:',
    engineWord: 'bản đồ đặc trưng của engine tại vị trí này:',
    where: 'Chữ số {d} của tập kiểm tra, lớp {n}: {c} kênh ra, mỗi kênh {s}×{s}.',
    noNet: 'Mạng đang được dựng (các chữ số đang tải).',
  },
});
