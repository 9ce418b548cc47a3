import { registerMessages } from '../i18n';

/** Strings of the zoomable word map. */
export const wordMapMessages = registerMessages({
  en: {
    hint: 'Drag or scroll to pan and zoom. Keys: + and − zoom, arrow keys pan, 0 resets the view.',
    resetView: 'Reset view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    summary: '{count} words; zoom ×{k}',
  },
  vi: {
    hint: 'Kéo hoặc cuộn chuột để di chuyển và phóng to. Phím: + và − để phóng to/thu nhỏ, mũi tên để di chuyển, 0 để đặt lại khung nhìn.',
    resetView: 'Đặt lại khung nhìn',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    summary: '{count} từ; phóng to ×{k}',
  },
});
