/**
 * Fluent's keyboard navigation (Tabster), set up before the first FluentProvider renders so that
 * Tabster handles the Tab key itself. Left to Fluent, it surrounds each arrow-key group (the tab
 * list) with focusable aria-hidden elements that catch Tab, which screen readers may land on and
 * axe reports as aria-hidden-focus (serious); handling Tab itself, it adds none. Fluent's
 * providers then share this instance.
 */
import { createTabster } from 'tabster';

export function setUpKeyboardNavigation(win: Window): void {
  createTabster(win, { autoRoot: {}, controlTab: true });
}
