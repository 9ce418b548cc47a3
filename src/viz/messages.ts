import { registerMessages } from '../i18n';

/** User-facing strings of the charts (read-outs, keyboard hints, legends). */
export const vizMessages = registerMessages({
  en: {
    readoutAt: 'At x = {x}',
    plotHint: 'Use the left and right arrow keys to move the read-out along x; Shift moves faster, Home and End jump to the ends, Escape hides it.',
    cellAt: 'Row {row}, column {col}: {value}',
    gridHint: 'Use the arrow keys to move between cells.',
    gridHintClick: 'Use the arrow keys to move between cells; press Enter or Space to choose a cell.',
    scaleLegend: 'Colour scale from {min} (left) to {max} (right)',
    windowRead: 'read window',
    windowWrite: 'written cell',
    windowWinner: 'maximum',
  },
  vi: {
    readoutAt: 'Tại x = {x}',
    plotHint: 'Dùng phím mũi tên trái và phải để di chuyển điểm đọc giá trị theo trục x; giữ Shift để đi nhanh hơn, Home và End để nhảy tới hai đầu, Escape để ẩn.',
    cellAt: 'Hàng {row}, cột {col}: {value}',
    gridHint: 'Dùng các phím mũi tên để di chuyển giữa các ô.',
    gridHintClick: 'Dùng các phím mũi tên để di chuyển giữa các ô; nhấn Enter hoặc Space để chọn ô.',
    scaleLegend: 'Thang màu từ {min} (trái) đến {max} (phải)',
    windowRead: 'vùng đọc',
    windowWrite: 'ô được ghi',
    windowWinner: 'giá trị lớn nhất',
  },
});
