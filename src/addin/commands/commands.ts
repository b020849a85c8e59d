/**
 * Ribbon functions (manifest: ExecuteFunction highlightErrors / clearHighlights), registered
 * against the same controller the task pane uses, so a click on the ribbon updates the pane.
 */
import type { AddinController } from '../controller';

/** Function names as the manifest's <FunctionName> elements spell them. */
export const RIBBON_FUNCTIONS = {
  highlightErrors: (controller: AddinController) => controller.highlight(),
  clearHighlights: (controller: AddinController) => controller.clearHighlight(),
} as const;

/** The slice of Office.actions this module needs; a stand-in can be passed in tests. */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (event?: Office.AddinCommands.Event) => void): void;
}

export function registerRibbonCommands(
  controller: AddinController,
  actions: ActionRegistry = Office.actions,
): void {
  for (const [name, command] of Object.entries(RIBBON_FUNCTIONS)) {
    actions.associate(name, async (event) => {
      try {
        await command(controller);
      } catch (error) {
        // The controller reports failures in the pane's message bar; this is only a safety net.
        console.error(`${name} 执行失败`, error);
      } finally {
        // Office shows the button as busy until completed() is called, whatever happened.
        event?.completed();
      }
    });
  }
}
