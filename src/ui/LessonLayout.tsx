import type { ReactNode } from 'react';
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

/** Explanatory text between widgets; hidden in presenter mode. */
export function ProseBlock({ children }: { children: ReactNode }) {
  return <div className="ga-prose">{children}</div>;
}
