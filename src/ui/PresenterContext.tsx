import { createContext, useContext } from 'react';

/** What a widget needs to know about presenter mode. The app shell provides it from the store. */
export interface PresenterInfo {
  presenter: boolean;
  /** Id of the widget that fills the screen in presenter mode. */
  activeWidget: string | null;
  present(widgetId: string): void;
}

export const PresenterContext = createContext<PresenterInfo>({ presenter: false, activeWidget: null, present: () => {} });

export function usePresenter(): PresenterInfo {
  return useContext(PresenterContext);
}

/** True inside the widget that is on screen in presenter mode (its steppers then take the whole keyboard). */
export const WidgetActiveContext = createContext(false);

export function useWidgetActive(): boolean {
  return useContext(WidgetActiveContext);
}
