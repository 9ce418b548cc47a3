import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LangContext } from '../i18n';
import { useAddress } from '../state/router';
import { setActiveWidget, setPresenter, useAppStore } from '../state/store';
import { PresenterContext } from '../ui/PresenterContext';
import { Header } from './Header';
import { appMessages } from './messages';
import { Nav } from './Nav';
import { PresenterBar } from './PresenterBar';
import { usePresenterKeys } from './usePresenterKeys';

/** The frame around every page: header, lesson navigation, main content; provides language and presenter mode. */
export function Shell({ children }: { children: ReactNode }) {
  const { lang, theme, presenter, activeWidget } = useAppStore(useShallow((s) => ({
    lang: s.lang, theme: s.theme, presenter: s.presenter, activeWidget: s.activeWidget,
  })));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useAddress();
  usePresenterKeys(presenter);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.dataset.theme = theme;
    root.dataset.presenter = presenter ? 'on' : 'off';
  }, [lang, theme, presenter]);

  // Each page starts presenting its first widget.
  useEffect(() => { setActiveWidget(null); }, [location.pathname]);

  // The presented widget is the only thing on the page: start it at the top of the screen, not at the
  // scroll position the long lesson page had.
  useEffect(() => { if (presenter) window.scrollTo(0, 0); }, [presenter, activeWidget]);

  const presenterInfo = {
    presenter,
    activeWidget,
    present: (id: string) => { setActiveWidget(id); setPresenter(true); },
  };

  return (
    <LangContext.Provider value={lang}>
      <PresenterContext.Provider value={presenterInfo}>
        <div className={`ga-app${presenter ? ' ga-app--presenter' : ''}`}>
          <a className="ga-skip" href="#main">{appMessages[lang].skipToContent}</a>
          {presenter ? <PresenterBar /> : <Header onMenu={() => setDrawerOpen(true)} />}
          <div className="ga-app__body">
            {!presenter && <Nav open={drawerOpen} onClose={() => setDrawerOpen(false)} />}
            <main id="main" className="ga-main" tabIndex={-1}>
              <Suspense fallback={<p className="ga-loading" role="status">{appMessages[lang].loading}</p>}>
                {children}
              </Suspense>
            </main>
          </div>
        </div>
      </PresenterContext.Provider>
    </LangContext.Provider>
  );
}
