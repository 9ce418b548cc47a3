import type { ReactNode } from 'react';

export interface NoticeProps {
  /** info and warn are announced politely (role="status"); error interrupts (role="alert"). Default info. */
  kind?: 'info' | 'warn' | 'error';
  /** Optional bold lead-in, e.g. "Training stopped". */
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  'data-testid'?: string;
}

const ICON = { info: 'ℹ', warn: '⚠', error: '✕' } as const;

/** An inline message box in the theme's colours. */
export function Notice({ kind = 'info', title, children, className, ...rest }: NoticeProps) {
  return (
    <div className={`ga-notice ga-notice--${kind}${className ? ` ${className}` : ''}`}
      role={kind === 'error' ? 'alert' : 'status'} data-testid={rest['data-testid']}>
      <span className="ga-notice__icon" aria-hidden="true">{ICON[kind]}</span>
      <div className="ga-notice__body">
        {title && <strong className="ga-notice__title">{title}</strong>}
        {title && children ? ' ' : null}
        {children}
      </div>
    </div>
  );
}
