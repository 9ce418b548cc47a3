import { registerMessages } from '../i18n';

/** Strings of the network diagram, computational graph and decision-boundary canvas. */
export const networkMessages = registerMessages({
  en: {
    weightTip: 'W({layer})[{row},{col}] = {value} — click to edit',
    neuronTip: 'Layer {layer}, neuron {index}: {value}',
    unknown: 'not computed yet',
    read: 'read',
    write: 'written',
    boundaryHint: 'Click to add a point of the chosen class.',
  },
  vi: {
    weightTip: 'W({layer})[{row},{col}] = {value} — bấm để sửa',
    neuronTip: 'Lớp {layer}, nơ-ron {index}: {value}',
    unknown: 'chưa được tính',
    read: 'được đọc',
    write: 'được ghi',
    boundaryHint: 'Bấm để thêm một điểm thuộc lớp đang chọn.',
  },
});
