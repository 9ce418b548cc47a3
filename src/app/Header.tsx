import { Link } from '../state/router';
import { LANGS, useMessages, type Lang } from '../i18n';
import { setLang, setTheme, useAppStore } from '../state/store';
import type { ThemeChoice } from '../state/persisted';
import { Icon } from '../ui/Icon';
import { appMessages } from './messages';
import { OfflineStatus } from './OfflineStatus';
import { enterPresenter } from './presenter';

const LANG_NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt' };

export function Header({ onMenu }: { onMenu: () => void }) {
  const m = useMessages(appMessages);
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const themes: [ThemeChoice, string][] = [['system', m.themeSystem], ['light', m.themeLight], ['dark', m.themeDark]];
  return (
    <header className="ga-header">
      <button type="button" className="ga-button ga-header__menu" onClick={onMenu} aria-label={m.menu}><Icon name="menu" /></button>
      <Link to="/" className="ga-header__brand">{m.courseName}</Link>
      <div className="ga-header__tools">
        <OfflineStatus />
        <label className="ga-header__field">
          <span>{m.language}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-select">
            {LANGS.map((l) => <option key={l} value={l} lang={l}>{LANG_NAMES[l]}</option>)}
          </select>
        </label>
        <label className="ga-header__field">
          <span>{m.theme}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
            {themes.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <button type="button" className="ga-button" onClick={enterPresenter} aria-keyshortcuts="p" data-testid="presenter-toggle">
          <Icon name="present" /> <span className="ga-header__label">{m.presenterOn}</span>
        </button>
      </div>
    </header>
  );
}
