import { registerMessages } from '../i18n';

/** Strings of the contour plot. */
export const contourMessages = registerMessages({
  en: {
    gradient: 'gradient ∇',
    minimum: 'minimum',
    at: '{label} at ({x}, {y})',
  },
  vi: {
    gradient: 'gradient ∇',
    minimum: 'cực tiểu',
    at: '{label} tại ({x}, {y})',
  },
});
