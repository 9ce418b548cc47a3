import { registerMessages } from '../i18n';

export const layoutMessages = registerMessages({
  en: {
    present: 'Present',
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy a link to “{title}” as it is now (parameters and step included)',
    copied: 'Link copied',
    copyFailed: 'Could not copy; the link is in the address bar',
    presentWidget: 'Show “{title}” full screen in presenter mode',
    onThisPage: 'On this page',
    urlNotice: 'The link had values that could not be used ({keys}); the defaults are shown instead.',
  },
  vi: {
    present: 'Trình chiếu',
    copyLink: 'Sao chép liên kết',
    copyLinkTitle: 'Sao chép liên kết tới “{title}” đúng như hiện tại (kể cả tham số và bước)',
    copied: 'Đã sao chép liên kết',
    copyFailed: 'Không sao chép được; liên kết nằm trên thanh địa chỉ',
    presentWidget: 'Hiển thị “{title}” toàn màn hình ở chế độ trình chiếu',
    onThisPage: 'Trong bài này',
    urlNotice: 'Đường liên kết có giá trị không dùng được ({keys}); trang đang hiển thị giá trị mặc định.',
  },
});
