import { fmt, registerMessages } from '../i18n';
import { formatNumber, type NumberError } from '../lib/parseNumber';

/** Strings of the shared UI pieces (number fields, step controls, exercises, figure export…). */
export const uiMessages = registerMessages({
  en: {
    errEmpty: 'Enter a number',
    errNotNumber: 'Not a number — type something like 0.5 or -2',
    errNotFinite: 'That number is too large to use',
    errTooSmall: 'Must be at least {limit}',
    errTooLarge: 'Must be at most {limit}',
    errNotInteger: 'Must be a whole number',
    steps: 'Step controls',
    first: 'First step',
    back: 'Previous step',
    play: 'Play',
    pause: 'Pause',
    forward: 'Next step',
    last: 'Last step',
    speed: 'Speed',
    stepStatus: 'Step {k} of {n}: {label}',
    stepStatusBare: 'Step {k} of {n}',
    keysHint: 'Keys: ← → step, Space play/pause, Home/End first/last',
    yourAnswer: 'Your answer',
    yourAnswerUnit: 'Your answer ({unit})',
    check: 'Check',
    correct: 'Correct!',
    tooHighClose: 'Not quite — close, but a little too high. Try again.',
    tooHighFar: 'Not quite — too high. Try again.',
    tooLowClose: 'Not quite — close, but a little too low. Try again.',
    tooLowFar: 'Not quite — too low. Try again.',
    offBy: 'Not quite — off by {diff}. Try again.',
    noAnswer: 'This exercise cannot be checked right now.',
    showWorking: 'Show the working',
    solved: 'Solved',
    widgetCrashed: 'Something went wrong in {name}',
    resetWidget: 'Reset this widget',
    downloadSvg: 'Download figure as SVG',
    downloadPng: 'Download figure as PNG',
    exportFailed: 'Could not export the figure',
    formulaError: 'Formula error',
  },
  vi: {
    errEmpty: 'Hãy nhập một số',
    errNotNumber: 'Không phải là số — hãy nhập chẳng hạn 0,5 hoặc -2',
    errNotFinite: 'Số này quá lớn, không dùng được',
    errTooSmall: 'Phải lớn hơn hoặc bằng {limit}',
    errTooLarge: 'Phải nhỏ hơn hoặc bằng {limit}',
    errNotInteger: 'Phải là số nguyên',
    steps: 'Điều khiển từng bước',
    first: 'Bước đầu tiên',
    back: 'Bước trước',
    play: 'Phát',
    pause: 'Tạm dừng',
    forward: 'Bước tiếp theo',
    last: 'Bước cuối cùng',
    speed: 'Tốc độ',
    stepStatus: 'Bước {k} trên {n}: {label}',
    stepStatusBare: 'Bước {k} trên {n}',
    keysHint: 'Phím: ← → chuyển bước, phím cách để phát/tạm dừng, Home/End về bước đầu/cuối',
    yourAnswer: 'Câu trả lời của bạn',
    yourAnswerUnit: 'Câu trả lời của bạn ({unit})',
    check: 'Kiểm tra',
    correct: 'Chính xác!',
    tooHighClose: 'Chưa đúng — gần rồi, nhưng hơi lớn một chút. Hãy thử lại.',
    tooHighFar: 'Chưa đúng — lớn quá. Hãy thử lại.',
    tooLowClose: 'Chưa đúng — gần rồi, nhưng hơi nhỏ một chút. Hãy thử lại.',
    tooLowFar: 'Chưa đúng — nhỏ quá. Hãy thử lại.',
    offBy: 'Chưa đúng — lệch {diff}. Hãy thử lại.',
    noAnswer: 'Hiện chưa thể kiểm tra bài tập này.',
    showWorking: 'Xem lời giải',
    solved: 'Đã giải',
    widgetCrashed: 'Đã xảy ra lỗi trong {name}',
    resetWidget: 'Khởi động lại thành phần này',
    downloadSvg: 'Tải hình xuống dạng SVG',
    downloadPng: 'Tải hình xuống dạng PNG',
    exportFailed: 'Không thể xuất hình',
    formulaError: 'Lỗi công thức',
  },
});

export type UiMessages = (typeof uiMessages)['en'];

/** The message for a rejected number, in the language of `m` (limits formatted for reading). */
export function numberErrorMessage(m: UiMessages, error: NumberError, limit?: number): string {
  const l = limit === undefined ? '' : formatNumber(limit, 6);
  switch (error) {
    case 'empty': return m.errEmpty;
    case 'notNumber': return m.errNotNumber;
    case 'notFinite': return m.errNotFinite;
    case 'tooSmall': return fmt(m.errTooSmall, { limit: l });
    case 'tooLarge': return fmt(m.errTooLarge, { limit: l });
    case 'notInteger': return m.errNotInteger;
  }
}
