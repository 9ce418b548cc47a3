import { Component, Fragment, type ReactNode } from 'react';
import { fmt, useMessages } from '../i18n';
import { uiMessages } from './messages';

export interface WidgetErrorBoundaryProps {
  /** Name of the widget, as the student sees it ("Something went wrong in {name}"). */
  name: string;
  /** Called when the student presses "Reset this widget" (e.g. restore default parameters). */
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on reset so the child is mounted afresh, with none of its broken state. */
  generation: number;
}

/** The fallback: what broke, and a button to start the widget over. */
function CrashNotice({ name, error, onReset }: { name: string; error: Error; onReset: () => void }) {
  const m = useMessages(uiMessages);
  return (
    <div className="ga-crash" role="alert">
      <p className="ga-crash__title">{fmt(m.widgetCrashed, { name })}</p>
      <p className="ga-crash__message"><code>{error.message || String(error)}</code></p>
      <button type="button" className="ga-button" onClick={onReset}>{m.resetWidget}</button>
    </div>
  );
}

/**
 * Catches a render error in one widget so the rest of the page keeps working. Shows the error and a
 * "Reset this widget" button that remounts the child and calls `onReset`.
 */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, State> {
  state: State = { error: null, generation: 0 };

  // No componentDidCatch logging: React 19 already reports caught errors (createRoot's onCaughtError).
  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private reset = () => {
    // onReset first, so restored parameters are in place when the child mounts again.
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  render(): ReactNode {
    const { error, generation } = this.state;
    if (error) return <CrashNotice name={this.props.name} error={error} onReset={this.reset} />;
    return <Fragment key={generation}>{this.props.children}</Fragment>;
  }
}
