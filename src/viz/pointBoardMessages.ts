import { registerMessages } from '../i18n';

/** Strings of the point board chart. */
export const pointBoardMessages = registerMessages({
  en: {
    hint: 'Board: arrow keys move the cross-hair, Enter adds a point there (Shift+Enter: the other class). Tab to a point: arrow keys move it (Shift: faster), Delete removes it. With a mouse: click to add, drag to move, double-click to remove.',
    hintReadOnly: 'Tab to a point and use the arrow keys to move it (Shift: faster).',
    pointName: 'Point {i} at ({x}, {y})',
    classPos: 'class +1',
    classNeg: 'class −1',
    wrong: 'misclassified',
    added: 'Point added at ({x}, {y})',
    cursor: 'Cross-hair at ({x}, {y})',
    boardLabel: '{title}: {n} points',
  },
  vi: {
    hint: 'Bảng: phím mũi tên di chuyển dấu chữ thập, Enter thêm một điểm tại đó (Shift+Enter: lớp còn lại). Nhấn Tab tới một điểm: phím mũi tên di chuyển nó (giữ Shift để nhanh hơn), Delete xoá nó. Với chuột: nhấp để thêm, kéo để di chuyển, nhấp đúp để xoá.',
    hintReadOnly: 'Nhấn Tab tới một điểm và dùng phím mũi tên để di chuyển nó (giữ Shift để nhanh hơn).',
    pointName: 'Điểm {i} tại ({x}, {y})',
    classPos: 'lớp +1',
    classNeg: 'lớp −1',
    wrong: 'bị phân loại sai',
    added: 'Đã thêm điểm tại ({x}, {y})',
    cursor: 'Dấu chữ thập tại ({x}, {y})',
    boardLabel: '{title}: {n} điểm',
  },
});
