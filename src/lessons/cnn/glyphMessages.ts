import { registerMessages } from '../../i18n';

/** Messages of the trained glyph CNN (loaded on demand). */
export const glyphMessages = registerMessages({
  en: {
    intro: '**The four-character example, trained.** The glyphs X, O, / and \\ from the convolution stepper are now a data set: each is moved by up to one pixel in every direction, and in every copy a few pixels (2 %) are flipped, with a fixed seed. A tiny network learns them: one convolution with a few 3×3 filters, ReLU, 2×2 max pooling, and a dense layer with four outputs and softmax. Train it, look at the filters it found (they tend to become diagonal-line and corner detectors), then toggle pixels of the grid (click, or arrow keys and Enter) and watch the feature maps and the probabilities.',
    title: 'A tiny CNN that tells X, O, / and \\ apart',
    filters: 'Filters (3×3)', train: 'Train', pause: 'Pause', oneStep: 'One step', resetTraining: 'Reset weights',
    stepWord: 'step', trainAcc: 'training set ({n} glyphs)', testAcc: 'held-out noisy glyphs ({n})', cleanAcc: 'clean shifted glyphs ({n})',
    autoStop: 'Training pauses by itself after {n} steps.',
    filtersTitle: 'Learned filters (blue < 0 < red)', filterLabel: 'filter {i}',
    gridTitle: 'Your 9×9 glyph: toggle pixels', load: 'Start from', clear: 'Clear',
    mapsConv: 'after convolution + ReLU (7×7)', mapsPool: 'after 2×2 max pooling (3×3)', mapLabel: 'filter {i}, {what}',
    probsTitle: 'Class probabilities (%)', prediction: 'Prediction',
    x: 'X', o: 'O', slash: '/', backslash: '\\',
  },
  vi: {
    intro: '**Ví dụ bốn ký tự, nay được huấn luyện.** Các ký tự X, O, / và \\ của phần trượt tích chập giờ thành một tập dữ liệu: mỗi ký tự được dịch đi tối đa một điểm ảnh theo mọi hướng, và trong mỗi bản sao có vài điểm ảnh (2 %) bị đảo, với hạt giống cố định. Một mạng rất nhỏ học chúng: một lớp tích chập với vài bộ lọc 3×3, ReLU, gộp cực đại 2×2, và một lớp kết nối đầy đủ với bốn đầu ra và softmax. Hãy huấn luyện, xem các bộ lọc mạng tìm được (thường thành bộ dò đường chéo và góc), rồi bật tắt điểm ảnh của lưới (nhấp chuột, hoặc phím mũi tên và Enter) và xem các bản đồ đặc trưng cùng các xác suất.',
    title: 'Một CNN rất nhỏ phân biệt X, O, / và \\',
    filters: 'Số bộ lọc (3×3)', train: 'Huấn luyện', pause: 'Tạm dừng', oneStep: 'Một bước', resetTraining: 'Đặt lại trọng số',
    stepWord: 'bước', trainAcc: 'tập huấn luyện ({n} ký tự)', testAcc: 'ký tự nhiễu để riêng ({n})', cleanAcc: 'ký tự sạch đã dịch ({n})',
    autoStop: 'Việc huấn luyện tự dừng sau {n} bước.',
    filtersTitle: 'Các bộ lọc đã học (xanh < 0 < đỏ)', filterLabel: 'bộ lọc {i}',
    gridTitle: 'Ký tự 9×9 của bạn: bật tắt điểm ảnh', load: 'Bắt đầu từ', clear: 'Xoá',
    mapsConv: 'sau tích chập + ReLU (7×7)', mapsPool: 'sau gộp cực đại 2×2 (3×3)', mapLabel: 'bộ lọc {i}, {what}',
    probsTitle: 'Xác suất các lớp (%)', prediction: 'Dự đoán',
    x: 'X', o: 'O', slash: '/', backslash: '\\',
  },
});
