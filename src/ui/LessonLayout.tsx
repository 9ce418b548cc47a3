import { useRef, type ReactNode } from 'react';
import { useDeferredReveal } from './useDeferredReveal';
import './lesson.css';

export interface LessonLayoutProps {
  title: string;
  /** One-paragraph lead, shown under the title. */
  lead?: ReactNode;
  children: ReactNode;
}

/** The page of one lesson: title, lead, then sections of prose and widgets in reading order. */
export function LessonLayout({ title, lead, children }: LessonLayoutProps) {
  return (
    <article className="ga-lesson">
      <header className="ga-lesson__header ga-prose">
        <h1>{title}</h1>
        {lead && <div className="ga-lesson__lead">{lead}</div>}
      </header>
      {children}
    </article>
  );
}

/**
 * Explanatory text between widgets; hidden in presenter mode. Like a widget, it is typeset (KaTeX) when it
 * comes near the screen or when the browser is idle.
 */
export function ProseBlock({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const revealed = useDeferredReveal(ref, false);
  return <div ref={ref} className="ga-prose" data-pending={revealed ? undefined : ''}>{revealed && children}</div>;
}
