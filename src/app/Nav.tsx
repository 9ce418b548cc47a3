import { useEffect, useRef } from 'react';
import { NavLink } from '../state/router';
import { useLang, useMessages } from '../i18n';
import { Icon } from '../ui/Icon';
import { LESSONS } from './lessons';
import { appMessages } from './messages';

/** Lesson navigation: a sidebar on wide screens, a drawer (opened from the header) on phones. */
export function Nav({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMessages(appMessages);
  const lang = useLang();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return (
    <>
      {open && <div className="ga-nav__backdrop" onClick={onClose} aria-hidden="true" />}
      <nav className={`ga-nav${open ? ' ga-nav--open' : ''}`} aria-label={m.navLabel}>
        <button ref={closeRef} type="button" className="ga-button ga-nav__close" onClick={onClose} aria-label={m.closeMenu}><Icon name="close" /></button>
        <ul>
          <li><NavLink to="/" end onClick={onClose}>{m.home}</NavLink></li>
          {LESSONS.map((l, i) => (
            <li key={l.id}><NavLink to={l.path} onClick={onClose}><span className="ga-nav__num">{i + 1}</span> {l.messages[lang].title}</NavLink></li>
          ))}
          <li><NavLink to="/about" onClick={onClose}>{m.about}</NavLink></li>
        </ul>
      </nav>
    </>
  );
}
