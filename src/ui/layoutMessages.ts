import { registerMessages } from '../i18n';

export const layoutMessages = registerMessages({
  en: {
    present: 'Present',
    presentWidget: 'Show “{title}” full screen in presenter mode',
    onThisPage: 'On this page',
    urlNotice: 'The link had values that could not be used ({keys}); the defaults are shown instead.',
  },
  vi: {
    present: 'Trình chiếu',
    presentWidget: 'Hiển thị “{title}” toàn màn hình ở chế độ trình chiếu',
    onThisPage: 'Trong bài này',
    urlNotice: 'Đường liên kết có giá trị không dùng được ({keys}); trang đang hiển thị giá trị mặc định.',
  },
});
