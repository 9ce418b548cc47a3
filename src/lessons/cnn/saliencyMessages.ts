import { registerMessages } from '../../i18n';

/** Messages of the saliency widget (loaded on demand). */
export const saliencyMessages = registerMessages({
  en: {
    intro: '**Which pixels matter? Saliency.** Back-propagation gives gradients with respect to everything the loss depends on, and each has its use. $\\delta W$, the gradient of the loss with respect to the weights, is what training follows. $\\delta f$ and $\\delta a$, the gradients with respect to a layer\'s outputs and pre-activations, are what is passed back from layer to layer; looking at them helps to debug and interpret a network. $\\delta x$, the gradient with respect to the **input**, says which pixels would change the output if they were changed: keep the weights fixed and differentiate the class score with respect to the image. Red pixels would raise the score of the class if they became darker ink, blue ones would lower it. The same gradient, followed step by step, can also make images that satisfy a constraint (the idea behind adversarial examples). Draw a digit above: the map is computed with one backward pass of the engine\'s tape, on the current weights.',
    title: 'Saliency δx of your digit',
    cls: 'Class whose score is differentiated', predicted: 'predicted class ({d})',
    digitLabel: 'Your digit', mapLabel: 'δx = ∂(score of {d})/∂(pixels), blue < 0 < red',
    formulaLabel: 'Saliency formula',
    readout: 'score (logit) of {d}: {s} · largest |δx|: {g} at row {r}, column {c}',
    check: 'Check without a gradient: changing the most salient grey pixel (row {r}, column {c}) by {eps} changes the score by {actual}; δx · ε predicts {pred}.',
    checkNote: 'The check takes a grey pixel of the stroke\'s edge: the flat black and white parts of a digit make identical patches, hence exact ties in the max-pool windows, where the slope on one side differs from the other. Even so the two can differ a little, if the pixel crosses a corner of a ReLU on the way.',
    drawFirst: 'Draw a digit (or load a test digit) in the pad above to see its saliency.',
    noNet: 'The network is still being built (the digits are loading).',
    untrained: 'The network has not been trained yet: the map shows what random weights respond to. Train it above and come back.',
  },
  vi: {
    intro: '**Điểm ảnh nào quan trọng? Bản đồ độ nổi bật (saliency).** Lan truyền ngược cho gradient theo mọi thứ mà hàm mất mát phụ thuộc vào, và mỗi loại có công dụng riêng. $\\delta W$, gradient của hàm mất mát theo trọng số, là thứ việc huấn luyện đi theo. $\\delta f$ và $\\delta a$, gradient theo đầu ra và theo giá trị trước hàm kích hoạt của một lớp, là thứ được truyền ngược từ lớp này sang lớp khác; xem chúng giúp gỡ lỗi và diễn giải mạng. $\\delta x$, gradient theo **đầu vào**, cho biết điểm ảnh nào sẽ làm đầu ra thay đổi nếu nó thay đổi: giữ nguyên trọng số và lấy đạo hàm điểm số của lớp theo ảnh. Điểm ảnh đỏ sẽ làm tăng điểm số của lớp nếu đậm mực hơn, điểm xanh sẽ làm giảm. Cũng gradient đó, đi theo từng bước, có thể tạo ra ảnh thoả một ràng buộc (ý tưởng đằng sau các mẫu đối kháng). Hãy vẽ một chữ số ở trên: bản đồ được tính bằng một lượt lan truyền ngược trên băng ghi (tape) của engine, với trọng số hiện tại.',
    title: 'Độ nổi bật δx của chữ số bạn vẽ',
    cls: 'Lớp được lấy đạo hàm điểm số', predicted: 'lớp dự đoán ({d})',
    digitLabel: 'Chữ số của bạn', mapLabel: 'δx = ∂(điểm số của {d})/∂(điểm ảnh), xanh < 0 < đỏ',
    formulaLabel: 'Công thức độ nổi bật',
    readout: 'điểm số (logit) của {d}: {s} · |δx| lớn nhất: {g} tại hàng {r}, cột {c}',
    check: 'Kiểm tra không cần gradient: đổi điểm ảnh xám nổi bật nhất (hàng {r}, cột {c}) thêm {eps} làm điểm số đổi {actual}; δx · ε dự đoán {pred}.',
    checkNote: 'Phép kiểm tra lấy một điểm ảnh xám ở mép nét vẽ: những phần đen hoặc trắng phẳng của chữ số tạo ra các mảnh giống hệt nhau, do đó có những giá trị bằng nhau tuyệt đối trong cửa sổ max-pool, nơi độ dốc ở hai phía khác nhau. Dù vậy hai số vẫn có thể lệch nhau một chút nếu trên đường đi điểm ảnh vượt qua góc của một ReLU.',
    drawFirst: 'Hãy vẽ một chữ số (hoặc nạp một chữ số kiểm tra) ở bảng vẽ phía trên để xem độ nổi bật.',
    noNet: 'Mạng đang được dựng (các chữ số đang tải).',
    untrained: 'Mạng chưa được huấn luyện: bản đồ cho thấy trọng số ngẫu nhiên phản ứng với gì. Hãy huấn luyện ở trên rồi quay lại.',
  },
});
