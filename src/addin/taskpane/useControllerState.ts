import { useSyncExternalStore } from 'react';
import type { AddinController, PaneState } from '../controller';

/** The controller's state, re-rendering on every change it announces. */
export function useControllerState(controller: AddinController): PaneState {
  return useSyncExternalStore(
    (onChange) => controller.subscribe(onChange),
    () => controller.getState(),
  );
}
