import { registerMessages } from '../../i18n';

/** What each engine op does in the GPT forward (and backward) pass, by op name. */
export const opText = registerMessages({
  en: {
    gather: 'Look up the token embeddings: row id of E for each input token.',
    slice: 'Take the first T rows (of the position table, or of the logits).',
    add: 'Add element-wise (token + position, a residual, or a bias).',
    linear: 'A dense layer x·Wᵀ + b (a Q, K, V or output projection, or a feed-forward layer).',
    reshape: 'Same numbers, new shape (split d_model into heads, or merge them back).',
    permute: 'Reorder the axes so that each head’s matrix is contiguous.',
    matmulT: 'Scores Q·Kᵀ, or the logits h·Eᵀ: one dot product per pair.',
    matmul: 'Mix the values: attention weights × V.',
    scale: 'Divide the scores by √d_k.',
    maskFill: 'Causal mask: scores of later positions become −∞.',
    softmax: 'Softmax along each row: attention weights ≥ 0 that sum to 1.',
    layerNorm: 'Layer norm: subtract the mean, divide by the standard deviation, then gain and bias.',
    gelu: 'GELU non-linearity x·Φ(x) in the feed-forward layer.',
    softmaxCrossEntropy: 'Loss −log softmax(logits)[target] at the last position.',
    other: 'An engine op.',
  },
  vi: {
    gather: 'Lấy vectơ nhúng của token: hàng thứ id của E cho mỗi token đầu vào.',
    slice: 'Lấy T hàng đầu (của bảng vị trí, hoặc của các logit).',
    add: 'Cộng từng phần tử (token + vị trí, một kết nối phần dư, hoặc một độ lệch).',
    linear: 'Một tầng đặc x·Wᵀ + b (phép chiếu Q, K, V hoặc đầu ra, hoặc một tầng truyền thẳng).',
    reshape: 'Vẫn các con số ấy, kích thước mới (tách d_model thành các đầu, hoặc ghép lại).',
    permute: 'Đổi thứ tự các trục để ma trận của mỗi đầu nằm liền nhau.',
    matmulT: 'Điểm Q·Kᵀ, hoặc các logit h·Eᵀ: một tích vô hướng cho mỗi cặp.',
    matmul: 'Trộn các giá trị: trọng số chú ý × V.',
    scale: 'Chia các điểm cho √d_k.',
    maskFill: 'Mặt nạ nhân quả: điểm của các vị trí phía sau thành −∞.',
    softmax: 'Softmax theo từng hàng: trọng số chú ý ≥ 0 có tổng bằng 1.',
    layerNorm: 'Chuẩn hoá theo lớp: trừ trung bình, chia độ lệch chuẩn, rồi nhân hệ số và cộng độ lệch.',
    gelu: 'Hàm phi tuyến GELU x·Φ(x) trong tầng truyền thẳng.',
    softmaxCrossEntropy: 'Mất mát −log softmax(logits)[đích] ở vị trí cuối.',
    other: 'Một phép toán của engine.',
  },
});

export type OpKey = keyof (typeof opText)["en"];
